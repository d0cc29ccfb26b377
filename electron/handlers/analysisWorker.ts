/**
 * Runs analyses in one long-lived worker thread (WordNet and the lexicons load once). A new request
 * supersedes one still running: the worker is stopped and restarted, and the old caller is told it
 * was cancelled, so a user who adds a file mid-analysis never waits for a result nobody wants.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Analysis, Article } from '../../shared/types';
import type { AnalyzeOptions } from '../engine/analyze';

type Reply = { id: number; ok: true; analysis: Analysis } | { id: number; ok: false; error: string };

/** The error a superseded analysis rejects with. */
export class AnalysisCancelled extends Error {
  override name = 'AnalysisCancelled';
  constructor() {
    super('The analysis was replaced by a newer one.');
  }
}

/** An analyser backed by a worker thread. */
export interface WorkerAnalyzer {
  run(articles: readonly Article[], options?: AnalyzeOptions): Promise<Analysis>;
  close(): Promise<void>;
}

/** Creates the analyzer; with `eager`, the worker starts (and warms up) now rather than on first use. */
export function createWorkerAnalyzer(entry: URL | string, options: WorkerOptions = {}, { eager = false } = {}): WorkerAnalyzer {
  let worker: Worker | null = null;
  let nextId = 1;
  let pending: { id: number; resolve: (a: Analysis) => void; reject: (e: Error) => void } | null = null;

  const start = (): Worker => {
    const w = new Worker(entry, options);
    w.on('message', (reply: Reply) => {
      if (!pending || reply.id !== pending.id) return;
      const p = pending;
      pending = null;
      if (reply.ok) p.resolve(reply.analysis);
      else p.reject(new Error(reply.error));
    });
    w.on('error', (error) => {
      pending?.reject(error);
      pending = null;
      worker = null;
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
    });
    return w;
  };

  if (eager) worker = start();

  return {
    run(articles, options = {}) {
      if (pending && worker) {
        pending.reject(new AnalysisCancelled());
        pending = null;
        void worker.terminate();
        worker = null;
      }
      worker ??= start();
      const id = nextId++;
      const w = worker;
      return new Promise<Analysis>((resolve, reject) => {
        pending = { id, resolve, reject };
        w.postMessage({ id, articles, options });
      });
    },
    async close() {
      pending?.reject(new AnalysisCancelled());
      pending = null;
      await worker?.terminate();
      worker = null;
    },
  };
}
