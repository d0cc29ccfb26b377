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
import { splitSentences, type Sentence } from './sentences';
import { tokenizePart, type Token } from './tokens';
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

interface Prepared {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
}

/** Article pairs (by index) that share enough sentence anchor sets to be worth aligning. */
function candidateArticlePairs(prepared: readonly Prepared[]): [number, number][] {
  const bySignature = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    const seen = new Set<string>();
    for (const s of p.sentences) {
      if (s.anchors.length < 2) continue;
      const sig = s.anchors.join('\u0000');
      if (seen.has(sig)) continue;
      seen.add(sig);
      const list = bySignature.get(sig);
      if (list) list.push(i);
      else bySignature.set(sig, [i]);
    }
  });
  const counts = new Map<number, number>();
  const n = prepared.length;
  for (const list of bySignature.values()) {
    if (list.length < 2 || list.length > SPUN.maxSignatureFrequency) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const key = list[x]! * n + list[y]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const out: [number, number][] = [];
  for (const [key, c] of counts) if (c >= SPUN.minSharedSignatures) out.push([Math.floor(key / n), key % n]);
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

interface SentencePair {
  readonly i: number;
  readonly j: number;
  readonly similarity: number;
}

/** Content words of a sentence, cheaply (no full tokenisation): the filter before word alignment. */
function keySet(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) if (!STOPWORDS.has(w)) out.add(w);
  return out;
}

/** Corresponding sentences of two articles: each sentence paired with at most one of the other. */
function alignSentences(
  keysA: readonly Set<string>[],
  keysB: readonly Set<string>[],
  tokensA: (i: number) => Token[],
  tokensB: (j: number) => Token[],
): SentencePair[] {
  const pairs: SentencePair[] = [];
  for (let i = 0; i < keysA.length; i++) {
    for (let j = 0; j < keysB.length; j++) {
      const ka = keysA[i]!;
      const kb = keysB[j]!;
      if (ka.size === 0 || kb.size === 0) continue;
      const [small, large] = ka.size <= kb.size ? [ka, kb] : [kb, ka];
      let shared = 0;
      for (const k of small) if (large.has(k)) shared++;
      // Cheap filter first: spinning keeps names, numbers and many content words.
      if (shared / small.size < SPUN.sharedWords) continue;
      const ta = tokensA(i);
      const tb = tokensB(j);
      // Word for word here (synonyms only label the substitutions later): spinning leaves most
      // function words and names in place, which is enough to pair the sentences, and much faster.
      const matches = alignWords(ta, tb, { synonyms: null });
      const similarity = matches.length / Math.max(ta.length, tb.length);
      if (similarity >= SPUN.sentenceSimilarity) pairs.push({ i, j, similarity });
    }
  }
  // One-to-one, best pairs first. Not necessarily in order: a rewrite may move a paragraph.
  pairs.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const chosen: SentencePair[] = [];
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    chosen.push(p);
  }
  return chosen.sort((x, y) => x.i - y.i);
}

/** Which side reads as the original: spinners replace common words with rarer ones. */
function originalIsA(subs: readonly { from: string; to: string; content: boolean }[], synonyms: SynonymLookup | null): boolean {
  if (!synonyms?.familiarity) return true;
  let vote = 0;
  for (const s of subs) if (s.content) vote += Math.sign(synonyms.familiarity(s.from) - synonyms.familiarity(s.to));
  return vote >= 0;
}

/** Articles that follow another sentence by sentence with systematic substitution. */
export function findSpunCopies(articles: readonly Article[], synonyms: SynonymLookup | null): SpunCopyReport[] {
  // Identical texts are the same article twice, not a spun copy; keep one of each.
  const seenText = new Set<string>();
  const prepared: Prepared[] = [];
  for (const article of articles) {
    if (seenText.has(article.text)) continue;
    seenText.add(article.text);
    prepared.push({ article, sentences: splitSentences(article.text) });
  }
  const reports: SpunCopyReport[] = [];
  const tokenCache = new Map<number, Map<number, Token[]>>();
  const tokensOf = (article: number) => (sentence: number): Token[] => {
    let byArticle = tokenCache.get(article);
    if (!byArticle) tokenCache.set(article, (byArticle = new Map()));
    let t = byArticle.get(sentence);
    if (!t) byArticle.set(sentence, (t = tokenizePart(prepared[article]!.sentences[sentence]!.text, sentence)));
    return t;
  };
  const keyCache = new Map<number, Set<string>[]>();
  const keysOf = (i: number): Set<string>[] => {
    let k = keyCache.get(i);
    if (!k) keyCache.set(i, (k = prepared[i]!.sentences.map((s) => keySet(s.text))));
    return k;
  };
  for (const [x, y] of candidateArticlePairs(prepared)) {
    const pa = prepared[x]!;
    const pb = prepared[y]!;
    const ta = tokensOf(x);
    const tb = tokensOf(y);
    const chain = alignSentences(keysOf(x), keysOf(y), ta, tb);
    if (chain.length < SPUN.minAlignedSentences) continue;
    const counts = new Map<string, { from: string; to: string; count: number; content: boolean }>();
    let words = 0;
    let substituted = 0;
    for (const { i, j } of chain) {
      const cmp = compareTokens(ta(i), tb(j), synonyms);
      words += ta(i).length;
      for (const c of cmp.changes) {
        if ((c.kind !== 'synonym' && c.kind !== 'changed') || c.place !== null) continue;
        substituted++;
        const fromToken = ta(i)[c.refFrom]!;
        const toToken = tb(j)[c.verFrom]!;
        const from = fromToken.norm;
        const to = toToken.norm;
        const key = `${from}\u0000${to}`;
        const known = counts.get(key);
        if (known) known.count++;
        else counts.set(key, { from, to, count: 1, content: !fromToken.stop && !toToken.stop });
      }
    }
    const rate = words > 0 ? substituted / words : 0;
    if (rate < SPUN.minSubstitutionRate) continue;
    const subs = [...counts.values()];
    const aIsOriginal = originalIsA(subs, synonyms);
    const [source, copy] = aIsOriginal ? [pa, pb] : [pb, pa];
    const counted = (p: Prepared): number => Math.max(1, p.sentences.filter((t) => t.text.split(/\s+/).length >= SPUN.minSentenceWords).length);
    const share = chain.length / Math.min(counted(pa), counted(pb));
    if (share < SPUN.minAlignedShare) continue;
    const substitutions: Substitution[] = subs
      .map((s) => (aIsOriginal ? { from: s.from, to: s.to, count: s.count } : { from: s.to, to: s.from, count: s.count }))
      .sort((p, q) => q.count - p.count || (p.from < q.from ? -1 : p.from > q.from ? 1 : 0))
      .slice(0, 12);
    const examples = substitutions.slice(0, 4).map((s) => `${s.from}→${s.to}`).join(', ');
    reports.push({
      articleId: copy.article.id,
      sourceArticleId: source.article.id,
      alignedShare: share,
      alignedSentences: chain.length,
      substitutionRate: rate,
      substitutions,
      message:
        `Possible spun copy of “${source.article.title}”: ${chain.length} sentences ` +
        `(${Math.round(share * 100)}% of the shorter article) match it, with ${Math.round(rate * 100)}% of words swapped (${examples}).`,
    });
  }
  return reports;
}
