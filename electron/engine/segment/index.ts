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

export function segment(article: Article): Segmented {
  return { article, paragraphs: splitParagraphs(article.text) };
}

export type { Span as TextSpan };
export { splitParagraphs };
