/**
 * Everything the window builds from an analysis as its pages arrive: the group list's rows and the
 * lookups the views use. One place to add a page, so the two never disagree.
 */
import type { AlignedGroup } from '../../../shared/alignment';
import type { Quote } from '../../../shared/types';
import { RowBuilder } from '../features/groups/rows';
import { AnalysisIndex } from './analysisIndex';

export class Listing {
  readonly rows = new RowBuilder();
  readonly index = new AnalysisIndex();

  addQuotes(quotes: readonly Quote[]): void {
    this.rows.addQuotes(quotes);
    this.index.addQuotes(quotes);
  }

  /** Groups in analysis order, with each article's position in the sources list. */
  addGroups(groups: readonly AlignedGroup[], articleIndex: ReadonlyMap<string, number>): void {
    this.rows.addGroups(groups, articleIndex);
    this.index.addGroups(groups);
  }
}
