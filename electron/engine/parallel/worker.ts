/**
 * An extraction worker thread (run by tinypool, started by ./pool.ts from its own build entry,
 * `out/main/extract-worker.js`): reads and decodes the files it is given by path, then runs the
 * per-article stages (segment → detect quotes → attribute → canonicalise) on each article of the
 * batch. Plain Node. A file that cannot be read is a failure of its own; the batch goes on.
 */
import { basename } from 'node:path';
import type { Article } from '../../../shared/types';
import { compactStatements } from '../analyze';
import { AnchorCache, splitForSpun } from '../align';
import { extract } from '../extract';
import { isArticle, loadPath } from '../load';
import type { ExtractResult, ExtractTask } from './protocol';

/**
 * Sentences' anchor signatures, across the batches this thread runs: copies of one story repeat most
 * sentences. Emptied when large, so a long-lived thread (the app's) does not keep every sentence it has seen.
 */
const anchorCache = new AnchorCache();
const ANCHOR_CACHE_LIMIT = 200_000;

/** The batch before the last one given: batches run one after another (see `extractBatch`). */
let previous: Promise<unknown> = Promise.resolve();

/**
 * Runs a batch once the one before it is done. The pool sends a thread its next batch while it still
 * works on one, and a batch that waits on a file read would otherwise let the next one start and
 * interleave with it, so that neither finished early; and its deadline starts only with it.
 */
export default function extractBatch(task: ExtractTask): Promise<ExtractResult[]> {
  const run = previous.then(() => extractNow(task));
  previous = run.catch(() => undefined);
  return run;
}

async function extractNow(task: ExtractTask): Promise<ExtractResult[]> {
  task.started?.postMessage(0);
  const out: ExtractResult[] = [];
  for (const item of task.items) {
    let article: Article;
    if ('path' in item) {
      const loaded = await loadPath(item.path, { timeoutMs: task.loadTimeoutMs, blockingRead: true });
      if (!isArticle(loaded)) {
        out.push({ index: item.index, failure: loaded });
        continue;
      }
      article = loaded;
    } else {
      article = item.article;
    }
    try {
      const statements = compactStatements(extract(article));
      if (anchorCache.size > ANCHOR_CACHE_LIMIT) anchorCache.clear();
      const split = splitForSpun(article.text, anchorCache);
      out.push('path' in item ? { index: item.index, article, statements, split } : { index: item.index, statements, split });
    } catch (error) {
      const name = 'path' in item ? basename(item.path) : article.name;
      const reason = `This file could not be analysed (${error instanceof Error ? error.message : String(error)}).`;
      out.push({ index: item.index, failure: { name, reason } });
    }
  }
  return out;
}
