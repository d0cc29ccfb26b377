/**
 * The analysis pipeline: segment → detect quotes → attribute → canonicalise speakers (per article, then
 * across articles) → align (group versions of one utterance, compare their wording and speakers).
 */
import type { AlignedGroup } from '../../shared/alignment';
import type { Analysis, AnalysisProgress, Article, Quote } from '../../shared/types';
import { groupQuotes } from './align';
import { extract } from './extract';
import { mergeNames } from './speakers/merge';

/** How much of the pipeline to run: everything, or extraction only (each utterance its own group). */
export interface AnalyzeOptions {
  /** Skip alignment: a fast first look at a large set while the full analysis runs. */
  readonly extractOnly?: boolean;
  /** Told how far the analysis is (a side channel for the UI; the result does not depend on it). */
  readonly onProgress?: (progress: AnalysisProgress) => void;
}

/** Runs every stage over a set of loaded articles. Pure: same input, same output. */
export function analyze(articles: readonly Article[], options: AnalyzeOptions = {}): Analysis {
  const quotes = extractQuotes(articles, options.onProgress);
  if (!options.extractOnly) options.onProgress?.({ stage: 'compare', done: articles.length, total: articles.length });
  if (options.extractOnly) return { quotes, groups: singletonGroups(quotes), spunCopies: [] };
  const { groups, spunCopies } = groupQuotes(articles, quotes);
  return { quotes, groups, spunCopies };
}

/** Each utterance alone, not compared with anything: what the list shows before alignment finishes. */
function singletonGroups(quotes: readonly Quote[]): AlignedGroup[] {
  const byUtterance = new Map<string, Quote[]>();
  for (const q of quotes) byUtterance.set(q.utterance, [...(byUtterance.get(q.utterance) ?? []), q]);
  return [...byUtterance.values()].map((parts) => {
    const first = parts[0]!;
    const speaker = first.speaker?.name ?? null;
    return {
      id: `group-${first.id}`,
      quoteIds: parts.map((q) => q.id),
      wording: null,
      speakerConflict: false,
      reference: 0,
      speakers: speaker ? [speaker] : [],
      unattributed: speaker === null,
      versions: [
        {
          quoteIds: parts.map((q) => q.id),
          articleId: first.articleId,
          text: parts.map((q) => q.text).join(' '),
          speaker,
          speakerFlag: speaker ? 'agrees' : 'unattributed',
          isReference: true,
          wording: 'identical',
          changes: [],
          summary: 'Reference version.',
        },
      ],
    };
  });
}

/** segment → detect quotes → attribute → canonicalise, per article, then speaker names merged across articles. */
function extractQuotes(articles: readonly Article[], onProgress?: (progress: AnalysisProgress) => void): Quote[] {
  const perArticle = articles.map((a, i) => {
    if (onProgress && i % 25 === 0) onProgress({ stage: 'extract', done: i, total: articles.length });
    return extract(a);
  });
  const counts = new Map<string, number>();
  for (const c of perArticle) {
    for (const s of c.statements) if (s.speaker) counts.set(s.speaker.name, (counts.get(s.speaker.name) ?? 0) + 1);
  }
  const canonical = mergeNames(counts);

  const quotes: Quote[] = [];
  perArticle.forEach((c, a) => {
    for (const s of c.statements) {
      const id = `q${quotes.length + 1}`;
      const utterance = `a${a + 1}u${s.utterance + 1}`;
      const speaker = s.speaker ? { ...s.speaker, name: canonical.get(s.speaker.name) ?? s.speaker.name } : null;
      quotes.push({
        id,
        articleId: c.article.id,
        text: c.article.text.slice(s.start, s.end),
        start: s.start,
        end: s.end,
        kind: s.kind,
        cue: s.cue?.text ?? null,
        speaker,
        confidence: s.confidence,
        utterance,
      });
    }
  });
  return quotes;
}
