/**
 * Tokenise stage: a quote's text → words with the facts the comparison needs about each: a
 * comparison key (case, apostrophe and quote-mark style, diacritics and cosmetic spelling removed),
 * the punctuation before it, and whether it sits in [brackets] or after an ellipsis — both ways a
 * writer marks their own change to a quote.
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { STOPWORDS, cosmeticKey, expandContraction } from './lexicon';
import { isSpace, startsUpper } from '../text/classes';

/** One word of a version, with where it stands and how it compares. */
export interface Token {
  /** The word as written (for a contraction: the whole contraction, on each of its halves). */
  readonly raw: string;
  /** Lower case, straight apostrophe, no diacritics, no dots: the word itself. */
  readonly norm: string;
  /** `norm` after cosmetic normalisation (American spelling, numerals); equal keys mean the same word. */
  readonly key: string;
  /** Porter stem of `key`, to tell another form of the same word ("law"/"laws"). */
  readonly stem: string;
  /** A number standing for `key` (equal keys, equal numbers), for fast comparison. */
  readonly keyId: number;
  /** A number standing for `stem`. */
  readonly stemId: number;
  /** Punctuation written between the previous word and this one (quote marks and spaces dropped). */
  readonly sep: string;
  /** Index of the quote part the word is in (a version may join several parts of one utterance). */
  readonly part: number;
  /** Start offset of the word in its part's text. */
  readonly start: number;
  /** End offset of the word in its part's text. */
  readonly end: number;
  /** Inside [brackets] or (parentheses): the writer's own insertion. */
  readonly editorial: boolean;
  /** An ellipsis stands between the previous word and this one. */
  readonly afterEllipsis: boolean;
  /** Inside quotation marks within the quote: words the speaker quotes from someone else. */
  readonly nested: boolean;
  /** Inside a parenthetical aside set off by a pair of dashes ("a woman — not me, not Bill — more"). */
  readonly aside: boolean;
  /** A censored word such as "f***" or "[censored]". */
  readonly censored: boolean;
  /** A function word, weighted low when judging overlap. */
  readonly stop: boolean;
  /** Half of an expanded contraction ("we've" → "we", "have"). */
  readonly contraction: boolean;
  /** The last word of its part with no punctuation after it: the quote may be cut off inside it. */
  readonly cut: boolean;
  /** Written with a capital letter not at the start of a sentence: likely a name. */
  readonly proper: boolean;
}

/**
 * Words: dotted abbreviations (U.S., F.B.I.), numbers with separators (30,000; 3.5%), censored
 * words (f***, s---), and letter/digit runs with inner apostrophes. Hyphens split words, so
 * "third-grade" ≡ "third grade" up to punctuation.
 */
const WORD =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)*(?:st|nd|rd|th)?%?|\p{L}+(?:\*+|-{2,})\p{L}*|[\p{L}\p{N}]+(?:['’ʼ‘`][\p{L}]+)*/gu;

/** Quote marks of every style, dropped from punctuation: quote-mark style never counts as a change. */
const QUOTE_MARK_CHARS = '"\'“”‘’„‟«»‹›`´';
const QUOTE_MARKS = new RegExp(`[${QUOTE_MARK_CHARS}]`, 'gu');
const QUOTE_MARK_UNITS = new Set([...QUOTE_MARK_CHARS].map((ch) => ch.charCodeAt(0)));
const APOSTROPHES = /['’ʼ‘`´]/gu;
const ELLIPSIS = /…|\.\s*\.\s*\./u;
/** Arabic article on transliterated names ("al-Qaddafi" ≡ "Gadhafi" up to spelling). */
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az)[-‐‑](?=\p{Lu})/u;

function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Normalises a word as written to its comparison form (case, apostrophes, diacritics, dots). */
function normWord(raw: string): string {
  return stripDiacritics(raw.toLowerCase()).replace(APOSTROPHES, "'").replace(/\./g, '').replace(/'$/, '');
}

/** Ranges of [bracketed] and (parenthesised) text, where a writer inserts their own words. */
function editorialRanges(text: string): readonly (readonly [number, number])[] {
  const ranges: [number, number][] = [];
  const re = /\[[^\]]*\]|\([^)]*\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** A word as written, its comparison form and (once needed) its words: one lookup per word tokenised. */
interface Written {
  readonly norm: string;
  words: readonly WordForms[] | undefined;
}
const writtenCache = new Map<string, Written>();
function writtenForms(bare: string): Written {
  let w = writtenCache.get(bare);
  if (w === undefined) {
    w = { norm: normWord(bare), words: undefined };
    if (writtenCache.size > 200_000) writtenCache.clear();
    writtenCache.set(bare, w);
  }
  return w;
}

const stemCache = new Map<string, string>();
function stemOf(key: string): string {
  let s = stemCache.get(key);
  if (s === undefined) {
    s = /\p{L}/u.test(key) ? PorterStemmer.stem(key) : key;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(key, s);
  }
  return s;
}

/**
 * Whether a word at `at` starts a sentence: within the four characters before it, the last that is
 * neither a quote mark nor white space (as `trimEnd` has it) is . ! ? or :, or there is none.
 */
function sentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const c = text.charCodeAt(i);
    if (QUOTE_MARK_UNITS.has(c) || isSpace(c)) continue;
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a;
  }
  return true;
}


/**
 * Ranges of quotations inside a quote (‘…’, "…", “…”). An opening mark follows a space or the start
 * and precedes a letter; a closing mark follows a letter or punctuation and precedes a space,
 * punctuation or the end — so the apostrophes of "don’t" or "Sanders’ campaign" do not count.
 */
function nestedRanges(text: string): readonly (readonly [number, number])[] {
  const ranges: [number, number][] = [];
  const re = /(?<=^|[\s([—–-])[‘'"“](?=[\p{L}\p{N}])([^"“”]*?)(?<=[\p{L}\p{N}.,!?])[’'"”](?=[\s.,;:!?)\]—–-]|$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** Ranges between a pair of dashes (em/en dash, or a spaced hyphen) within one sentence. */
function asideRanges(text: string): readonly (readonly [number, number])[] {
  const ranges: [number, number][] = [];
  const re = /(?:—|–|\s-\s)([^—–.!?]*?)(?:—|–|\s-\s)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** Splits one part of a version into tokens; `part` is its index within the version. */
export function tokenizePart(text: string, part: number): Token[] {
  const tokens: Mutable<Token>[] = [];
  // Each scan only when its marks occur at all: most quotes have no brackets, dashes or inner quotes.
  const editorial = /[[(]/.test(text) ? editorialRanges(text) : [];
  const nested = /(?:^|\s)[‘'"“]/.test(text) ? nestedRanges(text) : [];
  const asides = /[—–]|\s-\s/.test(text) ? asideRanges(text) : [];
  let prevEnd = 0;
  eachWrittenWord(text, (raw, start, end) => {
    const sepGap = text.slice(prevEnd, start);
    const inEditorial = inside(editorial, start, end);
    const censored = isCensored(raw, inEditorial);
    const { sep, afterEllipsis } = gapOf(sepGap);
    const bare = bareOf(raw);
    const forms = writtenForms(bare);
    const norm = forms.norm;
    const proper = startsUpper(bare) && !sentenceStart(text, start);
    const isNested = inside(nested, start, end);
    const isAside = inside(asides, start, end);
    const firstSep = tokens.length === 0 ? '' : sep;
    const ellipsisBefore = tokens.length > 0 && afterEllipsis;
    const shared: Shared = { raw, part, start, end, firstSep, ellipsisBefore, inEditorial, isNested, isAside, censored, proper };
    if (censored) {
      tokens.push(makeToken(shared, wordOf(norm, inEditorial ? '*' : `${norm.charAt(0)}*`), 0, false));
    } else {
      const words = (forms.words ??= wordsFor(norm));
      const contraction = words.length > 1;
      for (let i = 0; i < words.length; i++) tokens.push(makeToken(shared, words[i]!, i, contraction));
    }
    prevEnd = end;
  });
  // Only the last word can be cut off: nothing but quote marks and space may follow it.
  const last = tokens[tokens.length - 1];
  if (last) last.cut = text.slice(last.end).replace(QUOTE_MARKS, '').trim() === '';
  return tokens;
}

/**
 * `tokenizePart(text, part).length` without making the tokens: the same words, each one token but a
 * contraction (its halves). A sentence that is only measured (most of those spun-copy detection
 * looks at: its length alone rules a pair out) costs a scan, not a token list.
 */
export function countTokens(text: string): number {
  let n = 0;
  let editorial: readonly (readonly [number, number])[] | null = null;
  eachWrittenWord(text, (raw, start, end) => {
    n++;
    // Only a word with an apostrophe can be a contraction; only then does it matter whether it is censored.
    if (!/['’ʼ‘`´]/.test(raw)) return;
    const norm = writtenForms(bareOf(raw)).norm;
    if (!norm.includes("'")) return;
    editorial ??= /[[(]/.test(text) ? editorialRanges(text) : [];
    if (!isCensored(raw, inside(editorial, start, end))) n += (expandContraction(norm)?.length ?? 1) - 1;
  });
  return n;
}

/**
 * Calls `visit` with each written word of `text` (a match of WORD) and where it stands, an "al-"
 * before a capitalised name joined to the name ("al-Qaddafi"): the words `tokenizePart` and
 * `countTokens` both go by.
 */
function eachWrittenWord(text: string, visit: (raw: string, start: number, end: number) => void): void {
  let articleStart = -1;
  // exec with lastIndex rather than matchAll, which copies the (Unicode) pattern on every call.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    // Held for the next word.
    if (raw.length <= 3 && hyphenWithin(text, start + 1, start + 4) && ARTICLE_PREFIX.test(text.slice(start, start + 4))) {
      articleStart = start;
      continue;
    }
    if (articleStart >= 0) {
      visit(text.slice(articleStart, end), articleStart, end);
      articleStart = -1;
    } else visit(raw, start, end);
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A written word without an Arabic article ("al-Qaddafi" → "Qaddafi"); most words have none, and skip the regex. */
function bareOf(raw: string): string {
  return raw.length > 3 && raw.charCodeAt(2) < 128 && /^[a-z]{2,3}[-‐‑]/i.test(raw) ? raw.replace(ARTICLE_PREFIX, '') : raw;
}

/** Whether a word is censored ("f***", "s--t", or an editor's "[expletive]"). */
function isCensored(raw: string, inEditorial: boolean): boolean {
  return raw.includes('*') || raw.includes('--') || (inEditorial && /^(censored|expletive|deleted|bleep)$/i.test(raw));
}

/** Whether a hyphen of any kind stands in text[from, to): most words are not "al-" before a name, and need no test. */
function hyphenWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}


/** What the text between two words makes of the second: its punctuation, and whether an ellipsis stands there. */
interface Gap {
  readonly sep: string;
  readonly afterEllipsis: boolean;
}
const SPACE_GAP: Gap = { sep: '', afterEllipsis: false };
/** Gaps by their text: a few kinds ("", " ", ", ", ". ") make up most. */
const gapCache = new Map<string, Gap>();
function gapOf(text: string): Gap {
  if (text === ' ') return SPACE_GAP;
  let gap = gapCache.get(text);
  if (gap === undefined) {
    gap = { sep: text.replace(QUOTE_MARKS, '').replace(/[\s[\]()]+/gu, ''), afterEllipsis: text.length > 1 && ELLIPSIS.test(text) };
    if (gapCache.size > 10_000) gapCache.clear();
    gapCache.set(text, gap);
  }
  return gap;
}

/** What the words of one written word (one, or two for a contraction) have in common. */
interface Shared {
  readonly raw: string;
  readonly part: number;
  readonly start: number;
  readonly end: number;
  readonly firstSep: string;
  readonly ellipsisBefore: boolean;
  readonly inEditorial: boolean;
  readonly isNested: boolean;
  readonly isAside: boolean;
  readonly censored: boolean;
  readonly proper: boolean;
}

function inside(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  for (const [a, b] of ranges) if (start > a && end < b) return true;
  return false;
}

/** The comparison forms of one word, computed once per distinct word. */
interface WordForms {
  readonly norm: string;
  readonly key: string;
  readonly stem: string;
  readonly keyId: number;
  readonly stemId: number;
  readonly stop: boolean;
}

function wordOf(norm: string, key: string): WordForms {
  const stem = stemOf(key);
  return { norm, key, stem, keyId: intern(key), stemId: intern(stem), stop: STOPWORDS.has(norm) };
}

const formsCache = new Map<string, readonly WordForms[]>();
/** The word's forms, or its halves' when it is a contraction ("we've" → "we", "have"). */
function wordsFor(norm: string): readonly WordForms[] {
  let forms = formsCache.get(norm);
  if (forms === undefined) {
    const expanded = norm.includes("'") ? expandContraction(norm) : null;
    forms = (expanded ?? [norm]).map((w) => wordOf(w, keyOf(w)));
    if (formsCache.size > 200_000) formsCache.clear();
    formsCache.set(norm, forms);
  }
  return forms;
}

function makeToken(s: Shared, w: WordForms, i: number, contraction: boolean): Mutable<Token> {
  return {
    raw: s.raw,
    norm: w.norm,
    key: w.key,
    stem: w.stem,
    keyId: w.keyId,
    stemId: w.stemId,
    sep: i === 0 ? s.firstSep : '',
    part: s.part,
    start: s.start,
    end: s.end,
    editorial: s.inEditorial,
    afterEllipsis: i === 0 && s.ellipsisBefore,
    nested: s.isNested,
    aside: s.isAside,
    censored: s.censored,
    stop: w.stop,
    contraction,
    cut: false,
    proper: s.proper,
  };
}

const ids = new Map<string, number>();
/** A small integer per distinct string, so the word alignment compares numbers, not strings. */
function intern(s: string): number {
  let id = ids.get(s);
  if (id === undefined) {
    id = ids.size;
    ids.set(s, id);
  }
  return id;
}

const keyCache = new Map<string, string>();
function keyOf(norm: string): string {
  let key = keyCache.get(norm);
  if (key === undefined) {
    key = cosmeticKey(norm);
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(norm, key);
  }
  return key;
}

/** Tokenises the parts of one version in order (parts of an utterance split by its attribution). */
export function tokenize(parts: readonly string[]): Token[] {
  if (parts.length === 1) return tokenizePart(parts[0]!, 0);
  const out: Token[] = [];
  let trailing = '';
  parts.forEach((text, i) => {
    const tokens = tokenizePart(text, i);
    // The punctuation a part ends with stands between it and the next part ("… use it," he said, "you …").
    const first = tokens[0];
    if (first && out.length > 0) tokens[0] = { ...first, sep: trailing };
    const last = tokens[tokens.length - 1];
    trailing = last ? text.slice(last.end).replace(QUOTE_MARKS, '').replace(/\s+/gu, '') : '';
    if (last && i < parts.length - 1) tokens[tokens.length - 1] = { ...last, cut: false };
    out.push(...tokens);
  });
  return out;
}
