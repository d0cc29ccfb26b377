/**
 * Compare stage: one version against the reference, from their word alignment to labelled changes
 * (with where they sit: before, inside or after the shared words) and the wording class.
 * The class follows the scale: identical < cosmetic < partial < reworded.
 */
import type { ChangeKind, ChangePlace } from '../../../shared/alignment';
import type { Wording } from '../../../shared/types';
import type { Token } from './tokens';
import { alignWords, type Match } from './words';
import type { SynonymLookup } from './wordnet';

/** One labelled difference, as token ranges (reference [refFrom, refTo), version [verFrom, verTo)). */
export interface TokenChange {
  /** The kind of difference. */
  readonly kind: ChangeKind;
  /** Before, inside or after the shared words; null for substitutions and punctuation. */
  readonly place: ChangePlace | null;
  /** First reference token involved. */
  readonly refFrom: number;
  /** One past the last reference token involved. */
  readonly refTo: number;
  /** First version token involved. */
  readonly verFrom: number;
  /** One past the last version token involved. */
  readonly verTo: number;
  /** The writer marked this change: ellipsis, [brackets], or a quote cut off mid-word. */
  readonly marked: boolean;
  /** The wording class this change alone implies. */
  readonly severity: Wording;
}

/** The comparison of one version with the reference. */
export interface Comparison {
  /** The word alignment (reference index `a`, version index `b`). */
  readonly matches: readonly Match[];
  /** Every difference, in reference/version order. */
  readonly changes: readonly TokenChange[];
  /** The wording class: the most severe change's, or identical. */
  readonly wording: Wording;
}

const ORDER: readonly Wording[] = ['identical', 'cosmetic', 'partial', 'reworded'];

/** The more severe of two wording classes. */
export function worse(x: Wording, y: Wording): Wording {
  return ORDER.indexOf(x) >= ORDER.indexOf(y) ? x : y;
}

/** Rank of a wording class in identical < cosmetic < partial < reworded. */
export function wordingRank(w: Wording): number {
  return ORDER.indexOf(w);
}

function substitutionKind(r: Token, v: Token, synonyms: SynonymLookup | null): ChangeKind {
  if (synonyms && !r.stop && !v.stop && synonyms.areSynonyms(r.key, v.key)) return 'synonym';
  return 'changed';
}

/** Longest phrase (in words) shown as one substitution rather than as words added and left out. */
const PHRASE = 4;

/** WordNet has many phrases as lemmas ("take part", "end result"): look the phrases up whole. */
function phraseSynonyms(a: readonly Token[], b: readonly Token[], synonyms: SynonymLookup | null): boolean {
  if (!synonyms) return false;
  return synonyms.areSynonyms(a.map((t) => t.key).join('_'), b.map((t) => t.key).join('_'));
}

/** Punctuation written between two words, with styles that never count folded together. */
function sepClass(sep: string): string {
  return sep.replace(/[…]/g, '...').replace(/\.\.\.+/g, '...');
}

/** The keys of tokens [from, to) written together. */
function joinedKeys(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += tokens[i]!.key;
  return out;
}

/** True when two runs of words are the same letters split differently ("workforce" / "work force"). */
function sameJoined(ref: readonly Token[], r0: number, r1: number, ver: readonly Token[], v0: number, v1: number): boolean {
  if (r1 <= r0 || v1 <= v0 || (r1 - r0 === 1 && v1 - v0 === 1)) return false;
  return joinedKeys(ref, r0, r1) === joinedKeys(ver, v0, v1);
}

/** A gap at the edge: both sides' words next to the shared part pair up as substitutions (at most 2). */
function edgeChanges(
  changes: TokenChange[],
  ref: readonly Token[],
  ver: readonly Token[],
  synonyms: SynonymLookup | null,
  place: 'start' | 'end',
  r0: number,
  r1: number,
  v0: number,
  v1: number,
): void {
  if (sameJoined(ref, r0, r1, ver, v0, v1)) {
    changes.push({ kind: 'spelling', place: null, refFrom: r0, refTo: r1, verFrom: v0, verTo: v1, marked: false, severity: 'cosmetic' });
    return;
  }
  const rn = r1 - r0;
  const vn = v1 - v0;
  const pairs = rn > 0 && vn > 0 && Math.min(rn, vn) <= 2 ? Math.min(rn, vn) : 0;
  // Substitutions sit next to the shared words: at the end of a start gap, the start of an end gap.
  const rs = place === 'start' ? r1 - pairs : r0;
  const vs = place === 'start' ? v1 - pairs : v0;
  if (place === 'end') {
    for (let k = 0; k < pairs; k++) {
      changes.push({ kind: substitutionKind(ref[rs + k]!, ver[vs + k]!, synonyms), place: null, refFrom: rs + k, refTo: rs + k + 1, verFrom: vs + k, verTo: vs + k + 1, marked: false, severity: 'reworded' });
    }
    const re = r0 + pairs;
    const ve = v0 + pairs;
    if (r1 > re) changes.push({ kind: 'omitted', place, refFrom: re, refTo: r1, verFrom: v1, verTo: v1, marked: false, severity: 'partial' });
    if (v1 > ve) changes.push({ kind: 'inserted', place, refFrom: r1, refTo: r1, verFrom: ve, verTo: v1, marked: false, severity: 'partial' });
  } else {
    if (rs > r0) changes.push({ kind: 'omitted', place, refFrom: r0, refTo: rs, verFrom: v0, verTo: v0, marked: false, severity: 'partial' });
    if (vs > v0) changes.push({ kind: 'inserted', place, refFrom: r0, refTo: r0, verFrom: v0, verTo: vs, marked: false, severity: 'partial' });
    for (let k = 0; k < pairs; k++) {
      changes.push({ kind: substitutionKind(ref[rs + k]!, ver[vs + k]!, synonyms), place: null, refFrom: rs + k, refTo: rs + k + 1, verFrom: vs + k, verTo: vs + k + 1, marked: false, severity: 'reworded' });
    }
  }
}

/**
 * Compares `ver` with `ref` given (or computing) their alignment. Changes are pushed as single
 * literals and the helpers are module functions: this runs for every distinct wording of a group.
 */
export function compareTokens(
  ref: readonly Token[],
  ver: readonly Token[],
  synonyms: SynonymLookup | null,
  given?: readonly Match[],
): Comparison {
  const matches = given ?? alignWords(ref, ver, { synonyms });
  const changes: TokenChange[] = [];
  if (matches.length === 0) {
    if (ref.length > 0 || ver.length > 0) {
      changes.push({ kind: 'changed', place: null, refFrom: 0, refTo: ref.length, verFrom: 0, verTo: ver.length, marked: false, severity: 'reworded' });
    }
    return { matches, changes, wording: changes.length ? 'reworded' : 'identical' };
  }

  const first = matches[0]!;
  edgeChanges(changes, ref, ver, synonyms, 'start', 0, first.a, 0, first.b);
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (m.kind === 'spelling') {
      changes.push({ kind: 'spelling', place: null, refFrom: m.a, refTo: m.a + 1, verFrom: m.b, verTo: m.b + 1, marked: false, severity: 'cosmetic' });
    } else if (m.kind === 'truncated') {
      changes.push({ kind: 'omitted', place: 'end', refFrom: m.a, refTo: m.a + 1, verFrom: m.b, verTo: m.b + 1, marked: true, severity: 'partial' });
    } else if (m.kind === 'inflection') {
      changes.push({ kind: 'changed', place: null, refFrom: m.a, refTo: m.a + 1, verFrom: m.b, verTo: m.b + 1, marked: false, severity: 'reworded' });
    } else if (m.kind === 'synonym') {
      changes.push({ kind: 'synonym', place: null, refFrom: m.a, refTo: m.a + 1, verFrom: m.b, verTo: m.b + 1, marked: false, severity: 'reworded' });
    }
    const next = matches[k + 1];
    if (!next) break;
    const r0 = m.a + 1;
    const r1 = next.a;
    const v0 = m.b + 1;
    const v1 = next.b;
    if (r0 === r1 && v0 === v1) {
      // Equal punctuation is equal in class: most adjacent words need no folding at all.
      const rs = ref[next.a]!.sep;
      const vs = ver[next.b]!.sep;
      if (rs !== vs && sepClass(rs) !== sepClass(vs)) {
        changes.push({ kind: 'punctuation', place: null, refFrom: next.a, refTo: next.a + 1, verFrom: next.b, verTo: next.b + 1, marked: false, severity: 'cosmetic' });
      }
      continue;
    }
    if (sameJoined(ref, r0, r1, ver, v0, v1)) {
      changes.push({ kind: 'spelling', place: null, refFrom: r0, refTo: r1, verFrom: v0, verTo: v1, marked: false, severity: 'cosmetic' });
      continue;
    }
    const rn = r1 - r0;
    const vn = v1 - v0;
    const bracketed = ref.slice(r0, r1).some((t) => t.editorial) || ver.slice(v0, v1).some((t) => t.editorial);
    if (rn > 0 && vn > 0 && rn !== vn && Math.max(rn, vn) <= PHRASE && !bracketed) {
      // A word for a phrase or a phrase for a word ("overnight" → "in a single day"): one change.
      const kind = phraseSynonyms(ref.slice(r0, r1), ver.slice(v0, v1), synonyms) ? 'synonym' : 'changed';
      changes.push({ kind, place: null, refFrom: r0, refTo: r1, verFrom: v0, verTo: v1, marked: false, severity: 'reworded' });
      continue;
    }
    const pairs = Math.min(rn, vn);
    for (let p = 0; p < pairs; p++) {
      const r = ref[r0 + p]!;
      const v = ver[v0 + p]!;
      const marked = r.editorial || v.editorial;
      changes.push({ kind: substitutionKind(r, v, synonyms), place: null, refFrom: r0 + p, refTo: r0 + p + 1, verFrom: v0 + p, verTo: v0 + p + 1, marked, severity: marked ? 'partial' : 'reworded' });
    }
    if (r1 - r0 > pairs) {
      const from = r0 + pairs;
      // Omitted words are marked when the version shows an ellipsis there, or the reference had them in brackets.
      const marked = ver[v1]!.afterEllipsis || ref.slice(from, r1).every((t) => t.editorial);
      changes.push({ kind: 'omitted', place: 'inside', refFrom: from, refTo: r1, verFrom: v1, verTo: v1, marked, severity: marked ? 'partial' : 'reworded' });
    }
    if (v1 - v0 > pairs) {
      const from = v0 + pairs;
      const marked = ref[r1]!.afterEllipsis || ver.slice(from, v1).every((t) => t.editorial);
      changes.push({ kind: 'inserted', place: 'inside', refFrom: r1, refTo: r1, verFrom: from, verTo: v1, marked, severity: marked ? 'partial' : 'reworded' });
    }
  }
  const last = matches[matches.length - 1]!;
  edgeChanges(changes, ref, ver, synonyms, 'end', last.a + 1, ref.length, last.b + 1, ver.length);
  const merged = mergeContractions(changes, ref, ver);
  const wording = merged.reduce<Wording>((w, c) => worse(w, c.severity), 'identical');
  return { matches, changes: merged, wording };
}

/** Tokens i and j are the two halves of one written contraction. */
function sameWord(t: readonly Token[], i: number, j: number): boolean {
  return t[i] !== undefined && t[j] !== undefined && t[i]!.contraction && t[i]!.start === t[j]!.start && t[i]!.part === t[j]!.part;
}

/** One change for "does not"→"doesn’t", not one per half of the contraction. */
function mergeContractions(changes: readonly TokenChange[], ref: readonly Token[], ver: readonly Token[]): TokenChange[] {
  const out: TokenChange[] = [];
  for (const c of changes) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind === 'spelling' &&
      c.kind === 'spelling' &&
      prev.refTo === c.refFrom &&
      prev.verTo === c.verFrom &&
      (sameWord(ver, prev.verFrom, c.verFrom) || sameWord(ref, prev.refFrom, c.refFrom))
    ) {
      out[out.length - 1] = { ...prev, refTo: c.refTo, verTo: c.verTo };
      continue;
    }
    out.push(c);
  }
  return out;
}
