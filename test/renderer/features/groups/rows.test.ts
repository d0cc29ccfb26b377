import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../../shared/groupSummary';
import { filterRows, groupRows, speakerRows, articleIndexOf, countRows, RowBuilder } from '../../../../renderer/src/features/groups/rows';
import { analysis, articles } from '../../analysisFixture';
import { analysis as listAnalysis, articles as listArticles } from '../../listFixture';

describe('groupRows', () => {
  const rows = groupRows(analysis.groups.map(summaryOf), articles, analysis.quotes);

  it('puts the misattributed, reworded quote first', () => {
    expect(rows.map((r) => r.id)).toEqual(['g1', 'g2']);
    expect(rows[0]).toMatchObject({ text: 'We must act now', sources: [0, 1], wording: 'reworded', flags: { speakerConflict: true, singleSource: false } });
    expect(rows[1]).toMatchObject({ sources: [0], flags: { singleSource: true } });
  });

  it('filters by chip and searches words and speakers', () => {
    expect(filterRows(rows, 'flagged', '').map((r) => r.id)).toEqual(['g1']);
    expect(filterRows(rows, 'speaker', '').map((r) => r.id)).toEqual(['g1']);
    expect(filterRows(rows, 'all', 'later').map((r) => r.id)).toEqual(['g2']);
    expect(filterRows(rows, 'all', 'bo chan').map((r) => r.id)).toEqual(['g1']);
  });
});

describe('speakers', () => {
  const rows = groupRows(analysis.groups.map(summaryOf), articles, analysis.quotes);

  it('lists everyone quoted with their sources and flags, most quoted first', () => {
    expect(speakerRows(rows, analysis.quotes, articles)).toEqual([
      { name: 'Ann Lee', quotes: 2, sources: [0], flagged: 1 },
      { name: 'Bo Chan', quotes: 1, sources: [1], flagged: 1 },
    ]);
  });

  it('filters the quote list to one speaker', () => {
    expect(filterRows(rows, 'all', '', 'Bo Chan').map((r) => r.id)).toEqual(['g1']);
    expect(filterRows(rows, 'all', '', 'Nobody')).toEqual([]);
  });
});

describe('refinements', () => {
  const rows = groupRows(analysis.groups.map(summaryOf), articles, analysis.quotes);
  it('narrow by wording class and by source', () => {
    expect(filterRows(rows, 'all', '', null, { wording: 'reworded' }).map((r) => r.id)).toEqual(['g1']);
    expect(filterRows(rows, 'all', '', null, { wording: 'identical' })).toEqual([]);
    expect(filterRows(rows, 'all', '', null, { source: 1 }).map((r) => r.id)).toEqual(['g1']);
    expect(filterRows(rows, 'single', '').map((r) => r.id)).toEqual(['g2']);
  });
});

describe('RowBuilder', () => {
  it('builds the same rows, chip counts and quote counts page by page as in one go', () => {
    const index = articleIndexOf(listArticles);
    const builder = new RowBuilder();
    for (const q of listAnalysis.quotes) builder.addQuotes([q]);
    for (const g of listAnalysis.groups) builder.addGroups([summaryOf(g)], index);
    const whole = groupRows(listAnalysis.groups.map(summaryOf), listArticles, listAnalysis.quotes);
    expect(builder.rows()).toEqual(whole);
    expect(builder.chipCounts()).toEqual(countRows(whole, ['all', 'flagged', 'speaker', 'multi', 'single']));
    expect(Object.fromEntries(builder.quoteCounts())).toEqual({ a_00000000000a: 3, a_00000000000b: 2 });
  });

  it('shares one flags object per combination and one sources list per single source (rows are read-only)', () => {
    const rows = groupRows(listAnalysis.groups.map(summaryOf), listArticles, listAnalysis.quotes);
    for (const a of rows) {
      for (const b of rows) {
        if (JSON.stringify(a.flags) === JSON.stringify(b.flags)) expect(a.flags).toBe(b.flags);
        if (a.sources.length === 1 && a.sources[0] === b.sources[0] && b.sources.length === 1) expect(a.sources).toBe(b.sources);
      }
      expect(Object.isFrozen(a.flags)).toBe(true);
    }
  });

  it('finds quotes in an index kept elsewhere when given one, with the same rows', () => {
    const byId = new Map(listAnalysis.quotes.map((q) => [q.id, q]));
    const builder = new RowBuilder((id) => byId.get(id));
    builder.addQuotes(listAnalysis.quotes);
    builder.addGroups(listAnalysis.groups.map(summaryOf), articleIndexOf(listArticles));
    expect(builder.rows()).toEqual(groupRows(listAnalysis.groups.map(summaryOf), listArticles, listAnalysis.quotes));
    expect(Object.fromEntries(builder.quoteCounts())).toEqual({ a_00000000000a: 3, a_00000000000b: 2 });
  });
});
