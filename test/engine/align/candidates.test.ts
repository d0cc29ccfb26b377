import { describe, expect, it } from 'vitest';
import { candidatePairs, MAX_SHINGLE_FREQUENCY, shingles, type Unit } from '../../../electron/engine/align/candidates';
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
