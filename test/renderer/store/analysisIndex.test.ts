import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../shared/groupSummary';
import { AnalysisIndex, EMPTY_LOOKUP } from '../../../renderer/src/store/analysisIndex';
import { analysis } from '../listFixture';
import { singletonGroups } from '../../../shared/singletons';
import { withQuickGroups } from '../../../renderer/src/store/quickGroups';
import { Listing } from '../../../renderer/src/store/listing';
import { articleIndexOf, groupRows } from '../../../renderer/src/features/groups/rows';
import { articles } from '../listFixture';

describe('AnalysisIndex', () => {
  it('finds groups and quotes by id and lists each article’s quotes in text order, page by page', () => {
    const index = new AnalysisIndex();
    for (const q of analysis.quotes) index.addQuotes([q]);
    const summaries = analysis.groups.map(summaryOf);
    index.addGroups(summaries);
    const lookup = index.lookup();
    for (const g of summaries) expect(lookup.group(g.id)).toBe(g);
    // Fetched groups are summaries: their versions are main's to give.
    for (const g of summaries) expect(lookup.quickGroup(g.id)).toBeUndefined();
    for (const q of analysis.quotes) expect(lookup.quote(q.id)).toBe(q);
    const articleId = analysis.quotes[0]!.articleId;
    expect(lookup.quotesOf(articleId)).toEqual(analysis.quotes.filter((q) => q.articleId === articleId));
    expect(lookup.quotesOf('nowhere')).toEqual([]);
    expect(lookup.group('nowhere')).toBeUndefined();
  });

  it('gives a new lookup after each addition and the same one otherwise, so views know when to update', () => {
    const index = new AnalysisIndex();
    const first = index.lookup();
    expect(index.lookup()).toBe(first);
    index.addGroups([]);
    expect(index.lookup()).toBe(first);
    index.addQuotes(analysis.quotes.slice(0, 1));
    expect(index.lookup()).not.toBe(first);
  });

  it('has an empty lookup for no analysis', () => {
    expect(EMPTY_LOOKUP.group('g1')).toBeUndefined();
    expect(EMPTY_LOOKUP.quotesOf('a')).toEqual([]);
  });
});

describe('quick groups, listed but not held', () => {
  const split = analysis.quotes.map((q, i) => ({ ...q, utterance: i < 2 ? 'u-split' : q.utterance }));

  it('are rebuilt from their quotes when asked, the same object each time, and list as if held', () => {
    const quotes = structuredClone(split);
    const groups = singletonGroups(quotes);
    const listing = new Listing();
    listing.addQuotes(quotes);
    listing.addSingletons(groups, articleIndexOf(articles));
    expect(listing.rows.rows()).toEqual(groupRows(groups.map(summaryOf), articles, quotes));
    const lookup = listing.index.lookup();
    for (const g of groups) {
      expect(lookup.quickGroup(g.id)).toEqual(g);
      expect(lookup.quickGroup(g.id)).toBe(lookup.quickGroup(g.id));
      expect(lookup.group(g.id)).toEqual(summaryOf(g));
      expect(lookup.group(g.id)).toBe(lookup.group(g.id));
    }
    // A quote that is not the first part of its utterance names no quick group.
    expect(lookup.group(`group-${quotes[1]!.id}`)).toBeUndefined();
    expect(lookup.group('nowhere')).toBeUndefined();
  });

  it('are built for the analysis only when something asks for them all', () => {
    const quotes = [...split];
    const kept = [summaryOf(analysis.groups[0]!)];
    const quick = withQuickGroups(quotes, kept, 1, [], null);
    quotes.push(...split); // the array grows after it was shown; that analysis describes it as it was
    expect(quick.groups).toEqual([...kept, ...singletonGroups(split.slice(1)).map(summaryOf)]);
    expect(quick.groups).toBe(quick.groups);
  });
});
