/**
 * Unicode letter, capital and digit classes (\p{L}, \p{Lu}, \p{N}) of code points, for the hand-written
 * scanners that visit every character of every article (counting words as files load, finding sentence
 * anchors): one table read is cheaper than a regex test, or a regex match per word. The table is filled
 * as characters are met, so only the scripts an article uses are ever worked out.
 */
export const LETTER = 1;
export const UPPER = 2;
export const DIGIT = 4;
const KNOWN = 8;

const LETTER_TEST = /^\p{L}$/u;
const UPPER_TEST = /^\p{Lu}$/u;
const DIGIT_TEST = /^\p{N}$/u;
/** Classes of the code points below U+10000, with KNOWN set once worked out. */
const bmpClasses = new Uint8Array(0x10000);

/** LETTER, UPPER and DIGIT bits of a code point (a lone surrogate has none). */
export function classOf(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return LETTER;
    if (cp >= 0x41 && cp <= 0x5a) return LETTER | UPPER;
    return cp >= 0x30 && cp <= 0x39 ? DIGIT : 0;
  }
  if (cp < 0x10000 && bmpClasses[cp]! & KNOWN) return bmpClasses[cp]! & ~KNOWN;
  const ch = String.fromCodePoint(cp);
  const c = (LETTER_TEST.test(ch) ? LETTER : 0) | (UPPER_TEST.test(ch) ? UPPER : 0) | (DIGIT_TEST.test(ch) ? DIGIT : 0);
  if (cp < 0x10000) bmpClasses[cp] = c | KNOWN;
  return c;
}

/** The code point that ends just before `i` (a surrogate pair read whole). */
export function codePointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2)!;
  }
  return low;
}

/** Whether the first code point of `word` is a capital letter (`/^\p{Lu}/u`, without the regex). */
export function startsUpper(word: string): boolean {
  return word.length > 0 && (classOf(word.codePointAt(0)!) & UPPER) !== 0;
}

/** The code units \s matches (ECMAScript WhiteSpace and LineTerminator): what `trim` removes. */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
