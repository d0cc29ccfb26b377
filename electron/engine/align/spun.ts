/**
 * Spun-copy stage: finds articles that follow another sentence by sentence while swapping words for
 * synonyms (article spinning, e.g. said→mentioned, war→struggle). Candidate article pairs come from
 * an index of sentence anchor sets (names and numbers survive spinning), never from all pairs;
 * each candidate pair is then aligned sentence by sentence, in order.
 */
import type { SpunCopyReport, Substitution } from '../../../shared/alignment';
import type { Article } from '../../../shared/types';
import { compareTokens } from './compare';
import { STOPWORDS } from './lexicon';
import { AnchorCache, sentenceBounds, signatureAt } from './sentences';
import { countTokens, tokenizePart, type Token } from './tokens';
import { classOf, DIGIT, isSpace, LETTER } from '../text/classes';
import { fnv1a } from '../text/hash';
import { alignWords } from './words';
import type { SynonymLookup } from './wordnet';

/** Thresholds of spun-copy detection. */
export const SPUN = {
  /** Anchor sets shared by more articles than this are boilerplate ("Source link"), not evidence. */
  maxSignatureFrequency: 50,
  /** Sentence signatures two articles must share to be compared. */
  minSharedSignatures: 3,
  /** Share of the content words of the smaller sentence that must be the same words before aligning. */
  sharedWords: 0.4,
  /** Share of a sentence's words (the longer's) that must align for two sentences to correspond. */
  sentenceSimilarity: 0.5,
  /** Corresponding sentences needed. */
  minAlignedSentences: 3,
  /** Share of the shorter article's sentences that must correspond. */
  minAlignedShare: 0.2,
  /** Lines shorter than this many words (headings, "Read more") are not counted as sentences. */
  minSentenceWords: 5,
  /** Share of aligned source words replaced one for one: spinning, not a wire copy. */
  minSubstitutionRate: 0.05,
} as const;

/**
 * Sentence texts seen so far, each prepared once: copies of one story (wire copies, syndication, a
 * folder with the same article under two names) repeat most sentences, so their content words,
 * tokens, and every comparison between two of them are computed once and reused by every article
 * pair that holds them. Token lists are shared between positions: `part` only ever tells words of
 * one list apart, so it does not change any comparison.
 */
class SentenceTable {
  /** Sentence ids by `sentenceHash`: the last sentence interned with each hash; the others before it in `sameHash`. */
  private readonly byHash = new Map<number, number>();
  private readonly sameHash: (number | undefined)[] = [];
  private readonly wordIds = new Map<string, number>();
  readonly texts: string[] = [];
  /** Distinct content words of each sentence, as sorted word ids. */
  readonly keys: Int32Array[] = [];
  private readonly tokenLists: (Token[] | undefined)[] = [];
  private tokenListsKept = 0;
  private readonly wordFloor: number[] = [];
  /** Tokens of each sentence, once counted or tokenised: kept when the token lists are let go. */
  private readonly tokenCounts: number[] = [];
  /** Whether each sentence has at least `minSentenceWords` words (headings and "Read more" do not). */
  readonly long: boolean[] = [];
  /** Similarity of two sentences' word alignment, by pair, once computed. */
  readonly similarity = new Map<number, number>();
  /** Substitutions between two corresponding sentences, by pair, once computed. */
  readonly substitutions = new Map<number, readonly { from: string; to: string; content: boolean }[]>();

  /**
   * The id of sentence `k` of `split`, in `text`. Found by the hash the split carries (worked out by
   * the thread that split the article) and compared in place, so a sentence seen before (most are:
   * copies of one story) is neither copied out of its article nor hashed again as a string.
   */
  intern(text: string, split: SentenceSplit, k: number): number {
    const start = split.bounds[2 * k]!;
    const end = split.bounds[2 * k + 1]!;
    const hash = split.hashes[k]!;
    const length = end - start;
    let id = this.byHash.get(hash);
    // A slice and === (a flat comparison of the characters) is some twice as fast as startsWith at an offset.
    while (id !== undefined && !(this.texts[id]!.length === length && text.slice(start, end) === this.texts[id]!)) id = this.sameHash[id];
    if (id === undefined) {
      const sentence = text.slice(start, end);
      id = this.texts.length;
      this.sameHash.push(this.byHash.get(hash));
      this.byHash.set(hash, id);
      this.texts.push(sentence);
      this.keys.push(this.keysOf(sentence));
      this.long.push(hasWords(sentence, SPUN.minSentenceWords));
      this.tokenLists.push(undefined);
    }
    return id;
  }

  /**
   * Distinct content words of a sentence as sorted word ids, cheaply (no full tokenisation): the
   * filter before word alignment. Words get ids in order of first sight.
   */
  private keysOf(sentence: string): Int32Array {
    const ids: number[] = [];
    for (const w of wordRuns(sentence.toLowerCase())) {
      if (STOPWORDS.has(w)) continue;
      let wid = this.wordIds.get(w);
      if (wid === undefined) this.wordIds.set(w, (wid = this.wordIds.size));
      ids.push(wid);
    }
    return distinctSorted(ids);
  }

  /**
   * At most the number of tokens of sentence `id`, without tokenising it: its space-separated
   * chunks that hold a letter or digit. A word never spans a space, and each chunk with a letter or
   * digit gives at least one word (a contraction two, "al-" joins the name after it in its chunk).
   */
  leastWords(id: number): number {
    let n = this.wordFloor[id];
    if (n === undefined) {
      n = 0;
      CHUNK_WITH_WORD.lastIndex = 0;
      const text = this.texts[id]!;
      while (CHUNK_WITH_WORD.test(text)) n++;
      this.wordFloor[id] = n;
    }
    return n;
  }

  tokens(id: number): Token[] {
    let t = this.tokenLists[id];
    if (!t) {
      // Kept within bounds: while articles come in, the token lists of every sentence ever aligned
      // came to some hundred megabytes for 10,000 articles. A sentence needed again after a clear
      // (a headline compared with the next copy's) is tokenised again.
      if (++this.tokenListsKept > TOKEN_LISTS_KEPT) {
        this.tokenLists.fill(undefined);
        this.tokenListsKept = 1;
      }
      this.tokenLists[id] = t = tokenizePart(this.texts[id]!, 0);
      this.tokenCounts[id] = t.length;
    }
    return t;
  }

  /** How many tokens sentence `id` has (counted, not tokenised: often the count is all a comparison needs). */
  tokenCount(id: number): number {
    return (this.tokenCounts[id] ??= countTokens(this.texts[id]!));
  }

  /** Forgets what can be worked out again: tokens and comparisons of sentence pairs. */
  release(): void {
    this.tokenLists.fill(undefined);
    this.tokenListsKept = 0;
    this.similarity.clear();
    this.substitutions.clear();
  }

  /** A key for the ordered pair (a, b). */
  pair(a: number, b: number): number {
    return a * 0x100000 * 0x10 + b;
  }
}

/** Token lists the sentence table keeps at most (some 100 MB of tokens; 10,000 articles align some 20,600 sentences). */
const TOKEN_LISTS_KEPT = 24_000;

const CHUNK_WITH_WORD = /\S*[\p{L}\p{N}]\S*/gu;

/**
 * Whether `text.split(/\s+/)` has at least `n` pieces (one more than its runs of white space),
 * counted without making them.
 */
export function hasWords(text: string, n: number): boolean {
  let pieces = 1;
  for (let i = 0; i < text.length && pieces < n; i++) {
    if (isSpace(text.charCodeAt(i)) && (i === 0 || !isSpace(text.charCodeAt(i - 1)))) pieces++;
  }
  return pieces >= n;
}

/**
 * A sentence's hash (FNV-1a over UTF-16 units, 30 bits so that it stays a small integer,
 * which a map hashes fastest): of `text[start, end)`, so that a sentence need not be cut out to be hashed.
 * It only finds candidates: sentences are told apart by their text.
 */
function sentenceHash(text: string, start: number, end: number): number {
  return fnv1a(text, start, end) & 0x3fffffff;
}

/**
 * What spun-copy detection keeps of one article: its sentences as ids into the table, and the little
 * else it needs of them, not the sentences themselves (10,000 articles hold some 400,000).
 */
interface Prepared {
  readonly article: Article;
  readonly ids: Int32Array;
  /** Its place in the order articles were added (0, 1, 2, …). */
  readonly arrival: number;
  /** Which sentences it has from the second on (the same number for the same ones), or -1 for a one-line text. */
  readonly body: number;
  /**
   * Whether its first sentence corresponds with a later one of its own at similarity 1, as the first
   * of the two (`headLeads`) and as the second (`headFollows`): see `SpunCopyFinder.compareCopies`.
   * Undefined until asked.
   */
  headLeads?: boolean;
  headFollows?: boolean;
  /** Its distinct sentence anchor sets of two anchors or more, joined, in order of first sentence. */
  readonly signatures: readonly string[];
  /** Sentences of at least `minSentenceWords` words (at least 1): what an aligned share is of. */
  readonly counted: number;
}

/**
 * What spun-copy detection needs of an article's text before comparing it with any other: where its
 * sentences are, and its distinct anchor signatures. Needs nothing but the text, so the extraction
 * worker threads work it out and send it with each article (compact: offsets, not sentence texts).
 */
export interface SentenceSplit {
  /** Start and end offset in the text of each sentence (trimmed), in order. */
  readonly bounds: Int32Array;
  /** Its distinct sentence anchor sets of two anchors or more, joined, in order of first sentence. */
  readonly signatures: readonly string[];
  /**
   * `sentenceHash` of each sentence, in order: what the thread that compares articles looks a sentence
   * up by (the extraction threads work it out, so that it need not hash 400,000 sentences itself).
   */
  readonly hashes: Int32Array;
}

/** An article's `SentenceSplit`; `anchorCache` finds each repeated sentence's anchors once. */
export function splitForSpun(text: string, anchorCache?: AnchorCache): SentenceSplit {
  const found = sentenceBounds(text);
  const bounds = new Int32Array(found);
  const hashes = new Int32Array(found.length / 2);
  const signatures = new Set<string>();
  for (let k = 0; k < hashes.length; k++) {
    const start = found[2 * k]!;
    const end = found[2 * k + 1]!;
    const hash = sentenceHash(text, start, end);
    hashes[k] = hash;
    const signature = signatureAt(text, start, end, hash, anchorCache);
    if (signature !== null) signatures.add(signature);
  }
  return { bounds, hashes, signatures: [...signatures] };
}

/** Article pairs (by index) that share enough sentence anchor sets to be worth aligning. */
function candidateArticlePairs(prepared: readonly Prepared[]): [number, number][] {
  const bySignature = new Map<string, number[]>();
  for (let i = 0; i < prepared.length; i++) {
    for (const sig of prepared[i]!.signatures) {
      const list = bySignature.get(sig);
      if (list) list.push(i);
      else bySignature.set(sig, [i]);
    }
  }
  const counts = new Map<number, number>();
  const n = prepared.length;
  // forEach rather than for…of: no iterator result (nor entry pair) per signature and per pair.
  bySignature.forEach((list) => {
    if (list.length < 2 || list.length > SPUN.maxSignatureFrequency) return;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const key = list[x]! * n + list[y]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  });
  const out: [number, number][] = [];
  counts.forEach((c, key) => {
    if (c >= SPUN.minSharedSignatures) out.push([Math.floor(key / n), key % n]);
  });
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * Runs of letters and digits (`text.match(/[\p{L}\p{N}]+/gu)`, by a scan over the code points: the
 * regex took half the time of finding a new sentence's content words).
 */
export function wordRuns(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const inWord = (classOf(cp) & (LETTER | DIGIT)) !== 0;
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/** The distinct values of `values`, sorted. */
function distinctSorted(values: readonly number[]): Int32Array {
  const sorted = Int32Array.from(values).sort();
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k]!;
  return n === sorted.length ? sorted : sorted.slice(0, n);
}

/**
 * For each content word of an article, the sentences that hold it: candidates without trying all
 * pairs. Compact (sorted word ids, where each word's positions start, the positions), since every
 * article a row was made against keeps its postings while articles come in.
 */
interface Postings {
  readonly words: Int32Array;
  readonly starts: Int32Array;
  readonly positions: Int32Array;
}

function postingsOf(p: Prepared, table: SentenceTable): Postings {
  // (word, position) pairs as one number each, sorted: by word, then position.
  const pairs: number[] = [];
  p.ids.forEach((id, j) => {
    for (const w of table.keys[id]!) pairs.push(w * POSITIONS + j);
  });
  const sorted = Float64Array.from(pairs).sort();
  const words: number[] = [];
  const starts: number[] = [];
  const positions = new Int32Array(sorted.length);
  sorted.forEach((pair, k) => {
    const w = Math.floor(pair / POSITIONS);
    if (words.length === 0 || words[words.length - 1] !== w) {
      words.push(w);
      starts.push(k);
    }
    positions[k] = pair % POSITIONS;
  });
  starts.push(sorted.length);
  return { words: Int32Array.from(words), starts: Int32Array.from(starts), positions };
}

/** More sentences than any article holds (a 50 MB file of two-word sentences has fewer). */
const POSITIONS = 2 ** 22;

/** Where word `w`'s positions are in `postings` ([from, to) of `positions`); an empty range when it has none. */
function postingRange(postings: Postings, w: number): readonly [number, number] {
  const words = postings.words;
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = words[mid]!;
    if (x < w) lo = mid + 1;
    else if (x > w) hi = mid - 1;
    else return [postings.starts[mid]!, postings.starts[mid + 1]!];
  }
  return EMPTY_RANGE;
}
const EMPTY_RANGE = [0, 0] as const;

/**
 * The sentences of one article that correspond to one sentence (by id), in order: their positions
 * and similarities, flat ([j, similarity, j, similarity, …]), since every article compared keeps its
 * rows until grouping starts (objects per entry took some hundred megabytes for 10,000 articles).
 */
type Row = readonly number[];
const NO_ROW: Row = [];

/**
 * The similarity of sentences `sa` and `sb`, which have `shared` content words in common, when they
 * may correspond; -1 when they do not (too few words in common, or too different an alignment).
 */
function correspondence(sa: number, sb: number, shared: number, table: SentenceTable): number {
  // Cheap filter first: spinning keeps names, numbers and many content words.
  if (shared / Math.min(table.keys[sa]!.length, table.keys[sb]!.length) < SPUN.sharedWords) return -1;
  const key = table.pair(sa, sb);
  // A sentence against itself aligns whole (its words are one unbroken stretch of themselves):
  // similarity 1, without tokenising the sentence.
  let similarity = sa === sb ? 1 : table.similarity.get(key);
  if (similarity === undefined) {
    const na = table.tokenCount(sa);
    const nb = table.tokenCount(sb);
    const longest = Math.max(na, nb);
    // At most the shorter sentence's words can align: when that is too few, the alignment
    // cannot reach the threshold and is not needed (the bound stands in for the similarity).
    const bound = Math.min(na, nb) / longest;
    if (!(bound >= SPUN.sentenceSimilarity)) similarity = bound;
    else {
      // Word for word here (synonyms only label the substitutions later): spinning leaves most
      // function words and names in place, which is enough to pair the sentences, and much faster.
      similarity = alignWords(table.tokens(sa), table.tokens(sb), { synonyms: null }).length / longest;
    }
    table.similarity.set(key, similarity);
  }
  return similarity >= SPUN.sentenceSimilarity ? similarity : -1;
}

/**
 * The similarity of sentences `sa` and `sb` (by id) when they correspond, else -1: `correspondence`
 * for two sentences whose shared content words are not yet counted.
 */
function similarityOf(sa: number, sb: number, table: SentenceTable): number {
  const count = commonCount(table.keys[sa]!, table.keys[sb]!);
  return count > 0 ? correspondence(sa, sb, count, table) : -1;
}

/** How many values two sorted lists of distinct ids have in common. */
function commonCount(x: Int32Array, y: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/**
 * The rows of one article `b`: for each sentence (by id) of the articles compared with it, the
 * sentences of `b` that may correspond (those sharing enough content words whose word alignment is
 * close enough). A row depends only on the sentence and `b`, so the copies of one story compared
 * with `b` (which repeat most sentences) find each row once.
 *
 * A row depends on `b` only through which sentence stands at each position, so when `b` has the
 * same sentences at the same positions as an article already compared (its `template`) but for a
 * few (`differing`: copies of one wire story under other headlines), its rows are the template's
 * with just those positions tested again. Same rows either way; only the work differs.
 */
class ArticleRows {
  private postings: Postings | null = null;
  private shared: Int32Array | null = null;
  private readonly rows = new Map<number, Row>();

  constructor(
    readonly b: Prepared,
    private readonly table: SentenceTable,
    private readonly template: ArticleRows | null = null,
    private readonly differing: readonly number[] = [],
  ) {}

  row(sa: number): Row {
    let row = this.rows.get(sa);
    if (row === undefined) {
      if (this.template) {
        // Kept even when it is the template's own (a map entry, not a copy): the copies compared
        // with `b` ask for the same rows again and again.
        row = this.patched(sa, this.template.row(sa));
        this.rows.set(sa, row);
      } else this.rows.set(sa, (row = this.computed(sa)));
    }
    return row;
  }

  private computed(sa: number): Row {
    const table = this.table;
    const ka = table.keys[sa]!;
    if (ka.length === 0) return NO_ROW;
    const b = this.b;
    const postingsB = (this.postings ??= postingsOf(b, table));
    const shared = (this.shared ??= new Int32Array(b.ids.length));
    const touched: number[] = [];
    for (const w of ka) {
      const [from, to] = postingRange(postingsB, w);
      for (let k = from; k < to; k++) {
        const j = postingsB.positions[k]!;
        if (shared[j] === 0) touched.push(j);
        shared[j]!++;
      }
    }
    touched.sort((x, y) => x - y);
    const row: number[] = [];
    for (const j of touched) {
      const count = shared[j]!;
      shared[j] = 0;
      const similarity = correspondence(sa, b.ids[j]!, count, table);
      if (similarity >= 0) row.push(j, similarity);
    }
    return row.length > 0 ? row : NO_ROW;
  }

  /** The template's row with the positions where `b` differs from it tested again, in position order. */
  private patched(sa: number, base: Row): Row {
    const table = this.table;
    const ka = table.keys[sa]!;
    if (ka.length === 0) return NO_ROW;
    const differing = this.differing;
    const added: number[] = [];
    for (const j of differing) this.test(sa, j, added);
    let touches = false;
    for (let e = 0; e < base.length && !touches; e += 2) touches = differing.includes(base[e]!);
    // Most often nothing changes (the headline neither corresponds nor did): the template's row is this row.
    if (added.length === 0 && !touches) return base;
    const row: number[] = [];
    let k = 0;
    for (let e = 0; e < base.length; e += 2) {
      const j = base[e]!;
      for (; k < added.length && added[k]! < j; k += 2) row.push(added[k]!, added[k + 1]!);
      if (!differing.includes(j)) row.push(j, base[e + 1]!);
    }
    for (; k < added.length; k += 2) row.push(added[k]!, added[k + 1]!);
    return row.length > 0 ? row : NO_ROW;
  }

  private test(sa: number, j: number, row: number[]): void {
    const similarity = similarityOf(sa, this.b.ids[j]!, this.table);
    if (similarity >= 0) row.push(j, similarity);
  }
}

/**
 * Finds, for each article compared as the second of a pair, an earlier one to patch its rows from:
 * the same number of sentences, the same from the second on (only the first, the headline line, may
 * differ), compared by content so no two articles are taken for each other by mistake.
 */
class RowTemplates {
  private readonly byBody = new Map<number, ArticleRows>();

  constructor(private readonly table: SentenceTable) {}

  clear(): void {
    this.byBody.clear();
  }

  rowsOf(b: Prepared): ArticleRows {
    const template = b.body < 0 ? undefined : this.byBody.get(b.body);
    if (template === undefined) {
      const rows = new ArticleRows(b, this.table);
      if (b.body >= 0) this.byBody.set(b.body, rows);
      return rows;
    }
    const differing: number[] = [];
    for (let j = 0; j < b.ids.length; j++) if (b.ids[j] !== template.b.ids[j]) differing.push(j);
    return new ArticleRows(b, this.table, template, differing);
  }
}

/**
 * Corresponding sentences of two articles, each paired with at most one of the other, as a chain:
 * [i, j, i, j, …] by ascending i (`i` in the first article, `j` in the second). `rows` are the second article's.
 */
function alignSentences(a: Prepared, rows: ArticleRows): Int32Array {
  const nA = a.ids.length;
  const nB = rows.b.ids.length;
  const s = alignScratchFor(nA, nB);
  let n = 0;
  for (let i = 0; i < nA; i++) {
    const row = rows.row(a.ids[i]!);
    if (n + row.length / 2 > s.pairJ.length) growPairs(s, n + row.length / 2);
    for (let e = 0; e < row.length; e += 2) {
      s.pairI[n] = i;
      s.pairJ[n] = row[e]!;
      s.pairSim[n] = row[e + 1]!;
      n++;
    }
  }
  // One-to-one, best pairs first, ties in (i, j) order, the order the pairs were made in. Not
  // necessarily in order: a rewrite may move a paragraph. A similarity is at most 1 (a sentence with
  // itself, or every word aligned), so the pairs at 1 come first as they are, and only the others
  // (few: most pairs of copies are the same sentence twice) need sorting, stably.
  const usedA = s.usedA.fill(0, 0, nA);
  const usedB = s.usedB.fill(0, 0, nB);
  const byI = s.byI.fill(-1, 0, nA);
  const { pairI, pairJ, pairSim } = s;
  let length = 0;
  const take = (k: number): void => {
    const i = pairI[k]!;
    const j = pairJ[k]!;
    if (usedA[i] || usedB[j]) return;
    usedA[i] = 1;
    usedB[j] = 1;
    byI[i] = j;
    length++;
  };
  const rest: number[] = [];
  for (let k = 0; k < n; k++) {
    if (pairSim[k] === 1) take(k);
    else rest.push(k);
  }
  if (rest.length > 1) rest.sort((x, y) => pairSim[y]! - pairSim[x]! || x - y);
  for (const k of rest) take(k);
  const chain = new Int32Array(2 * length);
  for (let i = 0, c = 0; i < nA; i++) {
    if (byI[i]! < 0) continue;
    chain[c++] = i;
    chain[c++] = byI[i]!;
  }
  return chain;
}

/**
 * Tables of `alignSentences`, reused from call to call (grown when needed): it runs once per
 * article pair, tens of thousands of times, each over a few dozen sentences.
 */
interface AlignScratch {
  pairI: Int32Array;
  pairJ: Int32Array;
  pairSim: Float64Array;
  usedA: Uint8Array;
  usedB: Uint8Array;
  byI: Int32Array;
}
const alignScratch: AlignScratch = {
  pairI: new Int32Array(256),
  pairJ: new Int32Array(256),
  pairSim: new Float64Array(256),
  usedA: new Uint8Array(256),
  usedB: new Uint8Array(256),
  byI: new Int32Array(256),
};

function alignScratchFor(nA: number, nB: number): AlignScratch {
  const s = alignScratch;
  if (s.usedA.length < nA) {
    s.usedA = new Uint8Array(nA);
    s.byI = new Int32Array(nA);
  }
  if (s.usedB.length < nB) s.usedB = new Uint8Array(nB);
  return s;
}

function growPairs(s: AlignScratch, needed: number): void {
  const size = Math.max(needed, 2 * s.pairJ.length);
  const pairI = new Int32Array(size);
  const pairJ = new Int32Array(size);
  const pairSim = new Float64Array(size);
  pairI.set(s.pairI);
  pairJ.set(s.pairJ);
  pairSim.set(s.pairSim);
  Object.assign(s, { pairI, pairJ, pairSim });
}

/** Word substitutions (not moves at the edges) between two corresponding sentences, in order. */
function substitutionsOf(sa: number, sb: number, table: SentenceTable, synonyms: SynonymLookup | null): readonly { from: string; to: string; content: boolean }[] {
  const key = table.pair(sa, sb);
  let subs = table.substitutions.get(key);
  if (!subs) {
    const ta = table.tokens(sa);
    const tb = table.tokens(sb);
    const out: { from: string; to: string; content: boolean }[] = [];
    for (const c of compareTokens(ta, tb, synonyms).changes) {
      if ((c.kind !== 'synonym' && c.kind !== 'changed') || c.place !== null) continue;
      const fromToken = ta[c.refFrom]!;
      const toToken = tb[c.verFrom]!;
      out.push({ from: fromToken.norm, to: toToken.norm, content: !fromToken.stop && !toToken.stop });
    }
    table.substitutions.set(key, (subs = out));
  }
  return subs;
}

/** Which side reads as the original: spinners replace common words with rarer ones. */
function originalIsA(subs: readonly { from: string; to: string; content: boolean }[], synonyms: SynonymLookup | null): boolean {
  if (!synonyms?.familiarity) return true;
  let vote = 0;
  for (const s of subs) if (s.content) vote += Math.sign(synonyms.familiarity(s.from) - synonyms.familiarity(s.to));
  return vote >= 0;
}

/** The sentences of one body (see `Prepared.body`) that pair with themselves, as a chain ([i, i, …]), and their `leastWords` summed. */
interface BodyChain {
  readonly chain: Int32Array;
  readonly least: number;
}

/**
 * Spun-copy detection fed one article at a time, in any order (as extraction results arrive): each
 * article's sentences are split and interned when it is added; `find` then compares the articles it
 * is given, in their order (any not added yet are prepared then).
 */
export class SpunCopyFinder {
  private readonly table = new SentenceTable();
  private readonly byArticle = new Map<Article, Prepared>();
  private readonly anchors = new AnchorCache();
  private readonly templates = new RowTemplates(this.table);
  /** Rows of each article compared so far as the second of a pair. */
  private readonly rowsByArticle = new Map<Prepared, ArticleRows>();
  /** Comparisons made as articles were added (see `add`): first article → second → report, or null for none. */
  private readonly early = new Map<Prepared, Map<Prepared, SpunCopyReport | null>>();
  /** Articles added with their input position, by signature, while each signature is not yet boilerplate. */
  private readonly bySignature = new Map<string, { readonly p: Prepared; readonly position: number }[]>();
  /** Body ids (see `Prepared.body`) by the sentence ids from the second on. */
  private readonly bodies = new Map<string, number>();
  /** By body id, once worked out: see `compareCopies`. */
  private readonly bodyChains: (BodyChain | undefined)[] = [];
  /**
   * Signatures the article being added shares with each added before it, by arrival; an entry counts
   * only while its `sharedBy` is that article's arrival (so nothing needs clearing between articles).
   */
  private shared = new Int32Array(1024);
  private sharedBy = new Int32Array(1024).fill(-1);

  /**
   * `earlySynonyms`: compare article pairs as soon as both are added and share enough signatures,
   * with this synonym lookup, so that little is left for `find` once the last article is in. Only a
   * head start: `find` takes a comparison made early when its pair is among its candidates and it is
   * given the same lookup (a comparison depends on nothing but the two articles and the lookup),
   * and makes the others itself.
   */
  constructor(
    private readonly earlySynonyms: (() => SynonymLookup | null) | null = null,
    /** Align every pair in full, without the shortcut for copies of one text (`compareCopies`): the reference it is tested against. */
    private readonly exhaustive = false,
  ) {}

  /**
   * Prepares an article (its sentences, interned). `split` is `splitForSpun(article.text)` when a
   * worker thread has already worked it out (the same function either way, so the same result).
   * `position` (its place in the input) lets it be compared early (see the constructor).
   */
  add(article: Article, split?: SentenceSplit, position?: number): Prepared {
    let p = this.byArticle.get(article);
    if (!p) {
      const given = split ?? splitForSpun(article.text, this.anchors);
      const { bounds, signatures } = given;
      const ids = new Int32Array(bounds.length / 2);
      for (let k = 0; k < ids.length; k++) ids[k] = this.table.intern(article.text, given, k);
      let counted = 0;
      for (const id of ids) if (this.table.long[id]) counted++;
      counted = Math.max(1, counted);
      const arrival = this.byArticle.size;
      this.byArticle.set(article, (p = { article, ids, arrival, body: this.bodyOf(ids), signatures, counted }));
      if (this.earlySynonyms && position !== undefined) this.compareEarly(p, position, this.earlySynonyms());
    }
    return p;
  }

  /**
   * Counts the signatures `p` shares with each article added before it, as `candidateArticlePairs`
   * does over all articles, and compares a pair when it reaches enough. A signature stops counting
   * once more articles than `maxSignatureFrequency` hold it (boilerplate: `find` leaves it out).
   * Order of arrival does not matter: the earlier article in the input is always the first of a pair.
   */
  private compareEarly(p: Prepared, position: number, synonyms: SynonymLookup | null): void {
    // A pair's count only grows while the later of its two articles to arrive is added (the lists
    // hold the articles added before it), so the counts are this article's alone, by the other's arrival.
    const { shared, sharedBy } = this.sharedCountsFor(p.arrival);
    for (const sig of p.signatures) {
      let list = this.bySignature.get(sig);
      if (!list) this.bySignature.set(sig, (list = []));
      if (list.length >= SPUN.maxSignatureFrequency) continue;
      for (const other of list) {
        const o = other.p.arrival;
        if (sharedBy[o] !== p.arrival) {
          sharedBy[o] = p.arrival;
          shared[o] = 0;
        }
        if (++shared[o]! !== SPUN.minSharedSignatures) continue;
        const earlier = other.position < position;
        const first = earlier ? other.p : p;
        const second = earlier ? p : other.p;
        const report = this.comparePair(first, second, synonyms);
        let row = this.early.get(first);
        if (!row) this.early.set(first, (row = new Map()));
        row.set(second, report);
      }
      list.push({ p, position });
    }
  }

  /** The count tables of `compareEarly`, large enough for the articles that arrived before `arrival`. */
  private sharedCountsFor(arrival: number): { shared: Int32Array; sharedBy: Int32Array } {
    if (this.shared.length < arrival) {
      const size = Math.max(arrival, 2 * this.shared.length);
      this.shared = new Int32Array(size);
      const sharedBy = new Int32Array(size).fill(-1);
      sharedBy.set(this.sharedBy);
      this.sharedBy = sharedBy;
    }
    return { shared: this.shared, sharedBy: this.sharedBy };
  }

  /** The id of the sentences `ids` holds from the second on (-1 when it holds one or none). */
  private bodyOf(ids: Int32Array): number {
    if (ids.length < 2) return -1;
    const key = ids.subarray(1).join(',');
    let body = this.bodies.get(key);
    if (body === undefined) this.bodies.set(key, (body = this.bodies.size));
    return body;
  }

  /** The report for an article pair (the first earlier in the input), or null. */
  private comparePair(first: Prepared, second: Prepared, synonyms: SynonymLookup | null): SpunCopyReport | null {
    if (!this.exhaustive && first.body >= 0 && first.body === second.body && !this.headLeads(first) && !this.headFollows(second)) {
      return this.compareCopies(first, second, synonyms);
    }
    return this.compare(first, second, alignSentences(first, this.rowsOf(second)), synonyms);
  }

  /**
   * `compare` for two articles with the same sentences but for the first (copies of one text under
   * other headline lines: most of the pairs compared), where `a`'s first sentence corresponds with
   * no later one at similarity 1 (`headLeads`) and none with `b`'s first (`headFollows`): their chain
   * is known without aligning them.
   *
   * Why: among the pairs `alignSentences` is given, each shared sentence with content words pairs
   * with itself at similarity 1, and no pair of a first sentence with a later one is at 1. The pairs
   * at 1 are taken first, in order, so each shared sentence takes itself (any earlier one it could
   * take already took itself; the pair of first sentences takes nothing of theirs). Only a sentence
   * with content words corresponds with any, so what is left of a first sentence's pairs with later
   * ones finds them taken: the first sentences are left to each other.
   */
  private compareCopies(a: Prepared, b: Prepared, synonyms: SynonymLookup | null): SpunCopyReport | null {
    const body = this.bodyChain(a);
    const ha = a.ids[0]!;
    const hb = b.ids[0]!;
    // Only the first sentences can differ, so they hold every substitution: none when they are one
    // sentence; and when the most they could hold is below `compare`'s bound (a headline against a
    // whole article, most often), no report whether or not they correspond, which then need not be found.
    if (ha === hb || body.chain.length / 2 + 1 < SPUN.minAlignedSentences) return null;
    const least = this.table.leastWords(ha) + body.least;
    const most = Math.min(this.table.tokenCount(ha), this.table.tokenCount(hb));
    if (most === 0 || (least > 0 && most / least < SPUN.minSubstitutionRate)) return null;
    if (similarityOf(ha, hb, this.table) < 0) return null;
    const chain = new Int32Array(body.chain.length + 2);
    chain.set(body.chain, 2);
    return this.compare(a, b, chain, synonyms);
  }

  /** The chain of the sentences `p` holds from the second on with themselves (see `compareCopies`), worked out once per body. */
  private bodyChain(p: Prepared): BodyChain {
    let body = this.bodyChains[p.body];
    if (body === undefined) {
      const pairs: number[] = [];
      let least = 0;
      for (let i = 1; i < p.ids.length; i++) {
        // A sentence without content words corresponds with none (no word of it to find).
        if (this.table.keys[p.ids[i]!]!.length === 0) continue;
        pairs.push(i, i);
        least += this.table.leastWords(p.ids[i]!);
      }
      this.bodyChains[p.body] = body = { chain: Int32Array.from(pairs), least };
    }
    return body;
  }

  /**
   * Whether `p`'s first sentence corresponds with any of its later ones at similarity 1, as the first
   * of the two (for an article with the same later sentences, whether it does with any of its).
   */
  private headLeads(p: Prepared): boolean {
    return (p.headLeads ??= this.headWhole(p, true));
  }

  /** Whether any later sentence of `p` corresponds with its first at similarity 1, as the first of the two (see `headLeads`). */
  private headFollows(p: Prepared): boolean {
    return (p.headFollows ??= this.headWhole(p, false));
  }

  private headWhole(p: Prepared, leads: boolean): boolean {
    const head = p.ids[0]!;
    for (let j = 1; j < p.ids.length; j++) if ((leads ? similarityOf(head, p.ids[j]!, this.table) : similarityOf(p.ids[j]!, head, this.table)) === 1) return true;
    return false;
  }

  private rowsOf(b: Prepared): ArticleRows {
    let rows = this.rowsByArticle.get(b);
    if (!rows) this.rowsByArticle.set(b, (rows = this.templates.rowsOf(b)));
    return rows;
  }

  /** Articles that follow another sentence by sentence with systematic substitution. */
  find(articles: readonly Article[], synonyms: SynonymLookup | null): SpunCopyReport[] {
    // Identical texts are the same article twice, not a spun copy; keep one of each. Texts are told
    // apart by length and middle character first: hashing every whole text to look it up in a set
    // would read them all.
    const byShape = new Map<number, string[]>();
    const prepared: Prepared[] = [];
    for (const article of articles) {
      const text = article.text;
      const shape = text.length * 0x10000 + (text.charCodeAt(text.length >> 1) || 0);
      const same = byShape.get(shape);
      if (same === undefined) byShape.set(shape, [text]);
      else if (same.includes(text)) continue;
      else same.push(text);
      prepared.push(this.add(article));
    }
    const early = this.earlySynonyms && this.early.size > 0 && this.earlySynonyms() === synonyms ? this.early : null;
    const found: SpunCopyReport[] = [];
    for (const [x, y] of candidateArticlePairs(prepared)) {
      const pa = prepared[x]!;
      const pb = prepared[y]!;
      const made = early?.get(pa)?.get(pb);
      const report = made !== undefined ? made : this.comparePair(pa, pb, synonyms);
      if (report) found.push(report);
    }
    return found;
  }

  /**
   * Lets go of the prepared articles and of what only speeds comparisons up (rows, early
   * comparisons, alignments of sentence pairs): some hundred megabytes for 10,000 articles, better
   * freed before grouping allocates its own. A later `find` gives the same result, only more slowly.
   */
  release(): void {
    this.byArticle.clear();
    this.rowsByArticle.clear();
    this.templates.clear();
    this.early.clear();
    this.bySignature.clear();
    this.bodies.clear();
    this.bodyChains.length = 0;
    // Arrivals count from 0 again: no count may pass for one of a later article.
    this.sharedBy.fill(-1);
    this.table.release();
  }

  /** The report for two articles given their corresponding sentences, or null when `pb` is not a spun copy of `pa` (or the reverse). */
  private compare(pa: Prepared, pb: Prepared, chain: Int32Array, synonyms: SynonymLookup | null): SpunCopyReport | null {
    const table = this.table;
    const aligned = chain.length / 2;
    if (aligned < SPUN.minAlignedSentences) return null;
    // Words are at least the chains' chunks, and each substitution takes at least one word of each
    // sentence: when even the most substitutions the differing sentences could hold make the rate
    // too low, they need not be compared (a wire copy with a changed headline). Their tokens are
    // at hand: a pair of different sentences only corresponds once its words were aligned.
    let least = 0;
    let most = 0;
    for (let c = 0; c < chain.length; c += 2) {
      const sa = pa.ids[chain[c]!]!;
      const sb = pb.ids[chain[c + 1]!]!;
      least += table.leastWords(sa);
      if (sa !== sb) most += Math.min(table.tokenCount(sa), table.tokenCount(sb));
    }
    if (most === 0 || (least > 0 && most / least < SPUN.minSubstitutionRate)) return null;
    const counts = new Map<string, { from: string; to: string; count: number; content: boolean }>();
    let words = 0;
    let substituted = 0;
    for (let c = 0; c < chain.length; c += 2) {
      const sa = pa.ids[chain[c]!]!;
      const sb = pb.ids[chain[c + 1]!]!;
      // The same sentence in both has no substitutions (and needs no tokens).
      if (sa === sb) continue;
      for (const { from, to, content } of substitutionsOf(sa, sb, table, synonyms)) {
        substituted++;
        const key = `${from}\u0000${to}`;
        const known = counts.get(key);
        if (known) known.count++;
        else counts.set(key, { from, to, count: 1, content });
      }
    }
    // No substitutions at all is a copy, not a spun one (rate 0), whatever the word count.
    if (substituted === 0) return null;
    // The same bound with the substitutions counted: the sentences need not be tokenised to count their words.
    if (least > 0 && substituted / least < SPUN.minSubstitutionRate) return null;
    for (let c = 0; c < chain.length; c += 2) words += table.tokenCount(pa.ids[chain[c]!]!);
    const rate = words > 0 ? substituted / words : 0;
    if (rate < SPUN.minSubstitutionRate) return null;
    const subs = [...counts.values()];
    const aIsOriginal = originalIsA(subs, synonyms);
    const [source, copy] = aIsOriginal ? [pa, pb] : [pb, pa];
    const share = aligned / Math.min(pa.counted, pb.counted);
    if (share < SPUN.minAlignedShare) return null;
    const substitutions: Substitution[] = subs
      .map((s) => (aIsOriginal ? { from: s.from, to: s.to, count: s.count } : { from: s.to, to: s.from, count: s.count }))
      .sort((p, q) => q.count - p.count || (p.from < q.from ? -1 : p.from > q.from ? 1 : 0))
      .slice(0, 12);
    const examples = substitutions.slice(0, 4).map((s) => `${s.from}→${s.to}`).join(', ');
    return {
      articleId: copy.article.id,
      sourceArticleId: source.article.id,
      alignedShare: share,
      alignedSentences: aligned,
      substitutionRate: rate,
      substitutions,
      message:
        `Possible spun copy of “${source.article.title}”: ${aligned} sentences ` +
        `(${Math.round(share * 100)}% of the shorter article) match it, with ${Math.round(rate * 100)}% of words swapped (${examples}).`,
    };
  }
}

/** Articles that follow another sentence by sentence with systematic substitution. */
export function findSpunCopies(articles: readonly Article[], synonyms: SynonymLookup | null): SpunCopyReport[] {
  return new SpunCopyFinder().find(articles, synonyms);
}
