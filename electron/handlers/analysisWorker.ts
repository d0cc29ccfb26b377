/**
 * Runs analyses in one long-lived worker thread (WordNet and the lexicons load once). A new request
 * supersedes one still running: the worker is stopped and restarted, and the old caller is told it
 * was cancelled, so a user who adds a file mid-analysis never waits for a result nobody wants.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Analysis, AnalysisProgress, Article } from '../../shared/types';
import type { AnalyzeOptions } from '../engine/analyze';
import type { AnalysisRequest } from '../worker/analysis';

type Reply =
  | { id: number; ok: true; analysis: Analysis }
  | { id: number; ok: false; error: string }
  | { id: number; ok?: undefined; progress: AnalysisProgress };

/** The error a superseded analysis rejects with. */
export class AnalysisCancelled extends Error {
  override name = 'AnalysisCancelled';
  constructor() {
    super('The analysis was replaced by a newer one.');
  }
}

/** An analyser backed by a worker thread. */
export interface WorkerAnalyzer {
  run(articles: readonly Article[], options?: Omit<AnalyzeOptions, 'onProgress'>): Promise<Analysis>;
  /** How far the running analysis is, or null when none is running. */
  progress(): AnalysisProgress | null;
  /** Stops the running analysis (it rejects with AnalysisCancelled); false when none was running. */
  cancel(): boolean;
  close(): Promise<void>;
}

/** Creates the analyzer; with `eager`, the worker starts (and warms up) now rather than on first use. */
export function createWorkerAnalyzer(entry: URL | string, options: WorkerOptions = {}, { eager = false } = {}): WorkerAnalyzer {
  let worker: Worker | null = null;
  let nextId = 1;
  let pending: { id: number; resolve: (a: Analysis) => void; reject: (e: Error) => void } | null = null;
  let progress: AnalysisProgress | null = null;
  /**
   * Ids of the articles the running thread has been sent: it keeps them (and what it extracted from them),
   * so a later request names them instead of copying their text to the thread again.
   */
  let sent = new Set<string>();

  const start = (): Worker => {
    const w = new Worker(entry, options);
    sent = new Set();
    w.on('message', (reply: Reply) => {
      if (!pending || reply.id !== pending.id) return;
      if (reply.ok === undefined) {
        progress = reply.progress;
        return;
      }
      const p = pending;
      progress = null;
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

  /** Rejects the running analysis and stops its thread; the next run starts a fresh one. */
  const stopRunning = (): boolean => {
    if (!pending || !worker) return false;
    pending.reject(new AnalysisCancelled());
    pending = null;
    progress = null;
    void worker.terminate();
    worker = null;
    return true;
  };

  return {
    progress: () => progress,
    cancel: stopRunning,
    run(articles, options = {}) {
      stopRunning();
      worker ??= start();
      const id = nextId++;
      const w = worker;
      return new Promise<Analysis>((resolve, reject) => {
        pending = { id, resolve, reject };
        progress = { stage: 'extract', done: 0, total: articles.length };
        const ids = articles.map((a) => a.id);
        const fresh = articles.filter((a) => !sent.has(a.id));
        // A full analysis is where the thread lets go of articles it no longer covers; this side follows.
        if (!options.extractOnly) sent = new Set(ids);
        else for (const a of fresh) sent.add(a.id);
        const request: AnalysisRequest = { id, ids, articles: fresh, options };
        w.postMessage(request);
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
