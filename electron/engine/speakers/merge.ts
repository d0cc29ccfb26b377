/**
 * Cross-article canonical names. Names that share a surname merge when their first names are spelling or
 * transliteration variants (Sergei / Sergey: same Double Metaphone code, Jaro–Winkler ≥ 0.85), never when
 * the first names differ (Donald / Ivanka Trump). A bare surname joins the one full name that has it,
 * and stays alone when several people share it. Accents do not separate people (Calderón / Calderon):
 * outlets and archives drop them.
 */
import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone.js';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';

const metaphone = new DoubleMetaphone();

// Module constants: a regex literal allocates a new RegExp each time it is evaluated.
const FINAL_STOP = /\.$/;
const STARTS_UPPER = /^\p{Lu}/u;
const COMBINING_MARKS = /\p{M}/gu;

/** The name without accents, for comparing: "Calderón" and "Calderon" are one surname. */
const fold = (word: string): string => word.normalize('NFD').replace(COMBINING_MARKS, '');

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
  if (!STARTS_UPPER.test(words[0]!)) return null; // descriptions ("a spokesman for Disney") are not merged
  return { first: words[0]!, last: fold(words[words.length - 1]!) };
}

/**
 * Maps each name to its canonical form across the article set. `counts` says how often each name is
 * credited; the most frequent spelling of a merged cluster represents it.
 */
export function mergeNames(counts: ReadonlyMap<string, number>): Map<string, string> {
  const names = [...counts.keys()];
  const parent = new Map<string, string>(names.map((n) => [n, n]));
  const find = (n: string): string => {
    let r = n;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(n, r);
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };

  const bySurname = new Map<string, string[]>();
  for (const name of names) {
    const parts = split(name);
    if (!parts) continue;
    const list = bySurname.get(parts.last) ?? [];
    list.push(name);
    bySurname.set(parts.last, list);
  }
  for (const list of bySurname.values()) {
    const firsts = list.map((name) => split(name)!.first);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (sameFirstName(firsts[i]!, firsts[j]!)) union(list[i]!, list[j]!);
      }
    }
  }
  // A bare surname joins the single person who has it.
  for (const name of names) {
    if (name.includes(' ') || !STARTS_UPPER.test(name)) continue;
    const list = bySurname.get(fold(name));
    if (!list) continue;
    const roots = new Set(list.map(find));
    if (roots.size === 1) union(name, list[0]!);
  }

  const best = new Map<string, string>();
  for (const name of names) {
    const root = find(name);
    const current = best.get(root);
    const better =
      current === undefined ||
      (current.includes(' ') ? 1 : 0) < (name.includes(' ') ? 1 : 0) ||
      ((current.includes(' ') ? 1 : 0) === (name.includes(' ') ? 1 : 0) && (counts.get(name) ?? 0) > (counts.get(current) ?? 0));
    if (better) best.set(root, name);
  }
  return new Map(names.map((n) => [n, best.get(find(n))!]));
}
