/**
 * The quote-group list's rows, derived from the analysis: what to show, which flags apply, and the
 * order (flagged first: misattribution, then rewording, then missing speakers). Pure, so it is
 * computed in selectors and tested without a DOM.
 */
import type { GroupSummary } from '../../../../shared/groupSummary';
import type { Quote, Wording } from '../../../../shared/types';
import type { ArticleInfo } from '../../../../shared/contract';
import { ShardedIndex } from '../../store/shardedIndex';

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

const CHIPS: readonly GroupFilter[] = ['all', 'flagged', 'speaker', 'multi', 'single'];

function severityOf(flags: GroupFlags, wording: Wording | null): number {
  return (
    (flags.speakerConflict ? 8 : 0) +
    (wording === 'reworded' ? 4 : wording === 'partial' ? 2 : wording === 'cosmetic' ? 1 : 0) +
    (flags.unattributed && !flags.singleSource ? 2 : 0) +
    (flags.singleSource ? 0 : 0.5)
  );
}

/**
 * Rows share what many of them hold alike: a 10,000-article load lists some 170,000 quick rows and then
 * 140,000 compared ones, and a flags object and a sources array per row were a good part of the heap the
 * garbage collector walked (frozen, as rows are read-only).
 */
const flagsCache = new Map<number, GroupFlags>();
function sharedFlags(speakerConflict: boolean, unattributed: boolean, reworded: boolean, singleSource: boolean): GroupFlags {
  const key = (speakerConflict ? 8 : 0) | (unattributed ? 4 : 0) | (reworded ? 2 : 0) | (singleSource ? 1 : 0);
  let flags = flagsCache.get(key);
  if (!flags) flagsCache.set(key, (flags = Object.freeze({ speakerConflict, unattributed, reworded, singleSource })));
  return flags;
}

const NO_SOURCES: readonly number[] = Object.freeze([]);
/** A one-source list per article position (most groups are in one source). */
const oneSource: (readonly number[])[] = [];
const sourcesOne = (i: number): readonly number[] => (oneSource[i] ??= Object.freeze([i]));

/** Positions of the articles a group's versions are in, ascending. */
function sourcesOf(g: GroupSummary, articleIndex: ReadonlyMap<string, number>): readonly number[] {
  if (g.articleIds.length === 1) {
    const i = articleIndex.get(g.articleIds[0]!) ?? -1;
    return i >= 0 ? sourcesOne(i) : NO_SOURCES;
  }
  const sources = g.articleIds.map((a) => articleIndex.get(a) ?? -1).filter((i) => i >= 0).sort((a, b) => a - b);
  return sources.length === 1 ? sourcesOne(sources[0]!) : sources;
}

/** The row for one group, given where each article sits and each quote's words. */
function rowOf(g: GroupSummary, articleIndex: ReadonlyMap<string, number>, quoteText: (id: string) => string): GroupRow {
  const sources = sourcesOf(g, articleIndex);
  const singleSource = sources.length <= 1;
  const flags = sharedFlags(g.speakerConflict, g.unattributed, g.wording === 'reworded', singleSource);
  const ids = g.referenceQuoteIds;
  return {
    id: g.id,
    // One part: the quote's own string, not a copy made by join.
    text: ids.length === 1 ? quoteText(ids[0]!) : ids.map(quoteText).join(' … '),
    speakers: g.speakers,
    sources,
    versions: g.versionCount,
    wording: g.wording,
    flags,
    severity: severityOf(flags, g.wording),
  };
}

/**
 * Builds rows as an analysis arrives page by page: each page costs only its own rows, and the order
 * (most urgent first, then analysis order) comes from a handful of severity buckets, not a sort of
 * every row, so ten thousand articles' worth of groups never make one long task.
 */
export class RowBuilder {
  private readonly quotes: ShardedIndex<Quote> | null;
  private readonly quoteText: (id: string) => string;
  private readonly buckets = new Map<number, GroupRow[]>();
  private ordered: GroupRow[] | null = [];
  private readonly perArticle = new Map<string, number>();
  private perArticleCopy: ReadonlyMap<string, number> | null = null;
  private readonly chips: Record<GroupFilter, number> = { all: 0, flagged: 0, speaker: 0, multi: 0, single: 0 };

  /**
   * `quoteOf` looks quotes up in an index kept elsewhere (the Listing's), so the window does not hold two
   * indexes of every quote; without it the builder indexes the quotes it is given.
   */
  constructor(quoteOf?: (id: string) => Quote | undefined) {
    const quotes = quoteOf ? null : new ShardedIndex<Quote>((q) => q.id);
    const find = quoteOf ?? ((id: string) => quotes!.get(id));
    this.quotes = quotes;
    this.quoteText = (id) => find(id)?.text ?? '';
  }

  /** Quotes come first: rows show their words. */
  addQuotes(quotes: readonly Quote[]): void {
    this.quotes?.add(quotes);
    for (const q of quotes) {
      this.perArticle.set(q.articleId, (this.perArticle.get(q.articleId) ?? 0) + 1);
    }
    if (quotes.length > 0) this.perArticleCopy = null;
  }

  /** Quotes per article so far (a new map after each change, so views can tell). */
  quoteCounts(): ReadonlyMap<string, number> {
    this.perArticleCopy ??= new Map(this.perArticle);
    return this.perArticleCopy;
  }

  /** How many rows each chip shows with no other filter, kept as rows are added. */
  chipCounts(): Readonly<Record<GroupFilter, number>> {
    return { ...this.chips };
  }

  /** Groups in analysis order, with each article's position in the sources list. */
  addGroups(groups: readonly GroupSummary[], articleIndex: ReadonlyMap<string, number>): void {
    for (const g of groups) {
      const row = rowOf(g, articleIndex, this.quoteText);
      for (const f of CHIPS) if (chipKeeps(row, f)) this.chips[f]++;
      const bucket = this.buckets.get(row.severity);
      if (bucket) bucket.push(row);
      else this.buckets.set(row.severity, [row]);
    }
    if (groups.length > 0) this.ordered = null;
  }

  /** Every row so far, most urgent first (the same array until more groups are added). */
  rows(): GroupRow[] {
    this.ordered ??= [...this.buckets.keys()].sort((a, b) => b - a).flatMap((k) => this.buckets.get(k) ?? []);
    return this.ordered;
  }
}

/** Where each article sits in the sources list (its letter). */
export const articleIndexOf = (articles: readonly ArticleInfo[]): Map<string, number> => new Map(articles.map((a, i) => [a.id, i]));

/** A builder holding every row of an analysis. */
export function rowBuilderFor(groups: readonly GroupSummary[], articles: readonly ArticleInfo[], quotes: readonly Quote[]): RowBuilder {
  const builder = new RowBuilder();
  builder.addQuotes(quotes);
  builder.addGroups(groups, articleIndexOf(articles));
  return builder;
}

/** Builds the rows for every group, most urgent first, then in article order. */
export function groupRows(groups: readonly GroupSummary[], articles: readonly ArticleInfo[], quotes: readonly Quote[]): GroupRow[] {
  return rowBuilderFor(groups, articles, quotes).rows();
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

/** Whether a row passes the chip alone. */
function chipKeeps(r: GroupRow, filter: GroupFilter): boolean {
  return (
    filter === 'all' ||
    (filter === 'flagged' && isFlagged(r)) ||
    (filter === 'speaker' && r.flags.speakerConflict) ||
    (filter === 'multi' && !r.flags.singleSource) ||
    (filter === 'single' && r.flags.singleSource)
  );
}

/** Whether a row passes the speaker filter and the refinements (everything but the chip and the search). */
function refinementKeeps(r: GroupRow, speaker: string | null, refine: RowRefinement): boolean {
  if (speaker !== null && !r.speakers.includes(speaker)) return false;
  if (refine.wording && (r.wording !== refine.wording || r.versions < 2)) return false;
  if (refine.source !== undefined && refine.source !== null && !r.sources.includes(refine.source)) return false;
  return true;
}

/** The test `filterRows` applies to each row. */
export function rowMatcher(filter: GroupFilter, query: string, speaker: string | null = null, refine: RowRefinement = {}): (r: GroupRow) => boolean {
  const q = query.trim().toLowerCase();
  return (r) =>
    refinementKeeps(r, speaker, refine) &&
    chipKeeps(r, filter) &&
    (!q || r.text.toLowerCase().includes(q) || r.speakers.some((s) => s.toLowerCase().includes(q)));
}

/** Applies the filter chip, the search box, the speaker filter and the refinements. */
export function filterRows(rows: readonly GroupRow[], filter: GroupFilter, query: string, speaker: string | null = null, refine: RowRefinement = {}): GroupRow[] {
  return rows.filter(rowMatcher(filter, query, speaker, refine));
}

/** How many rows each chip would show under the speaker filter and refinements, in one pass. */
export function countRows(rows: readonly GroupRow[], filters: readonly GroupFilter[], speaker: string | null = null, refine: RowRefinement = {}): Record<GroupFilter, number> {
  const counts = { all: 0, flagged: 0, speaker: 0, multi: 0, single: 0 };
  for (const r of rows) {
    if (!refinementKeeps(r, speaker, refine)) continue;
    for (const f of filters) if (chipKeeps(r, f)) counts[f]++;
  }
  return counts;
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
export function speakerRows(rows: readonly GroupRow[], quotes: readonly Quote[], articles: readonly ArticleInfo[]): SpeakerRow[] {
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
