/**
 * The parallel analysis path, used by the app's analysis worker and by the CLI:
 *
 *   sources ─(batches)→ extraction pool (worker threads: load by path → segment → quotes → attribute → canonicalise)
 *           ─(results as they arrive)→ AnalysisAssembler (alignment prep per article)
 *           ─(all in)→ merge names → number quotes by input order → group → compare
 *
 * The result is the same as `analyze()` over the articles that loaded, whatever order the threads
 * finish in. Progress is reported per batch; the signal cancels (running threads are terminated).
 */
import type { Analysis, Article, LoadFailure } from '../../../shared/types';
import { AnalysisAssembler, type AnalyzeOptions } from '../analyze';
import { Intake } from './intake';
import { createExtractionPool, type ExtractionPool } from './pool';
import type { ExtractItem } from './protocol';

export { createExtractionPool, DEFAULT_DEADLINE_MS, extractionThreads, type ExtractionPool, type ExtractionPoolOptions } from './pool';

/** An article already loaded, or a file for a worker thread to read. */
export type ParallelSource = Article | { readonly path: string };

/** Options of `analyzeParallel`. */
export interface ParallelOptions extends AnalyzeOptions {
  /** A pool to use (and leave open); otherwise one is made for this run with `threads` threads. */
  readonly pool?: ExtractionPool;
  readonly threads?: number;
  /** Cancels: the promise rejects with the signal's reason and running threads are stopped. */
  readonly signal?: AbortSignal;
  /** Articles per task; by default enough for a few dozen tasks per thread, at most 64. */
  readonly batchSize?: number;
}

/** The analysis of what loaded, the articles it covers (input order), and what could not be read or analysed. */
export interface ParallelResult {
  readonly analysis: Analysis;
  readonly articles: readonly Article[];
  /** By input position, in input order. */
  readonly failures: readonly { readonly index: number; readonly failure: LoadFailure }[];
}

/** Articles per task: few enough messages, enough tasks to balance threads and report progress. */
export function batchSizeFor(total: number, threads: number): number {
  return Math.max(1, Math.min(64, Math.ceil(total / (threads * 8))));
}

export async function analyzeParallel(sources: readonly ParallelSource[], options: ParallelOptions = {}): Promise<ParallelResult> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const pool = options.pool ?? createExtractionPool(options.threads ? { threads: options.threads } : {});
  const assembler = new AnalysisAssembler(options);
  const failures: { index: number; failure: LoadFailure }[] = [];
  const total = sources.length;
  const size = options.batchSize ?? batchSizeFor(total, pool.threads);
  let done = 0;
  // Results are added in slices between turns of the event loop, so a thread that finishes a batch
  // gets its next one at once, not after this thread has added the batches before it (./intake.ts).
  const intake = new Intake();
  try {
    onProgress?.({ stage: 'extract', done: 0, total });
    const batches: Promise<void>[] = [];
    for (let from = 0; from < total; from += size) {
      const items: ExtractItem[] = [];
      for (let index = from; index < Math.min(total, from + size); index++) {
        const s = sources[index]!;
        items.push('id' in s ? { index, article: s } : { index, path: s.path });
      }
      batches.push(
        pool.run(items, signal).then((results) => {
          if (signal?.aborted) return;
          for (const r of results) {
            intake.push(() => {
              if ('failure' in r) failures.push({ index: r.index, failure: r.failure });
              else assembler.add(r.index, r.article ?? (sources[r.index] as Article), r.statements, r.split);
            });
          }
          intake.push(() => {
            done += results.length;
            onProgress?.({ stage: 'extract', done, total });
          });
        }),
      );
    }
    // WordNet loads now, while the threads work on the first batches, not after the last.
    intake.push(() => assembler.warm());
    await Promise.all(batches);
    await intake.idle();
    signal?.throwIfAborted();
    const analysis = assembler.finish(total, onProgress);
    failures.sort((a, b) => a.index - b.index);
    return { analysis, articles: assembler.articles(), failures };
  } finally {
    intake.clear();
    if (!options.pool) await pool.close();
  }
}
