/**
 * Sentences of an article for spun-copy detection, with their anchors: numbers and capitalised
 * words not at the start of a sentence. A spinner swaps common words for synonyms but leaves
 * names and numbers alone, so a sentence and its spun copy share their anchors.
 */
import { classOf, codePointBefore, DIGIT, isSpace, LETTER, UPPER } from '../text/classes';

/**
 * Sentence ends: . ! ? (with closing quotes) followed by space and a capital or opening quote; and
 * line breaks. What `sentenceBounds` splits at (a property test holds the two together).
 */
export const BOUNDARY = /(?<=[.!?]["'”’»)]?)\s+(?=["'“‘«(]?[\p{Lu}\p{N}])|\n+/gu;

/**
 * What `anchorMatches` finds: a capital or a digit not right after a letter or digit, and what
 * follows it (letters, apostrophes, dots and hyphens after a capital; digits, commas and dots after
 * a digit). The extraction threads scan every sentence of every article for these.
 */
export const ANCHOR = /(?<=[^\p{L}\p{N}]|^)(?:\p{Lu}[\p{L}'’.-]*|\p{N}[\p{N},.]*)/gu;

/**
 * The matches of ANCHOR in order, found by a scan over the code points instead of the regex (whose
 * look-behind made it the costliest step of splitting sentences). A property test holds the two together.
 */
export function anchorMatches(text: string): { readonly text: string; readonly index: number }[] {
  const out: { text: string; index: number }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const c = classOf(cp);
    if (!(c & (UPPER | DIGIT)) || (i > 0 && classOf(codePointBefore(text, i)) & (LETTER | DIGIT))) {
      i += width;
      continue;
    }
    let j = i + width;
    while (j < n) {
      const next = text.codePointAt(j)!;
      // After a capital: letters, ' ’ . -; after a digit: digits , .
      const ok = c & UPPER ? classOf(next) & LETTER || next === 0x27 || next === 0x2019 || next === 0x2e || next === 0x2d : classOf(next) & DIGIT || next === 0x2c || next === 0x2e;
      if (!ok) break;
      j += next > 0xffff ? 2 : 1;
    }
    out.push({ text: text.slice(i, j), index: i });
    i = j;
  }
  return out;
}
/** Capitalised words that are not names, however they are written. */
const NOT_NAMES = new Set(['i', 'mr', 'mrs', 'ms', 'dr', 'the', 'a', 'an', 'he', 'she', 'it', 'we', 'they', 'but', 'and']);

/** A sentence in an `AnchorCache`: its text, its anchors' signature, and the next sentence with its hash. */
interface Cached {
  readonly text: string;
  /** Its anchors joined, when it has two or more (what spun-copy detection indexes articles by); else null. */
  readonly signature: string | null;
  readonly next: Cached | undefined;
}

/**
 * Sentences met before and their anchor signatures, by sentence hash: copies of one story repeat most
 * sentences, so each is read for anchors once. A sentence is found by the hash its caller worked out
 * anyway and compared as text, not hashed again as a Map key. Its owner bounds it (`size`, `clear`).
 */
export class AnchorCache {
  private readonly byHash = new Map<number, Cached>();
  /** Sentences held. */
  size = 0;

  clear(): void {
    this.byHash.clear();
    this.size = 0;
  }

  /** The signature of `text[start, end)` (see `signatureAt`), read from its anchors the first time it is met. */
  signatureAt(text: string, start: number, end: number, hash: number): string | null {
    const first = this.byHash.get(hash);
    const sentence = text.slice(start, end);
    for (let s = first; s; s = s.next) if (s.text === sentence) return s.signature;
    const signature = signatureOf(anchorsOf(sentence));
    this.byHash.set(hash, { text: sentence, signature, next: first });
    this.size++;
    return signature;
  }
}

/**
 * The anchor signature of the sentence `text[start, end)`, whose hash (any hash of its text, the same
 * for every call with one cache) is `hash`: its anchors joined with NUL when it has two or more, else
 * null. `cache` finds a repeated sentence's signature once.
 */
export function signatureAt(text: string, start: number, end: number, hash: number, cache?: AnchorCache): string | null {
  return cache ? cache.signatureAt(text, start, end, hash) : signatureOf(anchorsOf(text.slice(start, end)));
}

/** Anchors joined with NUL when there are two or more (fewer tell too little to find copies by); else null. */
function signatureOf(anchors: readonly string[]): string | null {
  return anchors.length >= 2 ? anchors.join('\u0000') : null;
}

/**
 * Start and end offsets of an article's sentences, in order, two numbers each: the pieces between
 * BOUNDARY's matches, trimmed, the empty ones left out. Found without the regex (whose look-behind,
 * and a slice, trim and search per piece, made splitting cost the extraction threads more than finding
 * quotes did): every match starts just after a . ! ? (or the closing quote after one) or at a line
 * break, so only those are looked at, and `indexOf` (native, fast) finds them.
 */
export function sentenceBounds(text: string): number[] {
  const out: number[] = [];
  const marks = new MarkFinder(text);
  let from = 0;
  for (let p = marks.next(0); p !== -1; ) {
    let i = p;
    if (text.charCodeAt(p) !== 0x0a) {
      i = p + 1;
      if (isCloser(text.charCodeAt(i))) i++;
    }
    const end = isSpace(text.charCodeAt(i)) ? boundaryEnd(text, i) : i;
    if (end > i) {
      pushTrimmed(text, from, i, out);
      from = end;
      p = marks.next(end);
    } else p = marks.next(p + 1);
  }
  pushTrimmed(text, from, text.length, out);
  return out;
}

/** The code units a BOUNDARY match comes right after, or starts with: . ! ? and a line break. */
const MARKS = ['.', '!', '?', '\n'] as const;

/** Finds the marks of a text in order, asking `indexOf` once per mark found, not once per character. */
class MarkFinder {
  /** The first position of each mark at or after the last `from` asked for; -1 when there is none. */
  private readonly ahead: Int32Array;

  constructor(private readonly text: string) {
    this.ahead = Int32Array.from(MARKS, (m) => text.indexOf(m));
  }

  /** The position of the first mark at or after `from`, or -1 when there is none. */
  next(from: number): number {
    let first = -1;
    for (let k = 0; k < MARKS.length; k++) {
      let at = this.ahead[k]!;
      if (at !== -1 && at < from) this.ahead[k] = at = this.text.indexOf(MARKS[k]!, from);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  }
}

/** Where the BOUNDARY match that starts at `i` (a space) ends; `i` when none starts there. */
function boundaryEnd(text: string, i: number): number {
  if (endsSentence(text, i)) {
    let j = i + 1;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (opensSentence(text, j)) return j;
  }
  let j = i;
  while (text.charCodeAt(j) === 0x0a) j++;
  return j;
}

/** BOUNDARY's look-behind: . ! ? just before `i`, or one of them and a closing quote or bracket. */
function endsSentence(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  if (isSentenceEnd(before)) return true;
  return isCloser(before) && isSentenceEnd(text.charCodeAt(i - 2));
}

/** BOUNDARY's look-ahead: a capital or digit at `j`, or an opening quote or bracket and one after it. */
function opensSentence(text: string, j: number): boolean {
  if (j >= text.length) return false;
  if (isCapitalOrDigitAt(text, j)) return true;
  return isOpener(text.charCodeAt(j)) && isCapitalOrDigitAt(text, j + 1);
}

function isCapitalOrDigitAt(text: string, j: number): boolean {
  return j < text.length && (classOf(text.codePointAt(j)!) & (UPPER | DIGIT)) !== 0;
}

/** . ! ? */
function isSentenceEnd(unit: number): boolean {
  return unit === 0x2e || unit === 0x21 || unit === 0x3f;
}

/** " ' ” ’ » ) */
function isCloser(unit: number): boolean {
  return unit === 0x22 || unit === 0x27 || unit === 0x201d || unit === 0x2019 || unit === 0xbb || unit === 0x29;
}

/** " ' “ ‘ « ( */
function isOpener(unit: number): boolean {
  return unit === 0x22 || unit === 0x27 || unit === 0x201c || unit === 0x2018 || unit === 0xab || unit === 0x28;
}

/** Adds the bounds of `text[from, to)` without its surrounding spaces to `out`, unless nothing is left. */
function pushTrimmed(text: string, from: number, to: number, out: number[]): void {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (from < to) out.push(from, to);
}

/** Anchors of a sentence: its distinct names and numbers, lower-cased and sorted (not the capital at its start). */
function anchorsOf(sentence: string): string[] {
  const found = new Set<string>();
  let first = true;
  for (const m of anchorMatches(sentence)) {
    const word = m.text.replace(/[.,'’-]+$/u, '').toLowerCase();
    const atStart = first && m.index <= 2;
    first = false;
    if (atStart && !/^\p{N}/u.test(word)) continue;
    if (word.length < 2 || NOT_NAMES.has(word)) continue;
    found.add(word);
  }
  return [...found].sort();
}
