/**
 * Candidate stage: which pairs of distinct wordings are worth verifying. Never all pairs: an
 * inverted index of word 3-grams (shingles) proposes pairs that share one; 3-grams made only of
 * function words ("going to be") and very frequent 3-grams (stock phrases) are not indexed.
 * Wordings of one or two words are looked up as contiguous words inside longer ones by the same
 * speaker (the "unlikely" excerpt case).
 */
import { FNV_OFFSET, fnvStep } from '../text/hash';
import type { Token } from './tokens';

/** A distinct wording: versions with the same words and speaker are verified once. */
export interface Unit {
  /** Position in the list of units. */
  readonly index: number;
  /** The words (of the first version with this wording). */
  readonly tokens: readonly Token[];
  /** Canonical speaker, or null. */
  readonly speaker: string | null;
}

/**
 * A 3-gram shared by more wordings than this is a stock phrase, or a quote reported very often: its
 * wordings are then paired only with the few fullest among them (hubs), not with each other.
 */
export const MAX_SHINGLE_FREQUENCY = 30;

/** Hubs per over-frequent 3-gram. */
const HUBS = 3;

/** Fewer words than this and a wording is "short": found by lookup, linked only within a story. */
export const SHORT_WORDS = 3;

const SPACE = 0x20;

/** Feeds `n` as `String(n)` writes it, digit by digit for the usual small whole number (no string). */
function fnvNumber(h: number, n: number): number {
  if (!(n >= 0 && n <= 0x7fffffff && n === Math.floor(n))) {
    const s = String(n);
    for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
    return h;
  }
  let d = 1;
  while (d * 10 <= n) d *= 10;
  for (; d >= 1; d = (d / 10) | 0) h = fnvStep(h, 0x30 + (((n / d) | 0) % 10));
  return h;
}

/**
 * FNV-1a (unsigned) of the three key ids written with spaces between ("12 7 40"), without building
 * that string: shingles are compared by hash; a rare collision only adds a candidate.
 */
export function shingleHash(a: number, b: number, c: number): number {
  let h = fnvNumber(FNV_OFFSET, a);
  h = fnvNumber(fnvStep(h, SPACE), b);
  h = fnvNumber(fnvStep(h, SPACE), c);
  return h >>> 0;
}

const shingleCache = new WeakMap<readonly Token[], number[]>();

/** The distinct indexable 3-grams of a wording, as hashes (computed once per word list). */
export function shingles(tokens: readonly Token[]): number[] {
  const known = shingleCache.get(tokens);
  if (known) return known;
  const out = new Set<number>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    const c = tokens[i + 2]!;
    if (a.stop && b.stop && c.stop) continue;
    // Kept as a signed 32-bit number: the same 3-grams compare equal, and V8 keeps such a number
    // unboxed (a small integer) in sets, maps and arrays, where an unsigned one above 2^31 is a heap object.
    out.add(shingleHash(a.keyId, b.keyId, c.keyId) | 0);
  }
  const list = [...out];
  shingleCache.set(tokens, list);
  return list;
}

/** A proposed pair (i < j) and how many indexed 3-grams they share. */
export interface Candidate {
  /** Index of the first unit. */
  readonly i: number;
  /** Index of the second unit. */
  readonly j: number;
  /** Number of shared indexed 3-grams (0 for short-wording lookups). */
  readonly shared: number;
}

/** Proposes candidate pairs among units, in an order fixed by the input. */
export function candidatePairs(units: readonly Unit[]): Candidate[] {
  const postings = new Map<number, number[]>();
  // Indexed loops: this runs once per analysis, often before it is optimised, where for…of
  // allocates an iterator result per element.
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.tokens.length < SHORT_WORDS) continue;
    const own = shingles(u.tokens);
    for (let x = 0; x < own.length; x++) {
      const s = own[x]!;
      const list = postings.get(s);
      if (list) list.push(u.index);
      else postings.set(s, [u.index]);
    }
  }
  const n = units.length;
  const counts = new Map<number, number>();
  const add = (i: number, j: number): void => {
    const key = i < j ? i * n + j : j * n + i;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  // forEach rather than for…of: no iterator result (nor entry pair) per posting list and per pair.
  postings.forEach((list) => {
    if (list.length < 2) return;
    if (list.length > MAX_SHINGLE_FREQUENCY) {
      const hubs = [...list].sort((x, y) => units[y]!.tokens.length - units[x]!.tokens.length || x - y).slice(0, HUBS);
      for (const h of hubs) for (const u of list) if (u !== h) add(u, h);
      return;
    }
    for (let x = 0; x < list.length; x++) {
      const i = list[x]!;
      for (let y = x + 1; y < list.length; y++) {
        const key = i * n + list[y]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  });
  const out: Candidate[] = [];
  counts.forEach((shared, key) => {
    out.push({ i: Math.floor(key / n), j: key % n, shared });
  });
  shortCandidates(units, out);
  // Deterministic without sorting: map insertion order follows the input order.
  return out;
}

/** The short wordings of one speaker: one-word ones by key id, two-word ones by first then second key id. */
interface ShortWordings {
  readonly one: Map<number, number[]>;
  readonly two: Map<number, Map<number, number[]>>;
}

/** Where a list of units sits in a map, created empty when missing. */
function listIn<K>(map: Map<K, number[]>, key: K): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * Short wordings (one or two words) paired with same-speaker wordings that contain them, appended
 * to `out`. Looked up by speaker, then by key ids (equal keys, equal ids): no key string per word.
 */
function shortCandidates(units: readonly Unit[], out: Candidate[]): void {
  const wanted = new Map<string, ShortWordings>();
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.tokens.length === 0 || u.tokens.length >= SHORT_WORDS || u.speaker === null) continue;
    let bySpeaker = wanted.get(u.speaker);
    if (!bySpeaker) wanted.set(u.speaker, (bySpeaker = { one: new Map(), two: new Map() }));
    const first = u.tokens[0]!.keyId;
    if (u.tokens.length === 1) listIn(bySpeaker.one, first).push(u.index);
    else {
      let second = bySpeaker.two.get(first);
      if (!second) bySpeaker.two.set(first, (second = new Map()));
      listIn(second, u.tokens[1]!.keyId).push(u.index);
    }
  }
  if (wanted.size === 0) return;
  const n = units.length;
  const seen = new Set<number>();
  const pair = (s: number, u: number): void => {
    if (s === u) return;
    const a = s < u ? s : u;
    const b = s < u ? u : s;
    const id = a * n + b;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ i: a, j: b, shared: 0 });
  };
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.speaker === null) continue;
    const bySpeaker = wanted.get(u.speaker);
    if (!bySpeaker) continue;
    const tokens = u.tokens;
    // One-word wordings at every position, then two-word ones (the order the pairs are proposed in).
    for (let i = 0; i < tokens.length; i++) {
      const hits = bySpeaker.one.get(tokens[i]!.keyId);
      if (hits) for (const s of hits) pair(s, u.index);
    }
    for (let i = 0; i + 2 <= tokens.length; i++) {
      const hits = bySpeaker.two.get(tokens[i]!.keyId)?.get(tokens[i + 1]!.keyId);
      if (hits) for (const s of hits) pair(s, u.index);
    }
  }
}
