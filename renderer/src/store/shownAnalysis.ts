/**
 * The analysis on screen as the window holds it: every quote, a summary of every group, and where the
 * groups' versions are to be had. Main keeps the full result (see GroupSummary); the window asks for one
 * group's versions when it is opened, and for all of them only to export.
 */
import type { AlignedGroup, SpunCopyReport } from '../../../shared/alignment';
import type { Api } from '../../../shared/contract';
import type { GroupSummary } from '../../../shared/groupSummary';
import { singletonGroups } from '../../../shared/singletons';
import type { Quote } from '../../../shared/types';

export interface ShownAnalysis {
  /** Every quote found, in article order then text order. */
  readonly quotes: readonly Quote[];
  /** A summary of every group: the full result's first, then the quick groups of the quotes from `quickFrom` on. */
  readonly groups: readonly GroupSummary[];
  readonly spunCopies: readonly SpunCopyReport[];
  /** The full result kept in main whose groups the first `count` of `groups` are, or null when there is none. */
  readonly detailed: { readonly handle: string; readonly count: number } | null;
  /** Quotes from this index on are grouped each utterance alone (extraction-only passes), built here when needed. */
  readonly quickFrom: number;
}

/** Full groups fetched per call (main cuts a page short when its groups are large). */
const PAGE = 2000;

/** One group of the full result, fetched from main; null for a quick result (its groups are rebuilt from their quotes where they are shown). */
export async function fetchGroup(api: Api, shown: ShownAnalysis, id: string): Promise<AlignedGroup | null> {
  return shown.detailed ? api['analysis.group']({ handle: shown.detailed.handle, id }) : null;
}

/** Every group in full, in analysis order: the full result's fetched page by page, the quick ones built from their quotes. */
export async function fullGroups(api: Api, shown: ShownAnalysis): Promise<AlignedGroup[]> {
  const groups: AlignedGroup[] = [];
  const detailed = shown.detailed;
  while (detailed && groups.length < detailed.count) {
    const page = await api['analysis.groupDetails']({ handle: detailed.handle, offset: groups.length, limit: PAGE });
    if (page.length === 0) break;
    for (const g of page) groups.push(g);
  }
  for (const g of singletonGroups(shown.quotes.slice(shown.quickFrom))) groups.push(g);
  return groups;
}
