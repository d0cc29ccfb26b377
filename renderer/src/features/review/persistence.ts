/**
 * Where the review is kept. In Electron main writes `*.verbatim.json` beside the articles (or where
 * the user chose); in the browser mode, with no file system, the review lives in this browser's
 * storage under the set of articles it belongs to, and can be downloaded or opened as a file.
 */
import { buildReviewDocument, reviewDocumentSchema, type ReviewDocument, type ReviewMark } from '../../../../shared/review';
import type { ArticleInfo } from '../../../../shared/contract';

const KEY_PREFIX = 'verbatim.review:';

/** The storage key for a set of articles: the same files in any order share a review. */
export function storageKey(articles: readonly ArticleInfo[]): string {
  return KEY_PREFIX + articles.map((a) => a.id).sort().join(',');
}

/** Reads the review saved in this browser for these articles, if any. */
export function readStoredReview(storage: Storage, articles: readonly ArticleInfo[]): ReviewDocument | null {
  const raw = storage.getItem(storageKey(articles));
  return raw ? parseReview(raw) : null;
}

/**
 * What this browser keeps of a review: its marks, in a review document with no articles (the storage key
 * names them). The articles' text stays out: for a large set it would not fit the storage quota.
 */
export function storedReview(marks: readonly ReviewMark[], now: Date): string {
  return JSON.stringify(buildReviewDocument([], marks, now));
}

/** Parses and validates review JSON; null when it is not a Verbatim review. */
export function parseReview(text: string): ReviewDocument | null {
  try {
    const parsed = reviewDocumentSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
