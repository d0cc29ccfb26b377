/**
 * Candidate stage: which pairs of distinct wordings are worth verifying. Never all pairs: an
 * inverted index of word 3-grams (shingles) proposes pairs that share one; 3-grams made only of
 * function words ("going to be") and very frequent 3-grams (stock phrases) are not indexed.
 * Wordings of one or two words are looked up as contiguous words inside longer ones by the same
 * speaker (the "unlikely" excerpt case).
 */
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

function hash(s: string): number {
  // FNV-1a, 32 bit: shingles are compared by hash; a rare collision only adds a candidate.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const shingleCache = new WeakMap<readonly Token[], number[]>();

/** The distinct indexable 3-grams of a wording (computed once per word list). */
export function shingles(tokens: readonly Token[]): number[] {
  const known = shingleCache.get(tokens);
  if (known) return known;
  const out = new Set<number>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    const c = tokens[i + 2]!;
    if (a.stop && b.stop && c.stop) continue;
    out.add(hash(`${a.keyId} ${b.keyId} ${c.keyId}`));
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
  for (const u of units) {
    if (u.tokens.length < SHORT_WORDS) continue;
    for (const s of shingles(u.tokens)) {
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
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    if (list.length > MAX_SHINGLE_FREQUENCY) {
      const hubs = [...list].sort((x, y) => units[y]!.tokens.length - units[x]!.tokens.length || x - y).slice(0, HUBS);
      for (const h of hubs) for (const u of list) if (u !== h) add(u, h);
      continue;
    }
    for (let x = 0; x < list.length; x++) {
      const i = list[x]!;
      for (let y = x + 1; y < list.length; y++) {
        const key = i * n + list[y]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const out: Candidate[] = [];
  for (const [key, shared] of counts) out.push({ i: Math.floor(key / n), j: key % n, shared });
  for (const c of shortCandidates(units)) out.push(c);
  // Deterministic without sorting: map insertion order follows the input order.
  return out;
}

/** Short wordings (one or two words) paired with same-speaker wordings that contain them. */
function shortCandidates(units: readonly Unit[]): Candidate[] {
  const wanted = new Map<string, number[]>();
  for (const u of units) {
    if (u.tokens.length === 0 || u.tokens.length >= SHORT_WORDS || u.speaker === null) continue;
    const key = `${u.speaker}\u0000${u.tokens.map((t) => t.key).join(' ')}`;
    const list = wanted.get(key);
    if (list) list.push(u.index);
    else wanted.set(key, [u.index]);
  }
  if (wanted.size === 0) return [];
  // Only positions whose word can start a short wording are looked up.
  const starts = new Set<string>();
  for (const key of wanted.keys()) starts.add(key.slice(key.indexOf('\u0000') + 1).split(' ')[0]!);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const u of units) {
    if (u.speaker === null) continue;
    const keys = u.tokens.map((t) => t.key);
    for (let len = 1; len < SHORT_WORDS; len++) {
      for (let i = 0; i + len <= keys.length; i++) {
        if (!starts.has(keys[i]!)) continue;
        const hits = wanted.get(`${u.speaker}\u0000${keys.slice(i, i + len).join(' ')}`);
        for (const s of hits ?? []) {
          if (s === u.index) continue;
          const [a, b] = s < u.index ? [s, u.index] : [u.index, s];
          const id = `${a} ${b}`;
          if (seen.has(id)) continue;
          seen.add(id);
          out.push({ i: a, j: b, shared: 0 });
        }
      }
    }
  }
  return out;
}
