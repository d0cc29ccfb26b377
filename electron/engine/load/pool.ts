/**
 * A small pool of loader worker threads with a hard deadline per file. In-thread parsing can only be
 * asked to stop; a thread can be made to. A file that overruns its budget, or makes its thread run out
 * of memory or crash, gets a failure of its own, the thread is replaced, and the queue moves on.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Article, LoadFailure } from '../../../shared/types';
import { ranOutOfMemory, tookTooLong } from './messages';
import type { LoadRequest } from './worker';

/** Parses files in worker threads. */
export interface LoaderPool {
  load(name: string, data: Uint8Array, path: string, options?: { signal?: AbortSignal }): Promise<Article | LoadFailure>;
  /** Starts every thread now (they load the parsing libraries), so the user's first files do not wait for that. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Threads; two keep one slow PDF from holding up a folder. */
  readonly size?: number;
  /** The hard deadline per file, in milliseconds. */
  readonly timeoutMs?: number;
  /** Heap limit per thread: a decompression bomb exhausts its own thread, not the app. */
  readonly maxHeapMb?: number;
  readonly workerOptions?: WorkerOptions;
}

interface Task {
  readonly request: Omit<LoadRequest, 'id'>;
  readonly signal: AbortSignal | undefined;
  readonly resolve: (r: Article | LoadFailure) => void;
}

interface Slot {
  worker: Worker | null;
  busy: boolean;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** The thread enforces the budget itself and answers; the hard deadline only catches a thread that cannot. */
const GRACE_MS = 1_000;

/** Creates a pool whose threads run `entry` (the built ./worker.ts). */
export function createLoaderPool(entry: URL | string, options: PoolOptions = {}): LoaderPool {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const slots: Slot[] = Array.from({ length: Math.max(1, options.size ?? 2) }, () => ({ worker: null, busy: false }));
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Worker =>
    new Worker(entry, {
      ...options.workerOptions,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024, ...options.workerOptions?.resourceLimits },
    });

  const run = (slot: Slot, task: Task) => {
    slot.busy = true;
    const worker = slot.worker ?? spawn();
    slot.worker = worker;
    const id = nextId++;
    const name = task.request.name;
    let settled = false;

    const finish = (result: Article | LoadFailure, kill: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      task.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (kill) {
        slot.worker = null;
        void worker.terminate();
      }
      slot.busy = false;
      task.resolve(result);
      pump();
    };
    const onMessage = (reply: { id: number; result: Article | LoadFailure }) => {
      if (reply.id === id) finish(reply.result, false);
    };
    const onError = (error: Error) => {
      finish({ name, reason: ranOutOfMemory(error) ? 'This file needs more memory to read than Verbatim allows; it was skipped.' : 'This file could not be read: the reader stopped unexpectedly.' }, true);
    };
    const onExit = () => finish({ name, reason: 'This file could not be read: the reader stopped unexpectedly.' }, true);
    const onAbort = () => finish({ name, reason: 'Loading was cancelled.' }, true);
    const timer = setTimeout(
      () => finish({ name, reason: tookTooLong(timeoutMs) }, true),
      timeoutMs + GRACE_MS,
    );

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    task.signal?.addEventListener('abort', onAbort, { once: true });
    // The thread gets its own copy; the caller's bytes stay usable.
    worker.postMessage({ id, ...task.request, data: task.request.data.slice(), timeoutMs } satisfies LoadRequest);
  };

  function pump() {
    if (closed) return;
    for (const slot of slots) {
      if (slot.busy) continue;
      let task = queue.shift();
      while (task?.signal?.aborted) {
        task.resolve({ name: task.request.name, reason: 'Loading was cancelled.' });
        task = queue.shift();
      }
      if (!task) return;
      run(slot, task);
    }
  }

  const pool: LoaderPool = {
    async warm() {
      // One tiny file per thread: each starts and loads its parsing libraries while the user is still choosing files.
      const sample = new TextEncoder().encode('Warm-up\nA line of text.');
      await Promise.all(slots.map(() => pool.load('warm-up.txt', sample, 'warm-up.txt')));
    },
    load(name, data, path, { signal } = {}) {
      if (closed) return Promise.resolve({ name, reason: 'Verbatim is closing; the file was not read.' });
      return new Promise((resolve) => {
        queue.push({ request: { name, path, data }, signal, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.resolve({ name: task.request.name, reason: 'Verbatim is closing; the file was not read.' });
      await Promise.all(slots.map((s) => s.worker?.terminate()));
      for (const s of slots) s.worker = null;
    },
  };
  return pool;
}
