/**
 * The quote-group list's rows, derived from the analysis: what to show, which flags apply, and the
 * order (flagged first: misattribution, then rewording, then missing speakers). Pure, so it is
 * computed in selectors and tested without a DOM.
 */
import type { AlignedGroup } from '../../../../shared/alignment';
import type { Article, Quote, Wording } from '../../../../shared/types';

/** What makes a group worth a look. */
export interface GroupFlags {
  /** Versions credit different people. */
  readonly speakerConflict: boolean;
  /** At least one version credits nobody. */
  readonly unattributed: boolean;
  /** Words differ beyond punctuation and spelling. */
  readonly reworded: boolean;
  /** Only one source carries this quote. */
  readonly singleSource: boolean;
}

/** One row of the group list. */
export interface GroupRow {
  readonly id: string;
  /** The reference version's words, its parts joined by an ellipsis. */
  readonly text: string;
  /** Canonical speakers, most frequent first. */
  readonly speakers: readonly string[];
  /** Indices of the articles the group appears in (for the A, B, C badges). */
  readonly sources: readonly number[];
  readonly versions: number;
  readonly wording: Wording | null;
  readonly flags: GroupFlags;
  /** Higher is more urgent. */
  readonly severity: number;
}

/** Which rows the list shows. */
export type GroupFilter = 'all' | 'flagged' | 'speaker' | 'multi' | 'single';

function severityOf(flags: GroupFlags, wording: Wording | null): number {
  return (
    (flags.speakerConflict ? 8 : 0) +
    (wording === 'reworded' ? 4 : wording === 'partial' ? 2 : wording === 'cosmetic' ? 1 : 0) +
    (flags.unattributed && !flags.singleSource ? 2 : 0) +
    (flags.singleSource ? 0 : 0.5)
  );
}

/** Builds the rows for every group, most urgent first, then in article order. */
export function groupRows(groups: readonly AlignedGroup[], articles: readonly Article[], quotes: readonly Quote[]): GroupRow[] {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const quoteText = new Map(quotes.map((q) => [q.id, q.text]));
  const rows = groups.map((g, order) => {
    const sources = [...new Set(g.versions.map((v) => index.get(v.articleId) ?? -1))].filter((i) => i >= 0).sort((a, b) => a - b);
    const singleSource = sources.length <= 1;
    const flags: GroupFlags = {
      speakerConflict: g.speakerConflict,
      unattributed: g.unattributed,
      reworded: g.wording === 'reworded',
      singleSource,
    };
    const reference = g.versions[g.reference] ?? g.versions[0];
    return {
      row: {
        id: g.id,
        text: reference ? reference.quoteIds.map((id) => quoteText.get(id) ?? '').join(' … ') : '',
        speakers: g.speakers,
        sources,
        versions: g.versions.length,
        wording: g.wording,
        flags,
        severity: severityOf(flags, g.wording),
      },
      order,
    };
  });
  rows.sort((a, b) => b.row.severity - a.row.severity || a.order - b.order);
  return rows.map((r) => r.row);
}

/** True when a row needs the user's attention. */
export const isFlagged = (r: GroupRow): boolean =>
  r.flags.speakerConflict || (!r.flags.singleSource && (r.flags.reworded || r.wording === 'partial' || r.flags.unattributed));

/** Narrower criteria next to the chips: one wording class, one source. */
export interface RowRefinement {
  readonly wording?: Wording | null;
  /** Index of a source the group must appear in. */
  readonly source?: number | null;
}

/** Applies the filter chip, the search box, the speaker filter and the refinements. */
export function filterRows(rows: readonly GroupRow[], filter: GroupFilter, query: string, speaker: string | null = null, refine: RowRefinement = {}): GroupRow[] {
  const q = query.trim().toLowerCase();
  return rows.filter((r) => {
    if (speaker !== null && !r.speakers.includes(speaker)) return false;
    if (refine.wording && (r.wording !== refine.wording || r.versions < 2)) return false;
    if (refine.source !== undefined && refine.source !== null && !r.sources.includes(refine.source)) return false;
    const keep =
      filter === 'all' ||
      (filter === 'flagged' && isFlagged(r)) ||
      (filter === 'speaker' && r.flags.speakerConflict) ||
      (filter === 'multi' && !r.flags.singleSource) ||
      (filter === 'single' && r.flags.singleSource);
    if (!keep) return false;
    return !q || r.text.toLowerCase().includes(q) || r.speakers.some((s) => s.toLowerCase().includes(q));
  });
}

/** How each filter chip is labelled. */
export const FILTER_LABELS: Record<GroupFilter, string> = {
  all: 'All',
  flagged: 'Flagged',
  speaker: 'Speaker differs',
  multi: 'In several sources',
  single: 'Single source',
};

/** How each wording class is named to the user. */
export const WORDING_LABELS: Record<Wording, string> = {
  identical: 'Identical',
  cosmetic: 'Cosmetic',
  partial: 'Excerpt',
  reworded: 'Reworded',
};

/** One person in the speakers view. */
export interface SpeakerRow {
  readonly name: string;
  /** Quotes and statements credited to them. */
  readonly quotes: number;
  /** Indices of the sources they are quoted in. */
  readonly sources: readonly number[];
  /** Groups of theirs that are flagged. */
  readonly flagged: number;
}

/** Everyone quoted, most quoted first. */
export function speakerRows(rows: readonly GroupRow[], quotes: readonly Quote[], articles: readonly Article[]): SpeakerRow[] {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const byName = new Map<string, { quotes: number; sources: Set<number>; flagged: number }>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const entry = byName.get(q.speaker.name) ?? { quotes: 0, sources: new Set<number>(), flagged: 0 };
    entry.quotes++;
    entry.sources.add(index.get(q.articleId) ?? 0);
    byName.set(q.speaker.name, entry);
  }
  for (const r of rows) if (isFlagged(r)) for (const s of r.speakers) { const e = byName.get(s); if (e) e.flagged++; }
  return [...byName.entries()]
    .map(([name, e]) => ({ name, quotes: e.quotes, sources: [...e.sources].sort((a, b) => a - b), flagged: e.flagged }))
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}
