/**
 * Spun-copy stage (placeholder until sentence alignment lands).
 */
import type { SpunCopyReport } from '../../../shared/alignment';
import type { Article } from '../../../shared/types';
import type { SynonymLookup } from './wordnet';

/** Articles that follow another sentence by sentence with systematic synonym substitution. */
export function findSpunCopies(articles: readonly Article[], synonyms: SynonymLookup | null): SpunCopyReport[] {
  void articles;
  void synonyms;
  return [];
}
