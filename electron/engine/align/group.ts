/**
 * Grouping: versions → sets of versions that are one utterance. Stages: distinct wordings (units) →
 * candidate pairs from the shingle index → verify each pair → join strong links → join weak links
 * between related articles.
 */
import { ConstrainedSets, Relatedness } from './cluster';
import { candidatePairs, shingles, SHORT_WORDS, type Candidate, type Unit } from './candidates';
import { speakerRelation } from './speakers';
import { verifyPair, type SpeakerRelation, type Verdict } from './verify';
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

const RELATIONS: readonly SpeakerRelation[] = ['same', 'unknown', 'different'];

/**
 * `verifyPair`'s links, asked once per distinct question: a verdict depends only on the two token
 * lists, the speakers' relation, whether both are reported speech and whether synonyms count. Units
 * differ by speaker or (short ones) by article, so the same two lists come up again and again — a
 * one-word excerpt quoted in forty articles is forty units matched against the same long quote.
 */
class Verdicts {
  private readonly ids = new Map<readonly Token[], number>();
  private readonly known = new Map<number, Verdict['link']>();

  /** The link `verifyPair` finds for this question. */
  link(a: readonly Token[], b: readonly Token[], relation: SpeakerRelation, bothIndirect: boolean, synonyms: SynonymLookup | null): Verdict['link'] {
    const ia = this.idOf(a);
    const ib = this.idOf(b);
    // Exact while ids stay below 2^20 (a million distinct lists), as a double; beyond, no memo.
    if (ia >= 0x100000 || ib >= 0x100000) return verifyPair(a, b, relation, bothIndirect, synonyms).link;
    const key = (((ia * 0x100000 + ib) * 3 + RELATIONS.indexOf(relation)) * 2 + (bothIndirect ? 1 : 0)) * 2 + (synonyms ? 1 : 0);
    let link = this.known.get(key);
    if (link === undefined) this.known.set(key, (link = verifyPair(a, b, relation, bothIndirect, synonyms).link));
    return link;
  }

  private idOf(tokens: readonly Token[]): number {
    let id = this.ids.get(tokens);
    if (id === undefined) this.ids.set(tokens, (id = this.ids.size));
    return id;
  }
}

/**
 * Distinct wordings: versions with the same words and speaker are one unit, verified once. Short
 * wordings stay per article, since two stories may both quote one "unlikely". `unitOf`: each
 * version's unit.
 */
function buildUnits(versions: readonly Version[]): { units: Unit[]; members: number[][]; unitOf: Int32Array } {
  // By words, then by speaker and (for short wordings) article: no key string per version.
  const unitByKey = new Map<string, Map<string, number>>();
  const units: Unit[] = [];
  const members: number[][] = [];
  const unitOf = new Int32Array(versions.length);
  // Versions with the same text share one token list: its words' key is sought once per list.
  const byTokens = new Map<readonly Token[], Map<string, number>>();
  // Indexed loops here and below: these run once per analysis over every version, often before
  // the optimiser has compiled them, where for…of allocates an iterator result per element.
  for (let k = 0; k < versions.length; k++) {
    const v = versions[k]!;
    let bySpeaker = byTokens.get(v.tokens);
    if (bySpeaker === undefined) {
      const words = wordsOf(v.tokens);
      bySpeaker = unitByKey.get(words);
      if (!bySpeaker) unitByKey.set(words, (bySpeaker = new Map()));
      byTokens.set(v.tokens, bySpeaker);
    }
    const key = v.tokens.length < SHORT_WORDS ? `${v.speaker ?? ''}\u0000${v.articleId}` : (v.speaker ?? '');
    let u = bySpeaker.get(key);
    if (u === undefined) {
      u = units.length;
      bySpeaker.set(key, u);
      units.push({ index: u, tokens: v.tokens, speaker: v.speaker });
      members.push([]);
    }
    members[u]!.push(v.index);
    unitOf[v.index] = u;
  }
  return { units, members, unitOf };
}

const wordsKeys = new WeakMap<readonly Token[], string>();
/** A token list's words as one string (their key ids), built once per list. */
function wordsOf(tokens: readonly Token[]): string {
  let words = wordsKeys.get(tokens);
  if (words === undefined) wordsKeys.set(tokens, (words = tokens.map((t) => t.keyId).join(',')));
  return words;
}

/**
 * Partitions versions into groups; each group is a list of version indexes in ascending order.
 *
 * The sets join units, not versions: a unit's versions are one group from the start, and units are
 * numbered in order of their first version, so a set's smallest unit holds its smallest version —
 * the same partition, and the same order of groups, as joining the versions themselves.
 */
export function groupVersions(versions: readonly Version[], options: GroupOptions): number[][] {
  const { units, members, unitOf } = buildUnits(versions);
  const sets = new ConstrainedSets(units.length);

  const indirect = members.map((list) => list.every((v) => versions[v]!.kind === 'indirect'));
  const kindOf = (u: number): boolean => indirect[u]!;
  const copies = new Relatedness();
  const inCopies = new Set<string>();
  for (const [a, b] of options.relatedArticles) {
    copies.addPair(a, b);
    inCopies.add(a);
    inCopies.add(b);
  }
  // Of each unit, only the versions in an article that has a copy can relate it to another unit
  // through `copies` (which knows pairs only): found once per unit, not per candidate pair.
  const copied: (number[] | undefined)[] = new Array(units.length);
  const copiedOf = (u: number): number[] => (copied[u] ??= members[u]!.filter((v) => inCopies.has(versions[v]!.articleId)));
  // Synonyms count as evidence only where rewording is expected: reported speech, and quotes across
  // an article and its spun copy. Between two direct quotes, "ruined" for "destroyed" is more often
  // another remark than the same one.
  const paraphrased = (i: number, j: number): boolean =>
    (kindOf(i) && kindOf(j)) ||
    (inCopies.size > 0 &&
      copiedOf(i).some((x) => copiedOf(j).some((y) => x !== y && versions[x]!.articleId !== versions[y]!.articleId && copies.related(versions[x]!.articleId, versions[y]!.articleId))));
  const weak: number[] = [];
  const verdicts = new Verdicts();
  // Most similar candidates first (share of 3-grams in common), joined as soon as verified: a pair
  // whose versions are already in one group needs no alignment, which keeps a quote reported in many
  // slightly different excerpts from costing all pairs of them.
  const shingleCounts = new Int32Array(units.length);
  for (let u = 0; u < units.length; u++) shingleCounts[u] = shingles(units[u]!.tokens).length;
  const buckets: Candidate[][] = Array.from({ length: 101 }, () => []);
  const candidates = candidatePairs(units);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const rank = c.shared / Math.max(1, Math.min(shingleCounts[c.i]!, shingleCounts[c.j]!));
    buckets[100 - Math.min(100, Math.round(rank * 100))]!.push(c);
  }
  for (const bucket of buckets) for (let k = 0; k < bucket.length; k++) {
    const c = bucket[k]!;
    const a = units[c.i]!;
    const b = units[c.j]!;
    if (a.tokens.length === 0 || b.tokens.length === 0) continue;
    if (sets.find(c.i) === sets.find(c.j)) continue;
    const relation = speakerRelation(a.speaker, b.speaker);
    // Paraphrase is only ever accepted from the same speaker; other pairs are judged word for word.
    const paraphrase = relation === 'same' && paraphrased(c.i, c.j);
    if (!paraphrase && !promising(c, shingleCounts[c.i]!, shingleCounts[c.j]!)) continue;
    const link = verdicts.link(a.tokens, b.tokens, relation, kindOf(c.i) && kindOf(c.j), paraphrase ? options.synonyms : null);
    if (link === 'strong') sets.union(c.i, c.j);
    else if (link === 'weak') weak.push(c.i, c.j);
    else if (link === 'distinct') sets.forbid(c.i, c.j);
  }

  const related = new Relatedness();
  for (const [a, b] of options.relatedArticles) related.addPair(a, b);
  const articlesByRoot = new Map<number, Set<string>>();
  for (let k = 0; k < versions.length; k++) {
    const v = versions[k]!;
    const root = sets.find(unitOf[v.index]!);
    let set = articlesByRoot.get(root);
    if (!set) articlesByRoot.set(root, (set = new Set()));
    set.add(v.articleId);
  }
  articlesByRoot.forEach((articles, root) => related.addGroup(root, articles));
  for (let k = 0; k < weak.length; k += 2) {
    const i = weak[k]!;
    const j = weak[k + 1]!;
    const ok = members[i]!.some((x) => members[j]!.some((y) => related.related(versions[x]!.articleId, versions[y]!.articleId)));
    if (ok) sets.union(i, j);
  }

  const groups = new Map<number, number[]>();
  for (let k = 0; k < versions.length; k++) {
    const v = versions[k]!;
    const root = sets.find(unitOf[v.index]!);
    const list = groups.get(root);
    if (list) list.push(v.index);
    else groups.set(root, [v.index]);
  }
  return [...groups.values()].sort((x, y) => x[0]! - y[0]!);
}
