import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairs, MAX_SHINGLE_FREQUENCY, shingleHash, shingles, type Unit } from '../../../electron/engine/align/candidates';
import { fnv1a } from '../../../electron/engine/text/hash';
import { tokenizePart } from '../../../electron/engine/align/tokens';

const unit = (index: number, text: string, speaker: string | null = 'A'): Unit => ({ index, tokens: tokenizePart(text, 0), speaker });

describe('candidatePairs', () => {
  it('proposes wordings that share a 3-gram, not the others', () => {
    const units = [unit(0, 'we will rebuild every bridge this year'), unit(1, 'rebuild every bridge'), unit(2, 'the museum opens on Friday')];
    expect(candidatePairs(units).map((c) => [c.i, c.j])).toEqual([[0, 1]]);
  });

  it('ignores 3-grams made only of function words', () => {
    expect(shingles(tokenizePart('it is going to be', 0))).toHaveLength(0);
  });

  it('pairs the wordings of a very frequent 3-gram only with its fullest ones', () => {
    const n = MAX_SHINGLE_FREQUENCY + 20;
    const units = Array.from({ length: n }, (_, i) => unit(i, `make America great again number${i}`));
    const pairs = candidatePairs(units);
    expect(pairs.length).toBeLessThan(4 * n);
  });

  it('finds a one-word quote inside a longer one by the same speaker only', () => {
    const units = [unit(0, 'unlikely'), unit(1, 'a deal is unlikely this week'), unit(2, 'it is unlikely', 'B')];
    expect(candidatePairs(units).map((c) => [c.i, c.j])).toEqual([[0, 1]]);
  });
});

describe('candidatePairs against the string-keyed lookups it replaced', () => {
  /** The short-wording lookup as first written: one key string per speaker and words. */
  function shortCandidatesByString(units: readonly Unit[]): [number, number][] {
    const wanted = new Map<string, number[]>();
    for (const u of units) {
      if (u.tokens.length === 0 || u.tokens.length >= 3 || u.speaker === null) continue;
      const key = `${u.speaker}\u0000${u.tokens.map((t) => t.key).join(' ')}`;
      wanted.set(key, [...(wanted.get(key) ?? []), u.index]);
    }
    const seen = new Set<string>();
    const out: [number, number][] = [];
    for (const u of units) {
      if (u.speaker === null) continue;
      const keys = u.tokens.map((t) => t.key);
      for (let len = 1; len < 3; len++) {
        for (let i = 0; i + len <= keys.length; i++) {
          for (const s of wanted.get(`${u.speaker}\u0000${keys.slice(i, i + len).join(' ')}`) ?? []) {
            if (s === u.index) continue;
            const [a, b] = s < u.index ? [s, u.index] : [u.index, s];
            if (seen.has(`${a} ${b}`)) continue;
            seen.add(`${a} ${b}`);
            out.push([a, b]);
          }
        }
      }
    }
    return out;
  }

  it('proposes the same short-wording pairs in the same order', () => {
    const words = ['unlikely', 'a', 'deal', 'is', 'this', 'week', 'no', 'colour', 'color', 'three', '3'];
    const spec = fc.array(fc.record({ words: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), speaker: fc.constantFrom('A', 'B', null) }), { maxLength: 14 });
    fc.assert(
      fc.property(spec, (list) => {
        const units = list.map((u, i) => unit(i, u.words.join(' '), u.speaker));
        const short = candidatePairs(units).filter((c) => c.shared === 0).map((c) => [c.i, c.j]);
        expect(short).toEqual(shortCandidatesByString(units));
      }),
      { numRuns: 300 },
    );
  });

  it('hashes a 3-gram of key ids as the string of them would be hashed', () => {
    const hash = (s: string): number => fnv1a(s) >>> 0;
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 5000 }), fc.oneof(fc.nat(), fc.integer({ min: -5, max: -1 }), fc.double({ noNaN: true })), (a, b, c) => {
        expect(shingleHash(a, b, c)).toBe(hash(`${a} ${b} ${c}`));
      }),
    );
    for (const n of [0, 9, 10, 99, 100, 0x7fffffff, 0x80000000]) expect(shingleHash(n, n, n)).toBe(hash(`${n} ${n} ${n}`));
  });
});
