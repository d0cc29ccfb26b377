/**
 * Review files (`*.verbatim.json`) on disk: where autosave writes, reading one back, and noticing
 * articles that changed on disk since they were reviewed. Writes are atomic; a file that holds more
 * decisions than the new content is never overwritten silently.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ReviewOpened } from '../../shared/contract';
import { reviewDocumentSchema, type ReviewDocument } from '../../shared/review';
import { isArticle, loadPath } from '../engine/load';
import { writeFileAtomic } from './atomicWrite';

/** Review files are JSON of at most this size; anything larger is not ours. */
const MAX_REVIEW_BYTES = 500 * 1024 * 1024;

/** The review file name beside an article: `story.txt` → `story.verbatim.json`. */
export function reviewPathNear(articlePath: string): string {
  return join(dirname(articlePath), `${basename(articlePath).replace(/\.[^.]+$/, '')}.verbatim.json`);
}

/** Reads and validates a review file; throws with a message for people. */
export async function readReview(path: string): Promise<ReviewDocument> {
  const info = await stat(path);
  if (info.size > MAX_REVIEW_BYTES) throw new Error(`${basename(path)} is too large to be a Verbatim review.`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new Error(`${basename(path)} is not a Verbatim review (not valid JSON).`);
  }
  const parsed = reviewDocumentSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${basename(path)} is not a Verbatim review, or was written by a newer version.`);
  return parsed.data;
}

/** Ids of reviewed articles whose file on disk now reads differently (missing files count as unchanged: the review keeps their text). */
export async function changedOnDisk(document: ReviewDocument): Promise<string[]> {
  const changed: string[] = [];
  for (const a of document.articles) {
    if (!a.path.includes('/') && !a.path.includes('\\')) continue;
    const loaded = await loadPath(a.path);
    if (isArticle(loaded) && loaded.text !== a.text) changed.push(a.id);
  }
  return changed;
}

/** Opens a review for the handlers. */
export async function openReview(path: string): Promise<ReviewOpened> {
  const document = await readReview(path);
  return { document, path, changedOnDisk: await changedOnDisk(document) };
}

/**
 * Writes the review, refusing to replace a file that holds decisions the new content lacks (for
 * instance a review of other articles with the same name). Returns false when it refused.
 */
export async function saveReview(path: string, content: string, { force }: { force: boolean }): Promise<boolean> {
  if (!force) {
    const existing = await readReview(path).catch(() => null);
    if (existing) {
      const next = reviewDocumentSchema.safeParse(JSON.parse(content));
      const sameArticles = next.success && existing.articles.every((a) => next.data.articles.some((b) => b.id === a.id));
      if (!sameArticles) return false;
    }
  }
  await writeFileAtomic(path, content);
  return true;
}
