/**
 * Tokens of the text outside quotations: words, punctuation, and one placeholder per quotation, so that
 * attribution patterns (`“…,” he said`) read as short token sequences.
 */
import { ACT_FORMS, CLAUSE_ACT_FORMS, QUOTING_FORMS, SPEECH_FORMS } from './lexicon';

export interface Token {
  readonly kind: 'word' | 'punct' | 'quote';
  readonly start: number;
  readonly end: number;
  /** The token as written; for a quote placeholder, the empty string. */
  readonly text: string;
  /** Lower case, with curly apostrophes straightened. */
  readonly lower: string;
  /** Index of the quotation (kind 'quote' only), else -1. */
  readonly quote: number;
  /** The word is a cue form or "according" (looked up once here; cue tests run many times per token). */
  readonly cueWord: boolean;
  /** The word is one of the speech acts the cue lexicon lacks ("demanded", "speculated"), looked up here too. */
  readonly actWord: boolean;
}

const CUE_WORDS: ReadonlySet<string> = new Set([...SPEECH_FORMS, ...QUOTING_FORMS, 'according']);
const ACT_WORDS: ReadonlySet<string> = new Set([...ACT_FORMS, ...CLAUSE_ACT_FORMS]);

const ABBREVIATED = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'st', 'jr', 'sr', 'rev', 'prof', 'capt', 'maj', 'adm', 'pres', 'atty', 'supt', 'mt', 'ft', 'inc', 'co', 'corp', 'ltd', 'no', 'vs']);

/** Letters and digits of the scripts news text uses (Latin, Greek, Cyrillic). */
function isLetterOrDigit(code: number): boolean {
  if (code < 0xc0) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return (code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x370 && code <= 0x4ff);
}

/** Characters allowed inside a word between letters: U.S., don’t, Lopez-Obrador, AT&T. */
function isJoiner(code: number): boolean {
  return code === 46 || code === 39 || code === 0x2019 || code === 45 || code === 38;
}

/** Punctuation kept as tokens: , ; : ! ? . — – - ( ) [ ] */
function isPunct(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 46 || code === 0x2014 || code === 0x2013 || code === 45 || code === 40 || code === 41 || code === 91 || code === 93;
}

/** Characters that leave a word unchanged by lower-casing: a-z, 0-9 and the ASCII joiners. */
function isPlainChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 46 || code === 39 || code === 45 || code === 38;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const LETTER = 1;
const PLAIN = 2;
const JOINER = 4;
const PUNCT = 8;
const ASCII_LETTER = 16;

/**
 * The classes above for every UTF-16 code unit, looked up once per character: the scanner visits every
 * character of every paragraph, and one table read is cheaper than the comparisons.
 */
const CLASSES = new Uint8Array(0x10000);
for (let code = 0; code < CLASSES.length; code++) {
  CLASSES[code] = (isLetterOrDigit(code) ? LETTER : 0) | (isPlainChar(code) ? PLAIN : 0) | (isJoiner(code) ? JOINER : 0) | (isPunct(code) ? PUNCT : 0) | (isAsciiLetter(code) ? ASCII_LETTER : 0);
}

/**
 * A filter in front of the cue-word set. Every cue word is ASCII letters only (and no other letter of the
 * scripts above lower-cases to an ASCII letter), so the scanner hashes a word's lower-cased ASCII letters
 * as it reads them and only a word whose hash is marked here is looked up. Looking up every word means
 * hashing every freshly sliced string, which was a quarter of tokenising.
 */
const CUE_HASH_BITS = 16;
const CUE_HASHES = new Uint8Array(1 << CUE_HASH_BITS);

/** Hash step for one ASCII letter (either case); the same for a word's lower and upper-case forms. */
function cueHashStep(hash: number, asciiLetter: number): number {
  return (Math.imul(hash, 31) + (asciiLetter | 0x20)) & ((1 << CUE_HASH_BITS) - 1);
}

/** Bits of a hash slot: some cue word hashes there, some speech-act word hashes there. */
const CUE_BIT = 1;
const ACT_BIT = 2;

function markHashes(words: ReadonlySet<string>, bit: number): void {
  for (const w of words) {
    let hash = 0;
    for (let i = 0; i < w.length; i++) hash = cueHashStep(hash, w.charCodeAt(i));
    CUE_HASHES[hash] = CUE_HASHES[hash]! | bit;
  }
}
markHashes(CUE_WORDS, CUE_BIT);
markHashes(ACT_WORDS, ACT_BIT);

// A module constant: a regex literal allocates a new RegExp each time it is evaluated.
const CURLY_APOSTROPHES = /’/g;

/**
 * A word token. `plain` says the scanner saw only ASCII lower-case letters, digits and ASCII joiners, so
 * the word is its own lower case: most words are, and skipping toLowerCase for them is a measurable share
 * of tokenising (see the tokenizer's unit tests for the equivalence).
 */
function word(text: string, start: number, end: number, plain: boolean, curly: boolean, hashBits: number): Token {
  const raw = text.slice(start, end);
  let lower = raw;
  if (!plain) {
    lower = raw.toLowerCase();
    if (curly) lower = lower.replace(CURLY_APOSTROPHES, "'");
  }
  const cueWord = (hashBits & CUE_BIT) !== 0 && CUE_WORDS.has(lower);
  const actWord = (hashBits & ACT_BIT) !== 0 && ACT_WORDS.has(lower);
  return { kind: 'word', start, end, text: raw, lower, quote: -1, cueWord, actWord };
}

/**
 * Tokenises [from, to), appending to `out`: words (letters/digits with inner joiners) and single
 * punctuation marks. A hand-written scanner: one pass, no regular expression, no backtracking.
 */
export function tokenizeRange(text: string, from: number, to: number, out: Token[]): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = CLASSES[c]!;
    if (cls & LETTER) {
      const start = i;
      let plain = (cls & PLAIN) !== 0;
      let curly = false;
      let dotted = false;
      // Only ASCII letters so far, and their cue hash.
      let letters = (cls & ASCII_LETTER) !== 0;
      let hash = letters ? cueHashStep(0, c) : 0;
      i++;
      for (;;) {
        while (i < to) {
          const code = text.charCodeAt(i);
          const d = CLASSES[code]!;
          if (!(d & LETTER)) break;
          if (!(d & PLAIN)) plain = false;
          if (d & ASCII_LETTER) hash = cueHashStep(hash, code);
          else letters = false;
          i++;
        }
        if (i + 1 < to) {
          const j = text.charCodeAt(i);
          if (CLASSES[j]! & JOINER && CLASSES[text.charCodeAt(i + 1)]! & LETTER) {
            letters = false;
            if (j === 0x2019) {
              plain = false;
              curly = true;
            } else if (j === 46) dotted = true;
            i++;
            continue;
          }
        }
        break;
      }
      // Keep the full stop of abbreviations and initials ("Mr.", "U.S.", "J.") with the word.
      if (i < to && text.charCodeAt(i) === 46) {
        const length = i - start;
        const initial = length === 1 && c >= 65 && c <= 90;
        if (initial || dotted || (length <= 4 && ABBREVIATED.has(text.slice(start, i).toLowerCase()))) {
          i++;
          letters = false;
        }
      }
      out.push(word(text, start, i, plain, curly, letters ? CUE_HASHES[hash]! : 0));
      continue;
    }
    if (cls & PUNCT) {
      const mark = text[i]!;
      out.push({ kind: 'punct', start: i, end: i + 1, text: mark, lower: mark, quote: -1, cueWord: false, actWord: false });
    }
    i++;
  }
}

export interface QuoteExtent {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark. */
  readonly close: number;
}

/** Tokens of [from, to) with each quotation (sorted, inside the range) replaced by one placeholder. */
export function tokenize(text: string, from: number, to: number, quotes: readonly QuoteExtent[], firstQuote: number): Token[] {
  const out: Token[] = [];
  let pos = from;
  for (let q = firstQuote; q < quotes.length; q++) {
    const quote = quotes[q]!;
    if (quote.open >= to) break;
    tokenizeRange(text, pos, quote.open, out);
    out.push({ kind: 'quote', start: quote.open, end: quote.close, text: '', lower: '', quote: q, cueWord: false, actWord: false });
    pos = quote.close;
  }
  tokenizeRange(text, pos, to, out);
  return out;
}

/**
 * The token is one of the lexicon's verbs of saying. Those are cue words, so the tokenizer's flag rules
 * out most tokens before the set is asked: the rules ask this of every token of many phrases.
 */
export function isSpeechForm(t: Token): boolean {
  return t.cueWord && SPEECH_FORMS.has(t.lower);
}

/** True for a comma token (the boundary most attribution patterns turn on). */
export function isComma(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && t.text === ',';
}
