/**
 * Cross-article canonical names. Names that share a surname merge when their first names are spelling or
 * transliteration variants (Sergei / Sergey: same Double Metaphone code, Jaro–Winkler ≥ 0.85), never when
 * the first names differ (Donald / Ivanka Trump). A bare surname joins the one full name that has it,
 * and stays alone when several people share it. Accents do not separate people (Calderón / Calderon):
 * outlets and archives drop them.
 */
import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone.js';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { startsUpper } from '../text/classes';

const metaphone = new DoubleMetaphone();

// Module constants: a regex literal allocates a new RegExp each time it is evaluated.
const FINAL_STOP = /\.$/;
const COMBINING_MARKS = /\p{M}/gu;

/** True when every code unit is ASCII: most names are, and NFD leaves them as they are, with no marks. */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** The name without accents, for comparing: "Calderón" and "Calderon" are one surname. */
const fold = (word: string): string => (isAscii(word) ? word : word.normalize('NFD').replace(COMBINING_MARKS, ''));

function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  const x = fold(a).replace(FINAL_STOP, '');
  const y = fold(b).replace(FINAL_STOP, '');
  if (x.length === 1 || y.length === 1) return x[0] === y[0]; // an initial
  if (JaroWinklerDistance(x, y, { ignoreCase: true }) < 0.85) return false;
  const [p1, s1] = metaphone.process(x);
  const [p2, s2] = metaphone.process(y);
  return p1 === p2 || s1 === s2 || p1 === s2 || s1 === p2;
}

function split(name: string): { first: string; last: string } | null {
  const words = name.split(' ');
  if (words.length < 2) return null;
  if (!startsUpper(words[0]!)) return null; // descriptions ("a spokesman for Disney") are not merged
  return { first: words[0]!, last: fold(words[words.length - 1]!) };
}

/**
 * Maps each name to its canonical form across the article set. `counts` says how often each name is
 * credited; the most frequent spelling of a merged cluster represents it.
 */
export function mergeNames(counts: ReadonlyMap<string, number>): Map<string, string> {
  // Names by position, with a union–find over positions: a set of thousands of names is merged on the
  // coordinating thread, and typed arrays cost less than maps keyed by the names.
  const names = [...counts.keys()];
  const parent = new Int32Array(names.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (n: number): number => {
    let r = n;
    while (parent[r] !== r) r = parent[r]!;
    parent[n] = r;
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  };

  // Each name split once.
  const firsts: string[] = [];
  const bySurname = new Map<string, number[]>();
  names.forEach((name, i) => {
    const parts = split(name);
    firsts.push(parts ? parts.first : '');
    if (!parts) return;
    const list = bySurname.get(parts.last);
    if (list) list.push(i);
    else bySurname.set(parts.last, [i]);
  });
  for (const list of bySurname.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (sameFirstName(firsts[list[i]!]!, firsts[list[j]!]!)) union(list[i]!, list[j]!);
      }
    }
  }
  // A bare surname joins the single person who has it.
  names.forEach((name, i) => {
    if (name.includes(' ') || !startsUpper(name)) return;
    const list = bySurname.get(fold(name));
    if (!list) return;
    const root = find(list[0]!);
    if (list.every((other) => find(other) === root)) union(i, list[0]!);
  });

  // The representative of each cluster: a full name over a bare one, then the most credited.
  const full = names.map((name) => name.includes(' '));
  const credited = names.map((name) => counts.get(name) ?? 0);
  const best = new Int32Array(names.length).fill(-1);
  for (let i = 0; i < names.length; i++) {
    const root = find(i);
    const current = best[root]!;
    const better = current < 0 || (!full[current] && full[i]) || (full[current] === full[i] && credited[i]! > credited[current]!);
    if (better) best[root] = i;
  }
  const merged = new Map<string, string>();
  for (let i = 0; i < names.length; i++) merged.set(names[i]!, names[best[find(i)]!]!);
  return merged;
}
