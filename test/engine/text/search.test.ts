import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtOrAfter } from '../../../electron/engine/text/search';

describe('firstAtOrAfter', () => {
  it('finds the first position at or after the one asked, or the end', () => {
    const list = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];
    const at = (n: number) => firstAtOrAfter(list, n, (x) => x.start);
    expect([at(0), at(2), at(3), at(5), at(6), at(9), at(10)]).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(firstAtOrAfter([], 3, (n: number) => n)).toBe(0);
  });

  it('agrees with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (xs, at) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const linear = sorted.findIndex((x) => x >= at);
        expect(firstAtOrAfter(sorted, at, (n) => n)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });
});
