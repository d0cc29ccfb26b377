/**
 * The analysis worker thread: runs the pipeline away from the process that serves the window, so the
 * Electron main process (and the browser-mode server) keep answering while a large set is analysed.
 * Extraction is spread over a pool of nested worker threads (../engine/parallel); this thread streams
 * their results into grouping. Plain Node; started by `../handlers/analysisWorker.ts`, which stops a
 * superseded analysis by terminating this thread (its pool threads end with it).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalysisProgress, Article } from '../../shared/types';
import { analyze, type AnalyzeOptions } from '../engine/analyze';
import { analyzeParallel, createExtractionPool, type ExtractionPool } from '../engine/parallel';

/** A request from the parent: analyse these articles. */
export interface AnalysisRequest {
  readonly id: number;
  readonly articles: readonly Article[];
  readonly options: Omit<AnalyzeOptions, 'onProgress'>;
}

/**
 * Below about a tenth of a second of extraction (some 2 million characters) the threads' messages cost
 * more than they save, and the window's quick passes over the first files would wait on them.
 * `workerData.parallelFromChars` overrides it (tests send small sets through the pool).
 */
const PARALLEL_FROM_CHARS = (workerData as { parallelFromChars?: number } | null)?.parallelFromChars ?? 2_000_000;

let pool: ExtractionPool | null = null;

/**
 * Warm-up while the user is still choosing files: the first analysis otherwise pays for loading
 * WordNet and for compiling the hot paths. Two tiny reports of one remark exercise every stage; the
 * pool's threads start now too (each loads the extraction stages once).
 */
function warmUp(): void {
  const article = (id: string, text: string): Article => ({ id, path: id, name: id, title: id, text, wordCount: 0, encoding: 'utf-8', byteLength: 0 });
  const articles = [
    article('a_warmup000001', 'Talks\n“We need to act quickly,” Mayor Ann Lee said, adding that the plan was “bold.”'),
    article('a_warmup000002', 'Talks\n“We have to act fast,” said Ann Lee. She called the plan “bold.”'),
  ];
  analyze(articles);
  pool ??= createExtractionPool();
  void analyzeParallel(articles, { pool, batchSize: 1 }).catch(() => undefined);
}

// Requests are handled one at a time, in order (the parent sends a new one only after terminating this thread).
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (request: AnalysisRequest) => {
  queue = queue.then(async () => {
    try {
      const onProgress = (progress: AnalysisProgress) => parentPort?.postMessage({ id: request.id, progress });
      const options = { ...request.options, onProgress };
      let analysis;
      const chars = request.articles.reduce((n, a) => n + a.text.length, 0);
      if (request.articles.length < 2 || chars < PARALLEL_FROM_CHARS) {
        analysis = analyze(request.articles, options);
      } else {
        pool ??= createExtractionPool();
        const result = await analyzeParallel(request.articles, { ...options, pool });
        // An article whose extraction overran its deadline is left out, and the window says which and why.
        analysis = result.failures.length > 0 ? { ...result.analysis, skipped: result.failures.map((f) => f.failure) } : result.analysis;
      }
      parentPort?.postMessage({ id: request.id, ok: true, analysis });
    } catch (error) {
      parentPort?.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
});

// Messages queue behind the warm-up, so a request arriving meanwhile simply waits for it.
setImmediate(warmUp);
