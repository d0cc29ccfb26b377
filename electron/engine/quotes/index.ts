/**
 * The detectQuotes stage: Segmented → every top-level quoted span, paragraph by paragraph.
 */
import type { Segmented } from '../segment';
import { findQuoteSpans, type QuoteSpan } from './spans';

export type { QuoteSpan } from './spans';

export interface QuoteScan {
  readonly segmented: Segmented;
  /** Top-level quotations in text order (nested ones stay inside their outer quote). */
  readonly quotes: readonly QuoteSpan[];
}

export function detectQuotes(segmented: Segmented): QuoteScan {
  return { segmented, quotes: findQuoteSpans(segmented.article.text, segmented.paragraphs) };
}
