/**
 * What the window holds of a quote group while it is listed: enough for its row, the filters, the
 * counts, the search and the review marks, without the versions and their word-level comparisons.
 * Those were ~43 MB of the window's heap at 10,000 articles (every version of every group, each with
 * its changes), walked by every major garbage collection; the window now fetches one group's versions
 * when the user opens it (`analysis.group`). Pure (no Node, DOM or Electron).
 */
import type { AlignedGroup } from './alignment';
import type { QuoteGroup } from './types';

/** A group as the list needs it. */
export interface GroupSummary extends QuoteGroup {
  /** Distinct canonical speakers the versions credit, most frequent first. */
  readonly speakers: readonly string[];
  /** True when at least one version credits nobody. */
  readonly unattributed: boolean;
  /** How many versions the group has. */
  readonly versionCount: number;
  /** The reference version's quotes (its words are theirs, shown in the row). */
  readonly referenceQuoteIds: readonly string[];
  /** The articles the versions are in, each once, in version order. */
  readonly articleIds: readonly string[];
}

/** The summary of a full group. */
export function summaryOf(g: AlignedGroup): GroupSummary {
  const reference = g.versions[g.reference] ?? g.versions[0];
  // Most groups are in one article: the version's own string in a one-entry list.
  const articleIds = g.versions.length === 1 ? [g.versions[0]!.articleId] : [...new Set(g.versions.map((v) => v.articleId))];
  return {
    id: g.id,
    quoteIds: g.quoteIds,
    wording: g.wording,
    speakerConflict: g.speakerConflict,
    speakers: g.speakers,
    unattributed: g.unattributed,
    versionCount: g.versions.length,
    referenceQuoteIds: reference?.quoteIds ?? [],
    articleIds,
  };
}
