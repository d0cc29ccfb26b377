/**
 * The analysis pipeline: segment → detect quotes → attribute → canonicalise speakers (per article, then
 * across articles) → align (group versions of one utterance, compare their wording and speakers).
 */
import { singletonGroups } from '../../shared/singletons';
import type { Analysis, AnalysisProgress, Article, Quote, SpeakerRef } from '../../shared/types';
import { AlignmentPrep, groupQuotes, type SentenceSplit } from './align';
import { extract } from './extract';
import type { Canonicalised } from './speakers';
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
  const assembler = new AnalysisAssembler(options);
  articles.forEach((a, i) => {
    if (options.onProgress && i % 25 === 0) options.onProgress({ stage: 'extract', done: i, total: articles.length });
    assembler.add(i, a, extract(a).statements);
  });
  return assembler.finish(articles.length, options.onProgress);
}

/** What the assembler needs of one extracted statement (`CanonicalStatement`, or its copy from a worker thread). */
export interface ExtractedStatement {
  readonly start: number;
  readonly end: number;
  readonly kind: Quote['kind'];
  readonly cue: { readonly text: string } | null;
  readonly speaker: SpeakerRef | null;
  readonly confidence: number;
  readonly utterance: number;
}

/** A statement as a worker thread sends it: the fields quotes are made of, nothing more. */
export function compactStatements(c: Canonicalised): ExtractedStatement[] {
  return c.statements.map((s) => ({
    start: s.start,
    end: s.end,
    kind: s.kind,
    cue: s.cue ? { text: s.cue.text } : null,
    speaker: s.speaker,
    confidence: s.confidence,
    utterance: s.utterance,
  }));
}

/**
 * Builds an Analysis from per-article extraction results fed in any order (as worker threads finish
 * them), keyed by input position. What can be done per article is done as it arrives (alignment
 * prep: sentences for spun-copy detection, the words of each utterance); what needs every article —
 * merging speaker names across articles, numbering quotes, grouping — waits for `finish`, and
 * follows input order, so the result is the same whatever order the articles arrived in.
 */
export class AnalysisAssembler {
  private readonly slots: ({ article: Article; statements: readonly ExtractedStatement[] } | undefined)[] = [];
  private readonly prep: AlignmentPrep | null;
  private readonly extractOnly: boolean;

  constructor(options: Pick<AnalyzeOptions, 'extractOnly'> = {}) {
    this.extractOnly = options.extractOnly ?? false;
    this.prep = this.extractOnly ? null : new AlignmentPrep();
  }

  /**
   * The article at input position `index` and its statements (and its sentences, when a worker thread
   * split them); a position never filled (a file that failed) is left out.
   */
  add(index: number, article: Article, statements: readonly ExtractedStatement[], split?: SentenceSplit): void {
    this.slots[index] = { article, statements };
    this.prep?.addArticle(article, statements, index, split);
  }

  /** Loads what alignment needs whatever the articles (WordNet), ahead of `finish`. */
  warm(): void {
    this.prep?.warm();
  }

  /** The articles added, in input order. */
  articles(): Article[] {
    return this.slots.filter((s) => s !== undefined).map((s) => s.article);
  }

  /** Merges names, numbers quotes in input order, groups. `total` is only for progress. */
  finish(total: number = this.slots.length, onProgress?: (progress: AnalysisProgress) => void): Analysis {
    const present = this.slots.filter((s) => s !== undefined);
    const articles = present.map((s) => s.article);
    const quotes = quotesOf(present);
    if (this.extractOnly || !this.prep) return { quotes, groups: singletonGroups(quotes), spunCopies: [] };
    onProgress?.({ stage: 'compare', done: total, total });
    const { groups, spunCopies } = groupQuotes(articles, quotes, { prep: this.prep });
    return { quotes, groups, spunCopies };
  }
}

/** Per-article statements → quotes: speaker names merged across articles, ids by input order. */
function quotesOf(perArticle: readonly { article: Article; statements: readonly ExtractedStatement[] }[]): Quote[] {
  // Indexed loops: this runs once per analysis over every statement, often before it is optimised,
  // where for…of allocates an iterator result per element.
  const counts = new Map<string, number>();
  for (let a = 0; a < perArticle.length; a++) {
    const statements = perArticle[a]!.statements;
    for (let k = 0; k < statements.length; k++) {
      const speaker = statements[k]!.speaker;
      if (speaker) counts.set(speaker.name, (counts.get(speaker.name) ?? 0) + 1);
    }
  }
  const canonical = mergeNames(counts);

  const quotes: Quote[] = [];
  for (let a = 0; a < perArticle.length; a++) {
    const { article, statements } = perArticle[a]!;
    const articleId = article.id;
    const text = article.text;
    for (let k = 0; k < statements.length; k++) {
      const s = statements[k]!;
      const id = `q${quotes.length + 1}`;
      const utterance = `a${a + 1}u${s.utterance + 1}`;
      const speaker = s.speaker ? { ...s.speaker, name: canonical.get(s.speaker.name) ?? s.speaker.name } : null;
      quotes.push({
        id,
        articleId,
        text: text.slice(s.start, s.end),
        start: s.start,
        end: s.end,
        kind: s.kind,
        cue: s.cue?.text ?? null,
        speaker,
        confidence: s.confidence,
        utterance,
      });
    }
  }
  return quotes;
}
