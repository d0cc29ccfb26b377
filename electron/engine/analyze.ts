/**
 * The analysis pipeline: segment → detect quotes → attribute → canonicalise speakers (per article, then
 * across articles) → align (group versions of one utterance, compare their wording and speakers).
 */
import type { Analysis, Article, Quote } from '../../shared/types';
import { groupQuotes } from './align';
import { extract } from './extract';
import { mergeNames } from './speakers/merge';

/** Runs every stage over a set of loaded articles. Pure: same input, same output. */
export function analyze(articles: readonly Article[]): Analysis {
  const perArticle = articles.map(extract);
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
  const { groups, spunCopies } = groupQuotes(articles, quotes);
  return { quotes, groups, spunCopies };
}
