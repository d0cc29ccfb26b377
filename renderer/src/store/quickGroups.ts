/**
 * The groups of an extraction-only pass, built here from its quotes rather than fetched. The engine's
 * quick groups are singletons (each utterance alone, its parts joined), so they carry nothing the quotes
 * do not: fetching them was half of every quick pass's JSON (~60 MB for 10,000 articles), parsed and then
 * held beside the quotes, and that heap is what made the garbage collector pause for 125–190 ms.
 * The building itself is shared/singletons.ts, which the engine uses too.
 */
import type { AlignedGroup } from '../../../shared/alignment';
import { singletonGroups } from '../../../shared/singletons';
import { summaryOf, type GroupSummary } from '../../../shared/groupSummary';
import type { Quote } from '../../../shared/types';
import type { ShownAnalysis } from './shownAnalysis';

/** The id of the quick group whose first part is this quote (the engine's scheme). */
export const QUICK_GROUP_PREFIX = 'group-';

/** The quick group with this id, rebuilt from its quotes; undefined when the id names no quick group's first part. */
export function singletonOf(id: string, quote: (id: string) => Quote | undefined, quotesOf: (articleId: string) => readonly Quote[]): AlignedGroup | undefined {
  if (!id.startsWith(QUICK_GROUP_PREFIX)) return undefined;
  const first = quote(id.slice(QUICK_GROUP_PREFIX.length));
  if (!first) return undefined;
  const parts = quotesOf(first.articleId).filter((q) => q.utterance === first.utterance);
  const group = singletonGroups(parts)[0];
  return group?.id === id ? group : undefined;
}

/**
 * An analysis whose groups past `kept` are the quick groups of `quotes` from `from` on, summarised only if
 * something asks for them all (removing an article, placing review marks); the list and the detail pane
 * never do. `quotes` may be an array that grows: each call describes it as it stands.
 */
export function withQuickGroups(
  quotes: readonly Quote[],
  kept: readonly GroupSummary[],
  from: number,
  spunCopies: ShownAnalysis['spunCopies'],
  detailed: ShownAnalysis['detailed'],
): ShownAnalysis {
  const count = quotes.length;
  let groups: readonly GroupSummary[] | null = null;
  return {
    quotes,
    spunCopies,
    detailed,
    quickFrom: from,
    get groups() {
      groups ??= [...kept, ...singletonGroups(quotes.slice(from, count)).map(summaryOf)];
      return groups;
    },
  };
}
