/**
 * Everything the window builds from an analysis as its pages arrive: the group list's rows and the
 * lookups the views use. One place to add a page, so the two never disagree.
 */
import type { AlignedGroup } from '../../../shared/alignment';
import { summaryOf, type GroupSummary } from '../../../shared/groupSummary';
import type { Quote } from '../../../shared/types';
import { RowBuilder } from '../features/groups/rows';
import { AnalysisIndex } from './analysisIndex';
import { SharedStrings } from './sharedStrings';

export class Listing {
  readonly index = new AnalysisIndex();
  /** The rows find quotes in the index rather than indexing them again. */
  readonly rows = new RowBuilder((id) => this.index.quote(id));

  private readonly strings: SharedStrings;

  /** `earlier`: the quotes on screen before this listing, by article, whose words fetched quotes share (see SharedStrings). */
  constructor(earlier?: (articleId: string) => readonly Quote[]) {
    this.strings = new SharedStrings(earlier);
  }

  /** Quotes as fetched: their repeated strings are shared (the page is changed in place). */
  addQuotes(quotes: readonly Quote[]): void {
    this.strings.quotes(quotes);
    this.index.addQuotes(quotes);
    this.rows.addQuotes(quotes);
  }

  /** Group summaries in analysis order, with each article's position in the sources list (changed in place as quotes are). */
  addGroups(groups: readonly GroupSummary[], articleIndex: ReadonlyMap<string, number>): void {
    this.strings.groups(groups, (id) => this.index.quote(id));
    this.rows.addGroups(groups, articleIndex);
    this.index.addGroups(groups);
  }

  /** What is already on screen (its strings shared when it was fetched), listed again for a listing that adds to it. */
  adopt(quotes: readonly Quote[], groups: readonly GroupSummary[], articleIndex: ReadonlyMap<string, number>): void {
    this.index.addQuotes(quotes);
    this.rows.addQuotes(quotes);
    this.rows.addGroups(groups, articleIndex);
    this.index.addGroups(groups);
  }

  /** Quick groups built from quotes: listed, then let go (the index rebuilds one when asked). */
  addSingletons(groups: readonly AlignedGroup[], articleIndex: ReadonlyMap<string, number>): void {
    this.rows.addGroups(groups.map(summaryOf), articleIndex);
    this.index.addSingletons(groups.length > 0);
  }
}
