/**
 * Builders for alignment tests: articles from text, and quotes located by the words they contain.
 */
import type { Article, Quote, QuoteKind } from '../../../shared/types';

/** An Article record for a text. */
export function article(id: string, text: string): Article {
  return {
    id,
    path: id,
    name: id,
    title: text.split('\n')[0] ?? id,
    text,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    encoding: 'utf-8',
    byteLength: text.length,
  };
}

let counter = 0;

/** Options for `quote`. */
export interface QuoteOptions {
  readonly kind?: QuoteKind;
  readonly utterance?: string;
  readonly id?: string;
  /** Which occurrence of `words` in the text (0 = first). */
  readonly nth?: number;
}

/** A Quote over the `nth` occurrence of `words` in the article, credited to `speaker` (canonical name). */
export function quote(a: Article, words: string, speaker: string | null, options: QuoteOptions = {}): Quote {
  let start = -1;
  for (let k = 0; k <= (options.nth ?? 0); k++) start = a.text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in ${a.id}`);
  const id = options.id ?? `q${++counter}`;
  return {
    id,
    articleId: a.id,
    text: words,
    start,
    end: start + words.length,
    kind: options.kind ?? 'direct',
    cue: 'said',
    speaker: speaker ? { name: speaker, mention: speaker, start: 0, end: 0 } : null,
    confidence: 1,
    utterance: options.utterance ?? id,
  };
}
