import { createHash } from 'node:crypto';
import type { Article } from '../../../shared/types';
import { classOf, DIGIT, isSpace, LETTER } from '../text/classes';

const MAX_TITLE = 160;

/** Characters that join letters into one word: ' ’ - . */
function isJoiner(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019 || unit === 0x2d || unit === 0x2e;
}

/** What a character is to a word: neither letter nor joiner, a letter or digit, a joiner. */
const OTHER = 0;
const ALNUM = 1;
const JOINER = 2;

/** The role of each ASCII code unit. */
const ASCII_ROLE = Uint8Array.from({ length: 0x80 }, (_, c) => (classOf(c) & (LETTER | DIGIT) ? ALNUM : isJoiner(c) ? JOINER : OTHER));

/**
 * `countWords`'s steps, by state (outside a word, in its letters and digits, in joiners right after
 * them) times 4 plus role: the next state, plus 4 when a word starts. A table instead of branches,
 * because whether the next character is a letter is what a branch predictor guesses worst in text.
 */
const STEP = Uint8Array.from([
  /* outside */ 0, 1 | 4, 0, 0,
  /* in a word */ 0, 1, 2, 0,
  /* after joiners */ 0, 1, 2, 0,
]);

/**
 * Counts words the way an editor would: "U.S.-Russia" and "won’t" are one word each. A word is what
 * /[\p{L}\p{N}]+(?:['’\-.]+[\p{L}\p{N}]+)*\/gu matches (a property test holds the two together):
 * runs of letters and digits joined by runs of joiners. So a run of letters and digits starts a new
 * word unless only joiners stand between it and the run before. Scanned in one pass over the code
 * units (a table for ASCII, the classes of ../text/classes.ts beyond), because the regex allocated a
 * match per word and the load stage counts every word it reads.
 */
export function countWords(text: string): number {
  let n = 0;
  let state = 0;
  const end = text.length;
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i);
    let role: number;
    if (unit < 0x80) role = ASCII_ROLE[unit]!;
    else if (unit === 0x2019) role = JOINER;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      // A surrogate pair is one code point; a lone high surrogate is neither letter nor joiner.
      const cp = text.codePointAt(i)!;
      role = classOf(cp) & (LETTER | DIGIT) ? ALNUM : OTHER;
      if (cp > 0xffff) i++;
    } else role = classOf(unit) & (LETTER | DIGIT) ? ALNUM : OTHER;
    const step = STEP[state * 4 + role]!;
    n += step >> 2;
    state = step & 3;
  }
  return n;
}

/** The first non-empty line, shortened at a word boundary; the file name (sans extension) when there is none. */
export function titleOf(text: string, fileName: string): string {
  const line = firstLine(text, TITLE_LINES);
  if (!line) return fileName.replace(/\.[^.]+$/, '');
  if (line.length <= MAX_TITLE) return line;
  const cut = line.lastIndexOf(' ', MAX_TITLE);
  return `${line.slice(0, cut > 80 ? cut : MAX_TITLE)}…`;
}

/** Lines a title is looked for in. */
const TITLE_LINES = 50;

/**
 * The first of the first `lines` lines (ended by CRLF, CR or LF) that is not blank, trimmed; null when
 * there is none. Read line by line, not split: splitting cut out and trimmed every line of the head.
 */
function firstLine(text: string, lines: number): string | null {
  let from = 0;
  for (let k = 0; k < lines; k++) {
    let to = from;
    while (to < text.length && text.charCodeAt(to) !== 0x0a && text.charCodeAt(to) !== 0x0d) to++;
    let start = from;
    while (start < to && isSpace(text.charCodeAt(start))) start++;
    if (start < to) return text.slice(start, to).trim();
    if (to >= text.length) return null;
    from = to + (text.charCodeAt(to) === 0x0d && text.charCodeAt(to + 1) === 0x0a ? 2 : 1);
  }
  return null;
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
  /** The title the document declares, if any; else the first line. */
  title?: string | undefined;
}): Article {
  return {
    id: articleId(input.name, input.text),
    path: input.path,
    name: input.name,
    title: input.title ? input.title : titleOf(input.text, input.name),
    text: input.text,
    wordCount: countWords(input.text),
    encoding: input.encoding,
    byteLength: input.byteLength,
  };
}
