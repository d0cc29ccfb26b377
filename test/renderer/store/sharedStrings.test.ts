import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../shared/groupSummary';
import { SharedStrings } from '../../../renderer/src/store/sharedStrings';
import { Listing } from '../../../renderer/src/store/listing';
import { singletonGroups } from '../../../shared/singletons';
import { articleIndexOf, groupRows } from '../../../renderer/src/features/groups/rows';
import { analysis, articles } from '../listFixture';

// Which copy of a string an object holds cannot be seen from JavaScript; what can is that nothing changes.
describe('SharedStrings', () => {
  it('leaves every value of fetched pages as it was', () => {
    const { quotes } = structuredClone(analysis);
    const groups = structuredClone(analysis.groups.map(summaryOf));
    const strings = new SharedStrings();
    strings.quotes(quotes);
    const byId = new Map(quotes.map((q) => [q.id, q]));
    strings.groups(groups, (id) => byId.get(id));
    expect({ quotes, groups }).toEqual({ quotes: analysis.quotes, groups: analysis.groups.map(summaryOf) });
  });

  it('passes over the frozen lists of summaries of groups built in the window', () => {
    const quotes = structuredClone(analysis.quotes);
    const groups = singletonGroups(quotes).map(summaryOf);
    const byId = new Map(quotes.map((q) => [q.id, q]));
    expect(() => new SharedStrings().groups(groups, (id) => byId.get(id))).not.toThrow();
  });
});

describe('Listing', () => {
  it('lists pages of a fetched analysis as the rows built in one go, and finds every quote and group', () => {
    const { quotes } = structuredClone(analysis);
    const groups = structuredClone(analysis.groups.map(summaryOf));
    const listing = new Listing();
    for (const q of quotes) listing.addQuotes([q]);
    listing.addGroups(groups, articleIndexOf(articles));
    expect(listing.rows.rows()).toEqual(groupRows(analysis.groups.map(summaryOf), articles, analysis.quotes));
    const lookup = listing.index.lookup();
    for (const g of analysis.groups) expect(lookup.group(g.id)).toEqual(summaryOf(g));
    for (const q of analysis.quotes) expect(lookup.quote(q.id)).toEqual(q);
  });
});

describe('SharedStrings over an earlier listing', () => {
  it('matches fetched quotes to the earlier ones of their article in order, and changes no value', () => {
    const earlier = structuredClone(analysis.quotes);
    const byArticle = (id: string) => earlier.filter((q) => q.articleId === id);
    const page = structuredClone(analysis.quotes);
    // One quote the earlier listing does not have: it and the article's later quotes keep their own words.
    const odd = page.findIndex((q, i) => i > 0 && q.articleId === page[0]!.articleId);
    if (odd > 0) (page[odd] as { text: string }).text += ' (edited)';
    new SharedStrings(byArticle).quotes(page);
    expect(page.map((q) => q.text)).toEqual(analysis.quotes.map((q, i) => (i === odd ? `${q.text} (edited)` : q.text)));
  });
});
