import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classOf, codePointBefore, DIGIT, LETTER, UPPER } from '../../../electron/engine/text/classes';

describe('classOf', () => {
  it('agrees with \\p{L}, \\p{Lu} and \\p{N} on any code point, asked twice (table filled, then read)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x10ffff }), (cp) => {
        const ch = String.fromCodePoint(cp);
        const want = (/^\p{L}$/u.test(ch) ? LETTER : 0) | (/^\p{Lu}$/u.test(ch) ? UPPER : 0) | (/^\p{N}$/u.test(ch) ? DIGIT : 0);
        expect(classOf(cp)).toBe(want);
        expect(classOf(cp)).toBe(want);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('codePointBefore', () => {
  it('reads a surrogate pair whole, and a lone surrogate as itself', () => {
    expect(codePointBefore('a𝐀', 3)).toBe(0x1d400);
    expect(codePointBefore('a\udc00', 2)).toBe(0xdc00);
    expect(codePointBefore('ab', 1)).toBe(0x61);
  });
});
