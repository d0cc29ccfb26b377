/**
 * Lookups into the analysis on screen: a group's summary by id, a quick group in full, a quote by id, an
 * article's quotes. Built page by
 * page as results arrive, like the rows: the views asked these on every store update by scanning or
 * re-indexing every group and quote, which for 10,000 articles made each update a long task.
 */
import type { AlignedGroup } from '../../../shared/alignment';
import { summaryOf, type GroupSummary } from '../../../shared/groupSummary';
import type { Quote } from '../../../shared/types';
import { ShardedIndex } from './shardedIndex';
import { singletonOf } from './quickGroups';

/** What the views and actions ask of the analysis on screen. */
export interface AnalysisLookup {
  /** What the list knows of a group (its versions are fetched from main when it is opened). */
  group(id: string): GroupSummary | undefined;
  /** A quick group (an extraction-only pass's, each utterance alone) in full: it is rebuilt from its quotes, not fetched. */
  quickGroup(id: string): AlignedGroup | undefined;
  quote(id: string): Quote | undefined;
  /** The article's quotes in text order. */
  quotesOf(articleId: string): readonly Quote[];
}

const NONE: readonly Quote[] = [];

/** The lookup of an empty analysis. */
export const EMPTY_LOOKUP: AnalysisLookup = { group: () => undefined, quickGroup: () => undefined, quote: () => undefined, quotesOf: () => NONE };

/** Indexes quotes and groups as they are added. */
export class AnalysisIndex {
  private readonly groups = new ShardedIndex<GroupSummary>((g) => g.id);
  private readonly quotes = new ShardedIndex<Quote>((q) => q.id);
  private readonly byArticle = new Map<string, Quote[]>();
  private current: AnalysisLookup | null = null;
  /**
   * Quick groups are not kept (see addSingletons): one is rebuilt from its quotes when asked, and the few
   * asked for (the selected one, marked ones) are remembered so a view asking again gets the same object.
   */
  private readonly rebuilt = new Map<string, { full: AlignedGroup; summary: GroupSummary }>();
  private singletons = false;

  addQuotes(quotes: readonly Quote[]): void {
    this.quotes.add(quotes);
    for (const q of quotes) {
      const list = this.byArticle.get(q.articleId);
      if (list) list.push(q);
      else this.byArticle.set(q.articleId, [q]);
    }
    if (quotes.length > 0) this.current = null;
  }

  /** A quote added so far (for the rows, which share this index). */
  quote(id: string): Quote | undefined {
    return this.quotes.get(id);
  }

  addGroups(groups: readonly GroupSummary[]): void {
    this.groups.add(groups);
    if (groups.length > 0) this.current = null;
  }

  /**
   * Quick groups are found but not held: each is its quotes' utterance alone, so it is rebuilt on request.
   * Holding 170,000 of them at 10,000 articles was a fifth of the heap the garbage collector compacted
   * while the comparison ran. `added`: whether the pass found any.
   */
  addSingletons(added: boolean): void {
    this.singletons = true;
    if (added) this.current = null;
  }

  /** A quick group rebuilt (and remembered), unless a fetched group has this id. */
  private quick(id: string): { full: AlignedGroup; summary: GroupSummary } | undefined {
    if (!this.singletons || this.groups.get(id)) return undefined;
    const known = this.rebuilt.get(id);
    if (known) return known;
    // Not remembered when missing: its quotes may be on their way.
    const full = singletonOf(id, (q) => this.quotes.get(q), (a) => this.byArticle.get(a) ?? NONE);
    if (!full) return undefined;
    const rebuilt = { full, summary: summaryOf(full) };
    this.rebuilt.set(id, rebuilt);
    return rebuilt;
  }

  private group(id: string): GroupSummary | undefined {
    return this.groups.get(id) ?? this.quick(id)?.summary;
  }

  /**
   * The lookup as it stands: a new object after each addition (so views depending on it update), the
   * same one otherwise. Lookups share the maps, so an older one sees later additions too; only ever adding
   * makes that harmless.
   */
  lookup(): AnalysisLookup {
    if (this.current) return this.current;
    const { quotes, byArticle } = this;
    this.current = {
      group: (id) => this.group(id),
      quickGroup: (id) => this.quick(id)?.full,
      quote: (id) => quotes.get(id),
      quotesOf: (articleId) => byArticle.get(articleId) ?? NONE,
    };
    return this.current;
  }
}
