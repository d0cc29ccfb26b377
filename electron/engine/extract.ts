/**
 * One article through the per-article stages: segment → detectQuotes → attribute → canonicalise.
 */
import type { Article } from '../../shared/types';
import { attribute } from './attribute';
import { detectQuotes } from './quotes';
import { segment } from './segment';
import { canonicalise, type Canonicalised } from './speakers';

export function extract(article: Article): Canonicalised {
  return canonicalise(attribute(detectQuotes(segment(article))));
}
