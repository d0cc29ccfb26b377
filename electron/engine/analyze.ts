/**
 * The analysis pipeline: segment → detect quotes → attribute → canonicalise speakers → group.
 * Placeholder until the extraction engine (issue 3) lands: it finds nothing.
 */
import type { Analysis, Article } from '../../shared/types';

/** Runs every stage over a set of loaded articles. Pure: same input, same output. */
export function analyze(articles: readonly Article[]): Analysis {
  void articles;
  return { quotes: [], groups: [] };
}
