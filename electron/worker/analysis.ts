/**
 * The analysis worker thread: runs the pipeline away from the process that serves the window, so the
 * Electron main process (and the browser-mode server) keep answering while a large set is analysed.
 * Plain Node; started by `../handlers/analysisWorker.ts`.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../../shared/types';
import { analyze } from '../engine/analyze';

/** A request from the parent: analyse these articles. */
export interface AnalysisRequest {
  readonly id: number;
  readonly articles: readonly Article[];
}

parentPort?.on('message', (request: AnalysisRequest) => {
  try {
    parentPort?.postMessage({ id: request.id, ok: true, analysis: analyze(request.articles) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
