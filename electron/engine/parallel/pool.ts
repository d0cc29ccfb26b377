/**
 * The extraction pool: worker threads (tinypool) that each take a batch of articles and return their
 * statements. Each thread holds two batches, the one it runs and the next, so that it starts the next
 * at once instead of waiting for this thread to take in the last one's results (some milliseconds per
 * batch, a second in all at 10,000 articles); its hard deadline counts from when the batch starts.
 * A batch that overruns its deadline has every thread stopped and fresh ones started (tinypool only
 * sends a thread a second task when the task has no abort signal, so stopping is done here, for the
 * whole pool); a batch whose thread crashes or runs out of its heap is stopped by tinypool with it.
 * Either way it is run again one article per task: the article at fault then gets a failure of its
 * own and the others go on — the rule ../load/pool.ts keeps for files. Batches stopped only because
 * they shared the pool with an overdue one are run again as they were.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { ranOutOfMemory, tookTooLong } from '../load/messages';
import type { ExtractItem, ExtractResult, ExtractTask } from './protocol';

/** Options of the pool. */
export interface ExtractionPoolOptions {
  /** Worker threads; defaults to `extractionThreads()`. */
  readonly threads?: number;
  /** The thread's entry; defaults to the built `extract-worker.js` beside this bundle (or the source shim under tsx). */
  readonly entry?: string | URL;
  /** Hard deadline per article (and per batch), in milliseconds. */
  readonly deadlineMs?: number;
  /** Heap limit per thread: one enormous article exhausts its own thread, not the app. */
  readonly maxHeapMb?: number;
}

/** Extraction in worker threads. */
export interface ExtractionPool {
  readonly threads: number;
  /** Extracts one batch; resolves with one result per item (never rejects but for `signal`). */
  run(items: readonly ExtractItem[], signal?: AbortSignal): Promise<ExtractResult[]>;
  /** Resolves once the threads have started and loaded the stages (no deadline: starting is not a stuck article). */
  warm(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_DEADLINE_MS = 30_000;

/**
 * Extraction threads for `threads` threads at work in all: one fewer, since the thread that
 * coordinates them is busy too (it takes in every result, compares articles for spun copies, and
 * groups at the end). On 2 cores one extraction thread beside it is faster than two, with less CPU
 * (three busy threads on two cores slow the coordinating one): at 10,000 articles 9.4–10.0 s against
 * 10.4–11.6 s when the coordinating thread set the pace, and still 8.5–8.6 s against 8.7–9.6 s once
 * its work was cut.
 */
export function extractionThreads(threads: number = availableParallelism()): number {
  return Math.max(1, threads - 1);
}

/**
 * How long a task may wait to start (its thread starting and loading the stages, or running the batch
 * it holds before this one, which has its own deadline) before the task's deadline starts anyway.
 */
const STARTUP_MS = 60_000;

/** Batches a thread holds at once: the one it runs and the next. */
const BATCHES_PER_THREAD = 2;

/**
 * Where the worker entry is: the source shim when run through tsx; when built, `extract-worker.js` in
 * out/main, beside the bundle that runs this code or one folder up (the bundler may place this module
 * in a shared chunk under out/main/chunks).
 */
function defaultEntry(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  if (import.meta.url.endsWith('.ts')) return join(here, 'worker-source.mjs');
  const beside = join(here, 'extract-worker.js');
  return existsSync(beside) ? beside : join(here, '..', 'extract-worker.js');
}

function nameOf(item: ExtractItem): string {
  return 'path' in item ? basename(item.path) : item.article.name;
}

function failureFor(error: unknown, deadlineMs: number, timedOut: boolean): string {
  if (timedOut) return tookTooLong(deadlineMs, 'Analysing');
  if (ranOutOfMemory(error)) return 'This file needs more memory to analyse than Verbatim allows; it was skipped.';
  return 'This file could not be analysed: the worker stopped unexpectedly.';
}

export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const threads = Math.max(1, options.threads ?? extractionThreads());
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const filename = options.entry instanceof URL ? fileURLToPath(options.entry) : (options.entry ?? defaultEntry());
  const start = (): Tinypool =>
    new Tinypool({
      filename,
      minThreads: threads,
      maxThreads: threads,
      concurrentTasksPerWorker: BATCHES_PER_THREAD,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 },
    });
  let pool = start();
  /** Stops the threads of `stale` (a batch overdue, or the run cancelled) and starts fresh ones, once per set. */
  const replace = (stale: Tinypool): void => {
    if (pool !== stale) return;
    pool = start();
    void stale.destroy().catch(() => undefined);
  };
  // Tasks wait here, not in tinypool's queue, so that tinypool never holds more than a thread can start on.
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async (): Promise<void> => {
    if (running < threads * BATCHES_PER_THREAD) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  const warm = async (): Promise<void> => {
    const empty: ExtractTask = { items: [], loadTimeoutMs: deadlineMs };
    await Promise.all(Array.from({ length: threads * 2 }, () => pool.run(empty)));
  };

  /**
   * Runs a batch; null when its thread had to be stopped and the batch holds more than one article.
   * A thread that ends under a task for another reason than its deadline (a crash) gets the task once
   * more; a batch stopped because another one was overdue is run again without counting that.
   */
  const attempt = async (items: readonly ExtractItem[], signal: AbortSignal | undefined, retries = 1): Promise<ExtractResult[] | null> => {
    await slot();
    const ranOn = pool;
    let timedOut = false;
    let failure: unknown;
    // The deadline runs from when the thread takes the task (it says so on `started`), not from when
    // it was sent: a replacement thread still loading the stages, or the batch before it on the same
    // thread, is not a stuck article. Waiting has a budget of its own, so a thread that never starts
    // still fails the task.
    const { port1: started, port2 } = new MessageChannel();
    const expire = (): void => {
      timedOut = true;
      replace(ranOn);
    };
    const cancel = (): void => replace(ranOn);
    let timer = setTimeout(expire, STARTUP_MS + deadlineMs);
    let settled = false;
    started.once('message', () => {
      if (settled) return;
      clearTimeout(timer);
      timer = setTimeout(expire, deadlineMs);
    });
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      signal?.throwIfAborted();
      const task: ExtractTask = { items, loadTimeoutMs: deadlineMs, started: port2 };
      try {
        return (await ranOn.run(task, { transferList: [port2] })) as ExtractResult[];
      } catch (error) {
        signal?.throwIfAborted();
        failure = error;
      }
    } finally {
      settled = true;
      clearTimeout(timer);
      started.close();
      signal?.removeEventListener('abort', cancel);
      release();
    }
    if (!timedOut && pool !== ranOn) return attempt(items, signal, retries);
    if (!timedOut && retries > 0) return attempt(items, signal, retries - 1);
    if (items.length > 1) return null;
    return [{ index: items[0]!.index, failure: { name: nameOf(items[0]!), reason: failureFor(failure, deadlineMs, timedOut) } }];
  };

  const run = async (items: readonly ExtractItem[], signal?: AbortSignal): Promise<ExtractResult[]> => {
    const results = await attempt(items, signal);
    if (results) return results;
    // One article of the batch stopped its thread: run each alone to find it (a replacement thread's
    // start-up does not count against any of them: their deadlines start on `started`).
    const singles = await Promise.all(items.map((item) => attempt([item], signal, 0)));
    return singles.flatMap((r) => r ?? []);
  };

  return {
    threads,
    run,
    warm,
    async close() {
      await pool.destroy();
    },
  };
}
