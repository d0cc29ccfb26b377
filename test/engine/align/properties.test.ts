import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupQuotes } from '../../../electron/engine/align';
import type { Quote } from '../../../shared/types';
import { article } from './helpers';

const WORDS = ['we', 'will', 'build', 'the', 'bridge', 'never', 'said', 'people', 'of', 'this', 'state', 'colour', 'color', '3', 'three', 'won’t', '…', '[it]', 'Lane', 'Pike'];

/** Random articles, each a sentence per quote; quotes credited to one of three speakers or none. */
const corpus = fc.array(
  fc.array(fc.record({ words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), speaker: fc.constantFrom('A', 'B', 'C', null) }), {
    minLength: 1,
    maxLength: 4,
  }),
  { minLength: 1, maxLength: 5 },
);

function build(spec: { words: string[]; speaker: string | null }[][]) {
  const articles = spec.map((qs, i) => article(`a${i}`, qs.map((q) => `He said: "${q.words.join(' ')}".`).join(' ')));
  const quotes: Quote[] = [];
  spec.forEach((qs, i) => {
    let at = 0;
    qs.forEach((q, k) => {
      const text = q.words.join(' ');
      const start = articles[i]!.text.indexOf(text, at);
      at = start + text.length;
      const id = `a${i}q${k}`;
      quotes.push({ id, articleId: `a${i}`, text, start, end: start + text.length, kind: 'direct', cue: 'said', speaker: q.speaker ? { name: q.speaker, mention: q.speaker, start: 0, end: 0 } : null, confidence: 1, utterance: id });
    });
  });
  return { articles, quotes };
}

describe('groupQuotes properties', () => {
  it('partitions the quotes, with one reference and valid offsets per group', () => {
    fc.assert(
      fc.property(corpus, (spec) => {
        const { articles, quotes } = build(spec);
        const result = groupQuotes(articles, quotes, { spunCopies: false });
        const seen = result.groups.flatMap((g) => g.quoteIds);
        expect(seen.slice().sort()).toEqual(quotes.map((q) => q.id).sort());
        const byId = new Map(quotes.map((q) => [q.id, q]));
        for (const g of result.groups) {
          expect(g.versions.filter((v) => v.isReference)).toHaveLength(1);
          expect(g.versions[g.reference]!.isReference).toBe(true);
          expect(g.wording === null).toBe(g.versions.length === 1);
          for (const v of g.versions) {
            for (const c of v.changes) {
              if (c.quoteId === null) continue;
              const q = byId.get(c.quoteId)!;
              expect(c.start).toBeGreaterThanOrEqual(q.start);
              expect(c.end).toBeLessThanOrEqual(q.end);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same groups whatever the order of the quotes', () => {
    fc.assert(
      fc.property(corpus, (spec) => {
        const { articles, quotes } = build(spec);
        const sets = (qs: readonly Quote[]) =>
          groupQuotes(articles, qs, { spunCopies: false })
            .groups.map((g) => [...g.quoteIds].sort().join(','))
            .sort();
        expect(sets([...quotes].reverse())).toEqual(sets(quotes));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same result whatever the order of the quotes, or whether they are fresh objects', () => {
    // Grouping caches by token list and skips sorts of lists already in order: neither may show.
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 7 }), (spec, stride) => {
        const { articles, quotes } = build(spec);
        const shuffled = quotes.map((_, k) => quotes[(k * stride) % quotes.length]!);
        fc.pre(new Set(shuffled).size === quotes.length);
        const fresh = (qs: readonly Quote[]): Quote[] => qs.map((q) => ({ ...q, text: [...q.text].join(''), speaker: q.speaker ? { ...q.speaker } : null }));
        const result = JSON.stringify(groupQuotes(articles, quotes, { spunCopies: false }));
        expect(JSON.stringify(groupQuotes(articles, fresh(shuffled), { spunCopies: false }))).toBe(result);
        expect(JSON.stringify(groupQuotes(articles, fresh(quotes), { spunCopies: false }))).toBe(result);
      }),
      { numRuns: 150 },
    );
  });
});
