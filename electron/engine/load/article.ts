import { createHash } from 'node:crypto';
import type { Article } from '../../../shared/types';

const MAX_TITLE = 160;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit: 0 not known yet, 1 letter or digit, 2 neither, 3 a joiner (apostrophes, hyphen, full stop), 4 a high surrogate. */
const unitClass = new Uint8Array(0x10000);
const LETTER = 1;
const JOINER = 3;
const HIGH_SURROGATE = 4;

function classOf(unit: number): number {
  let c = unitClass[unit]!;
  if (c === 0) {
    if (unit === 0x27 || unit === 0x2019 || unit === 0x2d || unit === 0x2e) c = JOINER;
    else if (unit >= 0xd800 && unit <= 0xdbff) c = HIGH_SURROGATE;
    else c = LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? LETTER : 2;
    unitClass[unit] = c;
  }
  return c;
}

/** Length in UTF-16 units of the letter or digit at `i`, or 0 when there is none (or the text ends). */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = classOf(text.charCodeAt(i));
  if (c === LETTER) return 1;
  if (c !== HIGH_SURROGATE) return 0;
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/**
 * Counts words the way an editor would: "U.S.-Russia" and "won’t" are one word each. A word is what
 * /[\p{L}\p{N}]+(?:['’\-.]+[\p{L}\p{N}]+)*\/gu matches (a property test holds the two together):
 * runs of letters and digits joined by runs of joiners. Scanned by hand with a table of character
 * classes, because the regex allocated a match per word and the load stage counts every word it reads.
 */
export function countWords(text: string): number {
  let n = 0;
  let i = 0;
  const end = text.length;
  while (i < end) {
    let step = letterAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    n++;
    for (;;) {
      while (step > 0) {
        i += step;
        step = letterAt(text, i);
      }
      let j = i;
      while (j < end && classOf(text.charCodeAt(j)) === JOINER) j++;
      if (j === i) break;
      step = letterAt(text, j);
      if (step === 0) break;
      i = j;
    }
  }
  return n;
}

/** The first non-empty line, shortened at a word boundary; the file name (sans extension) when there is none. */
export function titleOf(text: string, fileName: string): string {
  const line = text.split(/\r\n|\r|\n/, 50).map((l) => l.trim()).find((l) => l.length > 0);
  if (!line) return fileName.replace(/\.[^.]+$/, '');
  if (line.length <= MAX_TITLE) return line;
  const cut = line.lastIndexOf(' ', MAX_TITLE);
  return `${line.slice(0, cut > 80 ? cut : MAX_TITLE)}…`;
}

/** Stable id from name and content: reopening the same file yields the same id. */
export function articleId(name: string, text: string): string {
  return `a_${createHash('sha256').update(name).update('\0').update(text).digest('hex').slice(0, 12)}`;
}

/** Builds the Article record from decoded text. */
export function makeArticle(input: {
  path: string;
  name: string;
  text: string;
  encoding: string;
  byteLength: number;
}): Article {
  return {
    id: articleId(input.name, input.text),
    path: input.path,
    name: input.name,
    title: titleOf(input.text, input.name),
    text: input.text,
    wordCount: countWords(input.text),
    encoding: input.encoding,
    byteLength: input.byteLength,
  };
}
