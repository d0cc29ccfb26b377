/**
 * The alignment stage: quotes → groups of versions of one utterance, each version compared word by
 * word with a reference version, plus article-level reports of spun copies.
 *
 *   versions (join split utterances) → spun copies (sentence alignment between articles)
 *   → group (index candidates → verify pairs → cluster) → describe (reference → diff → classify → summarise)
 *
 * Pure and deterministic: same articles and quotes in the same order, same result.
 */
import type { AlignmentResult } from '../../../shared/alignment';
import type { Article, Quote } from '../../../shared/types';
import { describeGroup } from './detail';
import { groupVersions } from './group';
import { SpunCopyFinder, type SentenceSplit } from './spun';
import { tokenize, type Token } from './tokens';
import { buildVersions, tokensKey } from './versions';
import { WordNetSynonyms, type SynonymLookup } from './wordnet';

/** Options of `groupQuotes`, for tests and tools; the defaults suit the app. */
export interface AlignOptions {
  /** Synonym lookup; defaults to WordNet. */
  readonly synonyms?: SynonymLookup | null;
  /** Whether to look for spun copies between articles (default true). */
  readonly spunCopies?: boolean;
  /** Work already done per article as extraction results arrived (see AlignmentPrep). */
  readonly prep?: AlignmentPrep;
}

let sharedSynonyms: WordNetSynonyms | null = null;

/** The process's WordNet lookup (its index loads once, on first use). */
function wordNet(): WordNetSynonyms {
  return (sharedSynonyms ??= new WordNetSynonyms());
}

/**
 * Alignment work that needs one article at a time, done as each article's extraction arrives so
 * that little is left once the last one is in: the article's sentences for spun-copy detection,
 * and the words of each of its utterances. Only a cache: `groupQuotes` gives the same result
 * with or without it.
 */
export class AlignmentPrep {
  /** Compares articles for spun copies as they come in, with the lookup `groupQuotes` uses by default. */
  readonly spun = new SpunCopyFinder(() => wordNet());
  /** Token lists by the texts of an utterance's parts joined with U+0000 (as `buildVersions` keys them). */
  readonly tokens = new Map<string, Token[]>();

  /** Lets go of the caches once `groupQuotes` has taken what it needs of them (a prep serves one grouping). */
  release(): void {
    this.tokens.clear();
    this.spun.release();
  }

  /**
   * Loads WordNet now, and the word frequencies spun-copy detection tells the original side by
   * (fixed costs better paid while worker threads extract than while articles come in).
   */
  warm(): void {
    wordNet().synsets('said');
    wordNet().familiarity('said');
  }

  /**
   * `position`: the article's place in the input. `split`: its sentences for spun-copy detection,
   * when a worker thread has split it already.
   */
  addArticle(
    article: Article,
    statements: readonly { readonly start: number; readonly end: number; readonly utterance: number }[],
    position: number,
    split?: SentenceSplit,
  ): void {
    this.spun.add(article, split, position);
    const byUtterance = new Map<number, { start: number; end: number }[]>();
    for (const s of statements) {
      const parts = byUtterance.get(s.utterance);
      if (parts) parts.push(s);
      else byUtterance.set(s.utterance, [s]);
    }
    for (const parts of byUtterance.values()) {
      parts.sort((x, y) => x.start - y.start || x.end - y.end);
      const texts = parts.map((p) => article.text.slice(p.start, p.end));
      const key = tokensKey(texts);
      if (!this.tokens.has(key)) this.tokens.set(key, tokenize(texts));
    }
  }
}

/** Groups quotes by utterance across and within articles and compares the versions of each. */
export function groupQuotes(articles: readonly Article[], quotes: readonly Quote[], options: AlignOptions = {}): AlignmentResult {
  const synonyms = options.synonyms === undefined ? wordNet() : options.synonyms;
  const order = new Map(articles.map((a, i) => [a.id, i] as const));
  const versions = buildVersions(quotes, order, options.prep?.tokens);
  const spunCopies = options.spunCopies === false ? [] : (options.prep?.spun ?? new SpunCopyFinder()).find(articles, synonyms);
  // Grouping and describing allocate much of their own: the prep's caches are spent by now.
  options.prep?.release();
  const spun = new Set(spunCopies.map((s) => s.articleId));
  const groups = groupVersions(versions, {
    synonyms,
    relatedArticles: spunCopies.map((s) => [s.articleId, s.sourceArticleId] as const),
  });
  return {
    groups: groups.map((members) => {
      const vs = members.map((i) => versions[i]!);
      return describeGroup(`group-${vs[0]!.quotes[0]!.id}`, vs, spun, synonyms);
    }),
    spunCopies,
  };
}

export type { SynonymLookup } from './wordnet';
export { splitForSpun, type SentenceSplit } from './spun';
export { AnchorCache } from './sentences';
