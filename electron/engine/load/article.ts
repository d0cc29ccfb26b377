import { createHash } from 'node:crypto';
import type { Article } from '../../../shared/types';

// Separator and letter classes are disjoint, so the repetition cannot backtrack (ReDoS-safe).
const WORD = /[\p{L}\p{N}]+(?:['’\-.]+[\p{L}\p{N}]+)*/gu;
const MAX_TITLE = 160;

/** Counts words the way an editor would: "U.S.-Russia" and "won’t" are one word each. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
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
