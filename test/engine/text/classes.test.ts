import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classOf, codePointBefore, DIGIT, isSpace, LETTER, startsUpper, UPPER } from '../../../electron/engine/text/classes';

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

describe('startsUpper', () => {
  it('is /^\\p{Lu}/u on any string, surrogate pairs and the empty string included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 4 }), (word) => {
      expect(startsUpper(word)).toBe(/^\p{Lu}/u.test(word));
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3 }), (word) => {
      expect(startsUpper(word)).toBe(/^\p{Lu}/u.test(word));
    }), { numRuns: 3000 });
    expect(startsUpper('𝐀bc')).toBe(true);
    expect(startsUpper('')).toBe(false);
  });
});

describe('isSpace', () => {
  it('is \\s on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) expect.fail(`U+${c.toString(16)}`);
  });
});
