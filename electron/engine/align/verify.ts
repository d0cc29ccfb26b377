/**
 * Verify stage: are two wordings the same utterance? The test is containment: the words of the
 * shorter one must (almost all) appear, in order, in the longer one — weighted so function words
 * count little, which keeps "the next president of the United States" from joining two remarks.
 * How much is enough depends on the speakers: the same canonical speaker needs the least; a missing
 * speaker more; different speakers (a possible misattribution) need long, near-verbatim overlap.
 */
import type { Token } from './tokens';
import { alignWords, type Match } from './words';
import type { SynonymLookup } from './wordnet';

/** How two versions' speakers relate. */
export type SpeakerRelation = 'same' | 'unknown' | 'different';

/** What verification concluded for a pair. */
export interface Verdict {
  /**
   * 'strong': same utterance; 'weak': same words but too few to tell without a shared story;
   * 'distinct': a different sentence that shares a phrase with the other (see `strayEdge`), which
   * also forbids joining the two through third versions; null: not shown to be the same.
   */
  readonly link: 'strong' | 'weak' | 'distinct' | null;
  /** Weighted share (0..1) of the shorter wording found, in order, in the longer. */
  readonly containment: number;
}

/** Thresholds of the verify stage, by speaker relation. */
export const THRESHOLDS = {
  /** Same speaker: share of the shorter wording that must be found. */
  same: 0.7,
  /** Same speaker, both reported (indirect) speech: paraphrase is the norm, so a lower bar. */
  sameIndirect: 0.55,
  /** Content words that must match between reported statements: the lower bar needs substance. */
  indirectContent: 4,
  /** A speaker missing on one side. */
  unknown: 0.8,
  /** Content words that must match when a speaker is missing. */
  unknownContent: 4,
  /** Different speakers: the same words given to another person. */
  different: 0.9,
  /** Content words that must match across different speakers. */
  differentContent: 5,
  /** Same speaker: below this bound (words present in any order) a pair is not even aligned. */
  alignBound: 0.5,
} as const;

/**
 * How much a word counts as evidence: content words 1, function words and words of a dashed aside
 * (which other outlets often drop) a quarter, the writer's own [insertions] nothing.
 */
function weight(t: Token): number {
  if (t.editorial) return 0;
  return t.stop || t.aside ? 0.25 : 1;
}

const MATCH_VALUE = { same: 1, spelling: 1, truncated: 1, inflection: 0.8, synonym: 0.8 } as const;

/**
 * Which words of the shorter list are matched, as flags: one table reused by every call (cleared
 * after use, grown when needed) rather than a set per verified pair.
 */
let marked = new Uint8Array(256);
function markedScratch(length: number): Uint8Array {
  if (marked.length < length) marked = new Uint8Array(Math.max(length, marked.length * 2));
  return marked;
}

/** Weighted containment of the lighter list in the other, given their alignment. */
export function containment(a: readonly Token[], b: readonly Token[], matches: readonly Match[]): {
  readonly value: number;
  readonly content: number;
  readonly shorterIsA: boolean;
  readonly spread: number;
} {
  const wa = a.reduce((s, t) => s + weight(t), 0);
  const wb = b.reduce((s, t) => s + weight(t), 0);
  const shorterIsA = wa <= wb;
  const short = shorterIsA ? a : b;
  // A stretch of the shorter version set off by an ellipsis and sharing no word with the other
  // comes from a part of the speech the other did not quote: it does not count against it.
  const matched = markedScratch(Math.max(a.length, b.length));
  for (const m of matches) matched[shorterIsA ? m.a : m.b] = 1;
  const none = matches.length === 0;
  let total = 0;
  let segment = 0;
  let segmentHit = false;
  for (let i = 0; i < short.length; i++) {
    const t = short[i]!;
    if (t.afterEllipsis) {
      if (segmentHit || none) total += segment;
      segment = 0;
      segmentHit = false;
    }
    segment += weight(t);
    if (matched[i] === 1) segmentHit = true;
  }
  if (segmentHit || none) total += segment;
  for (const m of matches) matched[shorterIsA ? m.a : m.b] = 0;
  let got = 0;
  let content = 0;
  for (const m of matches) {
    const t = short[shorterIsA ? m.a : m.b]!;
    got += weight(t) * MATCH_VALUE[m.kind];
    if (!t.stop && !t.editorial) content++;
  }
  // How far apart the matched words lie in the longer wording, relative to the shorter's length:
  // an excerpt is compact; words of a stock phrase scattered over a long quote are not.
  const first = matches[0];
  const last = matches[matches.length - 1];
  const span = first && last ? (shorterIsA ? last.b - first.b : last.a - first.a) + 1 : 0;
  const spread = short.length > 0 ? span / short.length : 0;
  return { value: total > 0 ? got / total : 0, content, shorterIsA, spread };
}

/**
 * Overlapping excerpts: one version runs on where the other starts earlier ("A B" and "B C"). The
 * shared stretch must sit at the end of one and the start of the other, be nearly unbroken, and
 * carry enough content words; a stock phrase shared mid-sentence has no such shape.
 */
export function overlapping(a: readonly Token[], b: readonly Token[], matches: readonly Match[]): boolean {
  const first = matches[0];
  const last = matches[matches.length - 1];
  if (!first || !last) return false;
  const preA = first.a;
  const preB = first.b;
  const postA = a.length - 1 - last.a;
  const postB = b.length - 1 - last.b;
  const shape = (preB <= 1 && postA <= 1) || (preA <= 1 && postB <= 1);
  if (!shape) return false;
  // Both shared stretches must be nearly unbroken: words missing on either side mean another remark.
  const density = (tokens: readonly Token[], from: number, to: number, side: 'a' | 'b'): { dense: number; content: number; words: number } => {
    let total = 0;
    for (let i = from; i <= to; i++) total += weight(tokens[i]!);
    let got = 0;
    let content = 0;
    for (const m of matches) {
      const t = tokens[side === 'a' ? m.a : m.b]!;
      got += weight(t) * MATCH_VALUE[m.kind];
      if (!t.stop && !t.editorial) content++;
    }
    return { dense: total > 0 ? got / total : 0, content, words: to - from + 1 };
  };
  const da = density(a, first.a, last.a, 'a');
  const db = density(b, first.b, last.b, 'b');
  return (
    Math.min(da.words, db.words) >= OVERLAP.words &&
    Math.min(da.content, db.content) >= OVERLAP.content &&
    Math.min(da.dense, db.dense) >= OVERLAP.density
  );
}

/** Overlapping excerpts: shared stretch length, content words in it, and how unbroken it must be. */
export const OVERLAP = { words: 7, content: 2, density: 0.85 } as const;

/**
 * The shorter wording has content words of its own at an edge where the longer has other, more
 * words: it is not cut from the longer one but a different sentence sharing a phrase ("totally
 * against the war in Iraq" / "But I was against the war in Iraq. I said …"). A one-for-one
 * difference at the edge ("Though"/"Although") is a substitution instead, and an ellipsis marks
 * a writer's own cut.
 */
export function strayEdge(a: readonly Token[], b: readonly Token[], matches: readonly Match[], shorterIsA: boolean): boolean {
  const first = matches[0];
  const last = matches[matches.length - 1];
  if (!first || !last) return false;
  const s = shorterIsA ? a : b;
  const l = shorterIsA ? b : a;
  const sFirst = shorterIsA ? first.a : first.b;
  const lFirst = shorterIsA ? first.b : first.a;
  const sLast = shorterIsA ? last.a : last.b;
  const lLast = shorterIsA ? last.b : last.a;
  // An ellipsis on either side, in the stray run or where it joins the shared words, marks a writer's cut.
  // (Ranges of indexes, not slices: this runs for every pair verified word for word.)
  const strayStart = hasContent(s, 0, sFirst) && lFirst >= sFirst + 2 && !anyCut(s, 0, sFirst + 1) && !anyCut(l, 0, lFirst + 1);
  if (strayStart) return true;
  const sEnd = s.length - 1 - sLast;
  return hasContent(s, sLast + 1, s.length) && l.length - 1 - lLast >= sEnd + 2 && !anyCut(s, sLast + 1, s.length) && !anyCut(l, lLast + 1, l.length);
}

/** Some token in [from, to) comes after an ellipsis. */
function anyCut(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.afterEllipsis) return true;
  return false;
}

/** Some token in [from, to) is a content word of the speaker's own (not a function word, not [inserted]). */
function hasContent(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!tokens[i]!.stop && !tokens[i]!.editorial) return true;
  return false;
}

/**
 * An upper bound on containment without aligning: the share of the lighter version's weight whose
 * words occur anywhere in the other (any order). Most candidate pairs fail here, in linear time.
 */
export function containmentBound(
  a: readonly Token[],
  b: readonly Token[],
): { readonly value: number; readonly content: number; readonly count: number } {
  const pa = profile(a);
  const pb = profile(b);
  const shortIsA = pa.weight <= pb.weight;
  const short = shortIsA ? pa : pb;
  const long = shortIsA ? pb : pa;
  const present = presentIn(long.tokens);
  let got = 0;
  let content = 0;
  let count = 0;
  for (const t of short.tokens) {
    const maybe = long.censored || present(t) || t.cut || t.censored || (t.proper && long.proper);
    if (maybe) {
      got += weight(t);
      count++;
      if (!t.stop && !t.editorial) content++;
    }
  }
  // The other's last word may be a cut-off start of one of these words: allow one more.
  if (long.cut) {
    got += 1;
    content += 1;
    count += 1;
  }
  return { value: short.weight > 0 ? Math.min(1, got / short.weight) : 0, content, count };
}

/** What the bound needs of a version, computed once per word list. */
interface Profile {
  readonly tokens: readonly Token[];
  readonly weight: number;
  /** Has a censored word (which may stand for any word). */
  readonly censored: boolean;
  /** Has a name (which may be a transliteration of another). */
  readonly proper: boolean;
  /** Ends in a word that may be cut off. */
  readonly cut: boolean;
}

const profiles = new WeakMap<readonly Token[], Profile>();
function profile(tokens: readonly Token[]): Profile {
  let p = profiles.get(tokens);
  if (!p) {
    let total = 0;
    for (const t of tokens) total += weight(t);
    p = {
      tokens,
      weight: total,
      censored: tokens.some((t) => t.censored),
      proper: tokens.some((t) => t.proper),
      cut: tokens.some((t) => t.cut),
    };
    profiles.set(tokens, p);
  }
  return p;
}

/**
 * Whether a word's key or stem occurs in `tokens`. The list's ids are stamped into two tables shared
 * by every call (one stamp per call, so nothing needs clearing) instead of a set kept per word list:
 * tens of thousands of sets that lived through grouping. Valid until the next call.
 */
function presentIn(tokens: readonly Token[]): (t: Token) => boolean {
  let ok = true;
  for (const t of tokens) if (!stampable(t.keyId) || !stampable(t.stemId)) ok = false;
  if (!ok) {
    // Ids the tables cannot hold (never from the tokeniser, which numbers words from 0): a set.
    const keys = new Set(tokens.map((t) => t.keyId));
    const stems = new Set(tokens.map((t) => t.stemId));
    return (t) => keys.has(t.keyId) || stems.has(t.stemId);
  }
  if (stamp === 0x7fffffff) {
    keyStamps.fill(0);
    stemStamps.fill(0);
    stamp = 0;
  }
  const s = ++stamp;
  for (const t of tokens) {
    keyStamps = stampAt(keyStamps, t.keyId, s);
    stemStamps = stampAt(stemStamps, t.stemId, s);
  }
  const keys = keyStamps;
  const stems = stemStamps;
  return (t) => keys[t.keyId] === s || stems[t.stemId] === s;
}

let keyStamps: Int32Array = new Int32Array(1 << 16);
let stemStamps: Int32Array = new Int32Array(1 << 16);
let stamp = 0;

/** A word id the stamp tables can index. */
function stampable(id: number): boolean {
  return Number.isInteger(id) && id >= 0 && id < 1 << 28;
}

/** `table` with `id` stamped `s`, grown (doubled) first when too short. */
function stampAt(table: Int32Array, id: number, s: number): Int32Array {
  if (id >= table.length) {
    let size = table.length * 2;
    while (size <= id) size *= 2;
    const grown = new Int32Array(size);
    grown.set(table);
    table = grown;
  }
  table[id] = s;
  return table;
}

/** Decides whether two wordings are one utterance. */
export function verifyPair(
  a: readonly Token[],
  b: readonly Token[],
  relation: SpeakerRelation,
  bothIndirect: boolean,
  synonyms: SynonymLookup | null,
): Verdict {
  if (synonyms === null) {
    const bound = containmentBound(a, b);
    const bar = relation === 'same' ? THRESHOLDS.alignBound : relation === 'unknown' ? THRESHOLDS.unknown : THRESHOLDS.different;
    const mayOverlap = relation === 'same' && bound.content >= OVERLAP.content && bound.count >= OVERLAP.words - 1;
    if (bound.value < bar && !mayOverlap) return { link: null, containment: bound.value };
  }
  const matches = alignWords(a, b, { synonyms });
  const c = containment(a, b, matches);
  const shortLength = Math.min(a.length, b.length);
  if (c.spread > 2 && c.spread * shortLength > shortLength + 6) return { link: null, containment: c.value };
  // Only verbatim quoting is held to clean edges; a paraphrase (synonyms allowed) rewrites them too.
  if (synonyms === null && strayEdge(a, b, matches, c.shorterIsA)) return { link: 'distinct', containment: c.value };
  if (relation === 'same') {
    const bar = bothIndirect ? THRESHOLDS.sameIndirect : THRESHOLDS.same;
    if (bothIndirect && c.value < THRESHOLDS.same && c.content < THRESHOLDS.indirectContent) return { link: null, containment: c.value };
    if (c.value < bar) {
      if (overlapping(a, b, matches)) return { link: 'strong', containment: c.value };
      return { link: null, containment: c.value };
    }
    return { link: shortLength < 3 || c.content < 1 ? 'weak' : 'strong', containment: c.value };
  }
  if (relation === 'unknown') {
    const ok = c.value >= THRESHOLDS.unknown && c.content >= THRESHOLDS.unknownContent;
    return { link: ok ? 'strong' : null, containment: c.value };
  }
  // The same words under two names are a possible misattribution — unless the longer version
  // itself puts them in quotation marks: then its speaker is quoting the other, not misquoted.
  const longer = c.shorterIsA ? b : a;
  const quoted = matches.every((m) => longer[c.shorterIsA ? m.b : m.a]!.nested);
  const ok = c.value >= THRESHOLDS.different && c.content >= THRESHOLDS.differentContent && !quoted;
  return { link: ok ? 'strong' : null, containment: c.value };
}
