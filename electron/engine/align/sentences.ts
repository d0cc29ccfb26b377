/**
 * Sentences of an article for spun-copy detection, with their anchors: numbers and capitalised
 * words not at the start of a sentence. A spinner swaps common words for synonyms but leaves
 * names and numbers alone, so a sentence and its spun copy share their anchors.
 */
import { classOf, codePointBefore, DIGIT, LETTER, UPPER } from '../text/classes';

/** One sentence with where it is and the anchors it holds. */
export interface Sentence {
  /** Position among the article's sentences. */
  readonly index: number;
  /** Start offset in the article text. */
  readonly start: number;
  /** The sentence text. */
  readonly text: string;
  /** Distinct anchors, sorted: lower-cased names and numbers. */
  readonly anchors: readonly string[];
}

/** Sentence ends: . ! ? (with closing quotes) followed by space and a capital or opening quote; and line breaks. */
const BOUNDARY = /(?<=[.!?]["'”’»)]?)\s+(?=["'“‘«(]?[\p{Lu}\p{N}])|\n+/gu;
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

/**
 * Splits an article into sentences with anchors. `anchorCache` (sentence text → anchors) lets copies
 * of one story, which repeat most sentences, find each sentence's anchors once.
 */
export function splitSentences(text: string, anchorCache?: Map<string, readonly string[]>): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (to: number): void => {
    const raw = text.slice(from, to);
    const trimmed = raw.trim();
    if (trimmed !== '') {
      const start = from + raw.indexOf(trimmed);
      let anchors = anchorCache?.get(trimmed);
      if (!anchors) {
        anchors = anchorsOf(trimmed);
        anchorCache?.set(trimmed, anchors);
      }
      out.push({ index: out.length, start, text: trimmed, anchors });
    }
  };
  for (const m of text.matchAll(BOUNDARY)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
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
