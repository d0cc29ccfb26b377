/**
 * Grouping: versions → sets of versions that are one utterance. Stages: distinct wordings (units) →
 * candidate pairs from the shingle index → verify each pair → join strong links → join weak links
 * between related articles.
 */
import { ConstrainedSets, Relatedness } from './cluster';
import { candidatePairs, shingles, SHORT_WORDS, type Candidate, type Unit } from './candidates';
import { speakerRelation } from './speakers';
import { verifyPair } from './verify';
import type { Token } from './tokens';
import type { Version } from './versions';
import type { SynonymLookup } from './wordnet';

/** Options of `groupVersions`. */
export interface GroupOptions {
  /** Synonyms for verifying paraphrase; null for word-for-word only. */
  readonly synonyms: SynonymLookup | null;
  /** Article pairs known to be copies of each other (spun or not), which counts as one story. */
  readonly relatedArticles: readonly (readonly [string, string])[];
}

/**
 * Cheap test before word alignment: word-for-word versions of one utterance share most of the
 * shorter one's 3-grams; a single shared 3-gram among many is a stock phrase. (Paraphrase is
 * not filtered: rewording breaks 3-grams.)
 */
function promising(c: Candidate, shinglesA: number, shinglesB: number): boolean {
  if (c.shared === 0) return true;
  const fewest = Math.min(shinglesA, shinglesB);
  return fewest < 3 || c.shared >= 3 || c.shared / fewest >= 0.2;
}

/**
 * Distinct wordings: versions with the same words and speaker are one unit, verified once. Short
 * wordings stay per article, since two stories may both quote one "unlikely".
 */
function buildUnits(versions: readonly Version[]): { units: Unit[]; members: number[][] } {
  // By words, then by speaker and (for short wordings) article: no key string per version.
  const unitByKey = new Map<string, Map<string, number>>();
  const units: Unit[] = [];
  const members: number[][] = [];
  const wordsOf = new WeakMap<readonly Token[], string>();
  for (const v of versions) {
    // Versions with the same text share one token list: build its key once.
    let words = wordsOf.get(v.tokens);
    if (words === undefined) wordsOf.set(v.tokens, (words = v.tokens.map((t) => t.keyId).join(',')));
    let bySpeaker = unitByKey.get(words);
    if (!bySpeaker) unitByKey.set(words, (bySpeaker = new Map()));
    const key = v.tokens.length < SHORT_WORDS ? `${v.speaker ?? ''}\u0000${v.articleId}` : (v.speaker ?? '');
    let u = bySpeaker.get(key);
    if (u === undefined) {
      u = units.length;
      bySpeaker.set(key, u);
      units.push({ index: u, tokens: v.tokens, speaker: v.speaker });
      members.push([]);
    }
    members[u]!.push(v.index);
  }
  return { units, members };
}

/** Partitions versions into groups; each group is a list of version indexes in ascending order. */
export function groupVersions(versions: readonly Version[], options: GroupOptions): number[][] {
  const { units, members } = buildUnits(versions);
  const sets = new ConstrainedSets(versions.length);
  for (const list of members) for (const v of list) sets.union(list[0]!, v);

  const indirect = members.map((list) => list.every((v) => versions[v]!.kind === 'indirect'));
  const kindOf = (u: number): boolean => indirect[u]!;
  const copies = new Relatedness();
  for (const [a, b] of options.relatedArticles) copies.addPair(a, b);
  const anyCopies = options.relatedArticles.length > 0;
  // Synonyms count as evidence only where rewording is expected: reported speech, and quotes across
  // an article and its spun copy. Between two direct quotes, "ruined" for "destroyed" is more often
  // another remark than the same one.
  const paraphrased = (i: number, j: number): boolean =>
    (kindOf(i) && kindOf(j)) ||
    (anyCopies &&
      members[i]!.some((x) => members[j]!.some((y) => x !== y && versions[x]!.articleId !== versions[y]!.articleId && copies.related(versions[x]!.articleId, versions[y]!.articleId))));
  const weak: [number, number][] = [];
  // Most similar candidates first (share of 3-grams in common), joined as soon as verified: a pair
  // whose versions are already in one group needs no alignment, which keeps a quote reported in many
  // slightly different excerpts from costing all pairs of them.
  const shingleCounts = units.map((u) => shingles(u.tokens).length);
  const buckets: Candidate[][] = Array.from({ length: 101 }, () => []);
  for (const c of candidatePairs(units)) {
    const rank = c.shared / Math.max(1, Math.min(shingleCounts[c.i]!, shingleCounts[c.j]!));
    buckets[100 - Math.min(100, Math.round(rank * 100))]!.push(c);
  }
  for (const bucket of buckets) for (const c of bucket) {
    const a = units[c.i]!;
    const b = units[c.j]!;
    if (a.tokens.length === 0 || b.tokens.length === 0) continue;
    const x = members[c.i]![0]!;
    const y = members[c.j]![0]!;
    if (sets.find(x) === sets.find(y)) continue;
    const relation = speakerRelation(a.speaker, b.speaker);
    // Paraphrase is only ever accepted from the same speaker; other pairs are judged word for word.
    const paraphrase = relation === 'same' && paraphrased(c.i, c.j);
    if (!paraphrase && !promising(c, shingleCounts[c.i]!, shingleCounts[c.j]!)) continue;
    const verdict = verifyPair(a.tokens, b.tokens, relation, kindOf(c.i) && kindOf(c.j), paraphrase ? options.synonyms : null);
    if (verdict.link === 'strong') sets.union(x, y);
    else if (verdict.link === 'weak') weak.push([c.i, c.j]);
    else if (verdict.link === 'distinct') sets.forbid(x, y);
  }

  const related = new Relatedness();
  for (const [a, b] of options.relatedArticles) related.addPair(a, b);
  const articlesByRoot = new Map<number, Set<string>>();
  for (const v of versions) {
    const root = sets.find(v.index);
    let set = articlesByRoot.get(root);
    if (!set) articlesByRoot.set(root, (set = new Set()));
    set.add(v.articleId);
  }
  for (const [root, articles] of articlesByRoot) related.addGroup(root, articles);
  for (const [i, j] of weak) {
    const ok = members[i]!.some((x) => members[j]!.some((y) => related.related(versions[x]!.articleId, versions[y]!.articleId)));
    if (ok) sets.union(members[i]![0]!, members[j]![0]!);
  }

  const groups = new Map<number, number[]>();
  for (const v of versions) {
    const root = sets.find(v.index);
    const list = groups.get(root);
    if (list) list.push(v.index);
    else groups.set(root, [v.index]);
  }
  return [...groups.values()].sort((x, y) => x[0]! - y[0]!);
}
