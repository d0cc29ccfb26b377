import { createHash } from 'node:crypto';
import type { Article } from '../../../shared/types';
import { classOf, DIGIT, LETTER } from '../text/classes';

const MAX_TITLE = 160;

/** Characters that join letters into one word: ' ’ - . */
function isJoiner(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019 || unit === 0x2d || unit === 0x2e;
}

/** Length in UTF-16 units of the letter or digit at `i`, or 0 when there is none (or the text ends). */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const cp = text.codePointAt(i)!;
  return classOf(cp) & (LETTER | DIGIT) ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * Counts words the way an editor would: "U.S.-Russia" and "won’t" are one word each. A word is what
 * /[\p{L}\p{N}]+(?:['’\-.]+[\p{L}\p{N}]+)*\/gu matches (a property test holds the two together):
 * runs of letters and digits joined by runs of joiners. Scanned by hand with the character classes of
 * ../text/classes.ts, because the regex allocated a match per word and the load stage counts every word
 * it reads.
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
      while (j < end && isJoiner(text.charCodeAt(j))) j++;
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
