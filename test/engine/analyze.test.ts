import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../electron/engine/analyze';
import { articleOf, expectValid } from './helpers';

describe('analyze', () => {
  it('returns nothing for no articles', () => {
    expect(analyze([])).toEqual({ quotes: [], groups: [], spunCopies: [] });
  });

  it('finds a direct quote, its speaker and cue, with exact offsets', () => {
    const text = '“We will rebuild the pier,” Mayor Ana Ruiz said on Tuesday.';
    const { quotes, groups } = analyze([articleOf(text)]);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q).toMatchObject({ text: 'We will rebuild the pier', kind: 'direct', cue: 'said' });
    expect(q.speaker).toMatchObject({ name: 'Ana Ruiz', mention: 'Mayor Ana Ruiz' });
    expect(groups).toMatchObject([{ quoteIds: [q.id], wording: null, speakerConflict: false }]);
  });

  it('keeps quotes in article order then text order', () => {
    const a = articleOf('“One,” she said. “Two,” she said.', 'x');
    const b = articleOf('“Three,” he said.', 'y');
    const { quotes } = analyze([a, b]);
    expect(quotes.map((q) => q.text)).toEqual(['One', 'Two', 'Three']);
    expect(quotes.map((q) => q.articleId)).toEqual(['x', 'x', 'y']);
  });

  it('is pure: the same input gives the same output', () => {
    const a = articleOf('Officials said the bridge would reopen. “Soon,” Lee said.');
    expect(analyze([a])).toEqual(analyze([a]));
  });

  it('keeps its contract on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const a = articleOf(text);
        expectValid([a], analyze([a]));
      }),
      { numRuns: 300 },
    );
  });
});

describe('analyze, extraction only', () => {
  it('finds the same quotes and gives each utterance its own uncompared group', () => {
    const a = articleOf('“One,” she said. “Two,” Lee said.', 'x');
    const b = articleOf('“One,” Lee said.', 'y');
    const full = analyze([a, b]);
    const quick = analyze([a, b], { extractOnly: true });
    expect(quick.quotes).toEqual(full.quotes);
    expect(quick.spunCopies).toEqual([]);
    expect(quick.groups.map((g) => [g.quoteIds, g.wording, g.versions.length])).toEqual(quick.quotes.map((q) => [[q.id], null, 1]));
  });
});
