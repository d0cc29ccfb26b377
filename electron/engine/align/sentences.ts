/**
 * Sentences of an article for spun-copy detection, with their anchors: numbers and capitalised
 * words not at the start of a sentence. A spinner swaps common words for synonyms but leaves
 * names and numbers alone, so a sentence and its spun copy share their anchors.
 */

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
const ANCHOR = /(?<=[^\p{L}\p{N}]|^)(?:\p{Lu}[\p{L}'’.-]*|\p{N}[\p{N},.]*)/gu;
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

function anchorsOf(sentence: string): string[] {
  const found = new Set<string>();
  let first = true;
  for (const m of sentence.matchAll(ANCHOR)) {
    const word = m[0].replace(/[.,'’-]+$/u, '').toLowerCase();
    const atStart = first && m.index <= 2;
    first = false;
    if (atStart && !/^\p{N}/u.test(word)) continue;
    if (word.length < 2 || NOT_NAMES.has(word)) continue;
    found.add(word);
  }
  return [...found].sort();
}
