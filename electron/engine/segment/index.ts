/**
 * The segment stage: Article → paragraphs. Sentence boundaries depend on where the quotation marks are,
 * so they are found later (see `sentences.ts`), once the quote stage has masked quoted text.
 */
import type { Article } from '../../../shared/types';
import { splitParagraphs, type Span } from './paragraphs';

export type { Span } from './paragraphs';

/** An article cut into paragraphs; offsets index `article.text`. */
export interface Segmented {
  readonly article: Article;
  readonly paragraphs: readonly Span[];
}

/**
 * Paragraphs of the story. Lines the loader marked as site furniture, credits or notes ("Read more: …")
 * are shown to the reader but never quoted, so they are left out here.
 */
export function segment(article: Article): Segmented {
  const paragraphs = splitParagraphs(article.text);
  const furniture = article.furniture ?? [];
  if (furniture.length === 0) return { article, paragraphs };
  // Both lists in text order, walked together: linear however many furniture lines there are.
  const ranges = [...furniture].sort((x, y) => x.start - y.start);
  const kept: Span[] = [];
  let f = 0;
  for (const p of paragraphs) {
    while (f < ranges.length && ranges[f]!.end < p.end) f++;
    const range = ranges[f];
    if (!(range && range.start <= p.start && p.end <= range.end)) kept.push(p);
  }
  return { article, paragraphs: kept };
}

