import { describe, expect, it } from 'vitest';
import { AnalysisIndex, EMPTY_LOOKUP } from '../../../renderer/src/store/analysisIndex';
import { analysis } from '../listFixture';

describe('AnalysisIndex', () => {
  it('finds groups and quotes by id and lists each article’s quotes in text order, page by page', () => {
    const index = new AnalysisIndex();
    for (const q of analysis.quotes) index.addQuotes([q]);
    index.addGroups(analysis.groups);
    const lookup = index.lookup();
    for (const g of analysis.groups) expect(lookup.group(g.id)).toBe(g);
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
