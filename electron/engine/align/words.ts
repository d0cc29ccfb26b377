/**
 * Word alignment: the longest common subsequence of two token lists under a graded equivalence
 * (same word > cosmetic variant > truncated word > other form or synonym). A weighted LCS rather
 * than a generic diff because "same word" here has degrees; jsdiff's diffArrays would need the
 * grades folded into one comparator and could not prefer an exact match over a synonym.
 */
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone.js';
import type { Token } from './tokens';
import { WordNetSynonyms, type SynonymLookup } from './wordnet';

/** WordNet as a dictionary: is a cut-off word a word of its own? */
const lexicon = new WordNetSynonyms();

/** How two aligned words relate. */
export type MatchKind =
  /** Same word (case, apostrophes, quote marks aside). */
  | 'same'
  /** Same word, other spelling: British/American, numeral, contraction, transliteration, censoring. */
  | 'spelling'
  /** A quote cut off inside a word ("Clinto" for "Clinton"). */
  | 'truncated'
  /** Another form of the same word ("law"/"laws"). */
  | 'inflection'
  /** WordNet synonyms. */
  | 'synonym';

/** One pair of aligned words: index in `a`, index in `b`, and how they relate. */
export interface Match {
  /** Index of the word in the first list. */
  readonly a: number;
  /** Index of the word in the second list. */
  readonly b: number;
  /** How the two words relate. */
  readonly kind: MatchKind;
}

const SCORE: Readonly<Record<MatchKind, number>> = { same: 1, spelling: 0.95, truncated: 0.9, inflection: 0.6, synonym: 0.6 };

const RUN_BONUS = 0.1;

const metaphone = new DoubleMetaphone();
const phoneticCache = new Map<string, string>();
function phonetic(word: string): string {
  let code = phoneticCache.get(word);
  if (code === undefined) {
    code = metaphone.process(word)[0];
    if (phoneticCache.size > 100_000) phoneticCache.clear();
    phoneticCache.set(word, code);
  }
  return code;
}

const transliterations = new Map<number | string, boolean>();

/** Names spelt differently by transliteration: Muammar/Moammar, Qaddafi/Gadhafi. */
function transliterated(x: Token, y: Token): boolean {
  if (!x.proper || !y.proper || x.key.length < 4 || y.key.length < 4) return false;
  const lo = Math.min(x.keyId, y.keyId);
  const hi = Math.max(x.keyId, y.keyId);
  // One number per pair of names (no string to build on every cell that compares two names) while
  // the ids fit in 26 bits each, as they do but for a vocabulary of tens of millions of words.
  const id = hi < 0x4000000 ? lo * 0x4000000 + hi : `${lo} ${hi}`;
  let known = transliterations.get(id);
  if (known === undefined) {
    known = JaroWinklerDistance(x.key, y.key) >= 0.88 || (phonetic(x.key).length >= 3 && phonetic(x.key) === phonetic(y.key));
    if (transliterations.size > 200_000) transliterations.clear();
    transliterations.set(id, known);
  }
  return known;
}

/** A word as written, up to case and apostrophe style (once per distinct spelling: aligning compares the same words again and again). */
const writtenCache = new Map<string, string>();
function written(raw: string): string {
  let w = writtenCache.get(raw);
  if (w === undefined) {
    w = raw.toLowerCase().replace(/[’ʼ‘`´]/g, "'");
    if (writtenCache.size > 100_000) writtenCache.clear();
    writtenCache.set(raw, w);
  }
  return w;
}

/** `cut` is the start of `whole` and not a word itself ("Clinto" of "Clinton", but not "part" of "participate"). */
function truncatedWord(cut: Token, whole: Token): boolean {
  if (cut.key.length < 3 || !whole.key.startsWith(cut.key) || cut.stop) return false;
  return lexicon.synsets(cut.key).size === 0;
}

/** How `x` (from list a) and `y` (from list b) relate, or null when they are different words. */
export function relate(
  x: Token,
  y: Token,
  lastA: boolean,
  lastB: boolean,
  synonyms: SynonymLookup | null,
): MatchKind | null {
  if (x.keyId === y.keyId) {
    if (x.norm !== y.norm || x.contraction !== y.contraction || x.censored !== y.censored) return 'spelling';
    // "F.B.I." / "FBI": the same word written with other punctuation inside it.
    if (x.raw !== y.raw && written(x.raw) !== written(y.raw)) return 'spelling';
    return 'same';
  }
  if (x.censored !== y.censored) {
    const plain = x.censored ? y : x;
    const starred = x.censored ? x : y;
    if (starred.key === '*' || plain.key.startsWith(starred.key.slice(0, -1))) return 'spelling';
    return null;
  }
  if (lastA && x.cut && truncatedWord(x, y)) return 'truncated';
  if (lastB && y.cut && truncatedWord(y, x)) return 'truncated';
  if (x.stemId === y.stemId && x.key.length > 2 && y.key.length > 2) return 'inflection';
  if (x.proper && y.proper && transliterated(x, y)) return 'spelling';
  if (synonyms && !x.stop && !y.stop && synonyms.areSynonyms(x.key, y.key)) return 'synonym';
  return null;
}

/** Options of `alignWords`. */
export interface AlignOptions {
  /** Synonym lookup for matching content words; null to match only same/cosmetic/inflected words. */
  readonly synonyms: SynonymLookup | null;
}

/**
 * Aligns two token lists: the matching with the highest total score keeping word order
 * (Needleman–Wunsch with zero gap cost, i.e. a weighted LCS). O(|a|·|b|) time.
 */
export function alignWords(a: readonly Token[], b: readonly Token[], options: AlignOptions): Match[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const run = n <= m ? contiguousRun(a, b) : contiguousRun(b, a);
  if (run >= 0) {
    // One list is a stretch of the other word for word (an excerpt): that stretch is the alignment.
    return n <= m
      ? a.map((x, k) => ({ a: k, b: run + k, kind: relate(x, b[run + k]!, k === n - 1, run + k === m - 1, null) ?? 'same' }))
      : b.map((y, k) => ({ a: run + k, b: k, kind: relate(a[run + k]!, y, run + k === n - 1, k === m - 1, null) ?? 'same' }));
  }
  if (n * m > MAX_CELLS) return greedyAlign(a, b, options);
  const width = m + 1;
  const { score, move, keyB, stemB, flagB } = scratchFor((n + 1) * width, m);
  // Row 0 and column 0 are read before written (the empty prefix: score 0, no move); the other
  // cells are written before they are read, so the scratch needs no clearing beyond these.
  score.fill(0, 0, width);
  move.fill(0, 0, width);
  for (let i = 1; i <= n; i++) {
    score[i * width] = 0;
    move[i * width] = 0;
  }
  // 0 = came from up (skip a), 1 = left (skip b), 2+k = diagonal match of kind k.
  const kinds = KINDS;
  // Columns as typed arrays: most cells compare two different plain words and are ruled out by
  // comparing numbers; only the rest get the full test.
  const synonyms = options.synonyms;
  for (let j = 0; j < m; j++) {
    const t = b[j]!;
    keyB[j] = t.keyId;
    stemB[j] = t.stemId;
    flagB[j] = special(t, j === m - 1, synonyms !== null);
  }
  for (let i = 1; i <= n; i++) {
    const x = a[i - 1]!;
    const kx = x.keyId;
    const sx = x.stemId;
    const fx = special(x, i === n, synonyms !== null);
    const row = i * width;
    const prevRow = (i - 1) * width;
    for (let j = 1; j <= m; j++) {
      const up = score[prevRow + j]!;
      const left = score[row + j - 1]!;
      let best = up;
      let dir = 0;
      if (left > best) {
        best = left;
        dir = 1;
      }
      const fy = flagB[j - 1]!;
      let kind: MatchKind | null = null;
      if (kx === keyB[j - 1] || sx === stemB[j - 1] || (fx | fy) & 5 || fx & fy & 10) {
        kind = relate(x, b[j - 1]!, i === n, j === m, synonyms);
      }
      if (kind !== null) {
        // A small bonus for continuing a run of matches makes the alignment prefer one contiguous
        // stretch (the excerpt's own place) over the same words picked from scattered places.
        const run = move[prevRow + j - 1]! >= 2 ? RUN_BONUS : 0;
        const diag = score[prevRow + j - 1]! + SCORE[kind] + run;
        if (diag >= best) {
          best = diag;
          dir = 2 + kinds.indexOf(kind);
        }
      }
      score[row + j] = best;
      move[row + j] = dir;
    }
  }
  const matches: Match[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const dir = move[i * width + j]!;
    if (dir === 0) i--;
    else if (dir === 1) j--;
    else {
      matches.push({ a: i - 1, b: j - 1, kind: kinds[dir - 2]! });
      i--;
      j--;
    }
  }
  return trimStrayMatches(matches.reverse(), a, b);
}

const KINDS: readonly MatchKind[] = ['same', 'spelling', 'truncated', 'inflection', 'synonym'];

/** What makes a word need the full test in a cell: censored 1, a name 2, a cut-off last word 4, a synonym candidate 8. */
function special(t: Token, last: boolean, wantSynonyms: boolean): number {
  return (t.censored ? 1 : 0) | (t.proper ? 2 : 0) | (last && t.cut ? 4 : 0) | (wantSynonyms && !t.stop ? 8 : 0);
}

/**
 * The alignment's tables, reused from call to call (grown when needed): the stages align many
 * thousands of short word lists, for which allocating the tables cost more than filling them.
 * Never shared across calls in progress (alignWords does not re-enter itself).
 */
let scratch = { score: new Float64Array(1024), move: new Uint8Array(1024), keyB: new Int32Array(64), stemB: new Int32Array(64), flagB: new Uint8Array(64) };
function scratchFor(cells: number, columns: number): typeof scratch {
  if (scratch.score.length >= cells && scratch.keyB.length >= columns) return scratch;
  const c = Math.max(cells, scratch.score.length);
  const k = Math.max(columns, scratch.keyB.length);
  const tables = { score: new Float64Array(c), move: new Uint8Array(c), keyB: new Int32Array(k), stemB: new Int32Array(k), flagB: new Uint8Array(k) };
  // Tables for two long quotes (up to 18 MB) are not kept: they are rare, and would stay for good.
  if (c <= KEPT_CELLS) scratch = tables;
  return tables;
}
const KEPT_CELLS = 1 << 18;

/** Above this many cells (two 1,400-word quotes) the exact alignment would cost too much memory and time. */
const MAX_CELLS = 2_000_000;

/**
 * Alignment for very long versions: walk both lists, matching each word of `a` with its next
 * occurrence in `b` within a window. Approximate (it can miss a better pairing far ahead) but
 * linear, so a whole article mistaken for a quote cannot stall the stage.
 */
function greedyAlign(a: readonly Token[], b: readonly Token[], options: AlignOptions): Match[] {
  const WINDOW = 40;
  const out: Match[] = [];
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const end = Math.min(b.length, j + WINDOW);
    for (let k = j; k < end; k++) {
      const kind = relate(a[i]!, b[k]!, i === a.length - 1, k === b.length - 1, options.synonyms);
      if (kind !== null) {
        out.push({ a: i, b: k, kind });
        j = k + 1;
        break;
      }
    }
  }
  return trimStrayMatches(out, a, b);
}

/** Where `short`'s words occur as one unbroken stretch of `long` (same keys), or -1; the last such place. */
export function contiguousRun(short: readonly Token[], long: readonly Token[]): number {
  const n = short.length;
  const first = short[0]!.keyId;
  // The last occurrence, like the alignment's preference for the later of equal matches.
  for (let start = long.length - n; start >= 0; start--) {
    if (long[start]!.keyId !== first) continue;
    let k = 1;
    while (k < n && long[start + k]!.keyId === short[k]!.keyId) k++;
    if (k === n) return start;
  }
  return -1;
}

/**
 * Drops function-word matches at either end that stand apart from the rest (a "the" matched ten
 * words away): they are chance, and would make an excerpt look scattered or hide where it stops.
 * `matches` is the caller's own list: returned itself when nothing is dropped (the usual case).
 */
function trimStrayMatches(matches: Match[], a: readonly Token[], b: readonly Token[]): Match[] {
  const [from, to] = keptRange(matches, a, b);
  return from === 0 && to === matches.length ? matches : matches.slice(from, to);
}

/** The matches `trimStrayMatches` keeps, as [from, to). */
function keptRange(matches: readonly Match[], a: readonly Token[], b: readonly Token[]): readonly [number, number] {
  let from = 0;
  let to = matches.length;
  while (to - from > 1 && strayMatch(matches[from]!, matches[from + 1], a, b)) from++;
  while (to - from > 1 && strayMatch(matches[to - 1]!, matches[to - 2], a, b)) to--;
  return [from, to];
}

/** A function-word match with no neighbour `n` right next to it. */
function strayMatch(m: Match, n: Match | undefined, a: readonly Token[], b: readonly Token[]): boolean {
  return a[m.a]!.stop && b[m.b]!.stop && (n === undefined || Math.abs(n.a - m.a) > 1 || Math.abs(n.b - m.b) > 1);
}
