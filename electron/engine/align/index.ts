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
import { findSpunCopies } from './spun';
import { buildVersions } from './versions';
import { WordNetSynonyms, type SynonymLookup } from './wordnet';

/** Options of `groupQuotes`, for tests and tools; the defaults suit the app. */
export interface AlignOptions {
  /** Synonym lookup; defaults to WordNet. */
  readonly synonyms?: SynonymLookup | null;
  /** Whether to look for spun copies between articles (default true). */
  readonly spunCopies?: boolean;
}

let sharedSynonyms: WordNetSynonyms | null = null;

/** Groups quotes by utterance across and within articles and compares the versions of each. */
export function groupQuotes(articles: readonly Article[], quotes: readonly Quote[], options: AlignOptions = {}): AlignmentResult {
  const synonyms = options.synonyms === undefined ? (sharedSynonyms ??= new WordNetSynonyms()) : options.synonyms;
  const order = new Map(articles.map((a, i) => [a.id, i] as const));
  const versions = buildVersions(quotes, order);
  const spunCopies = options.spunCopies === false ? [] : findSpunCopies(articles, synonyms);
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
