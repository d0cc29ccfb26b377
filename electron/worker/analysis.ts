/**
 * The analysis worker thread: runs the pipeline away from the process that serves the window, so the
 * Electron main process (and the browser-mode server) keep answering while a large set is analysed.
 * Plain Node; started by `../handlers/analysisWorker.ts`.
 */
import { parentPort } from 'node:worker_threads';
import type { AnalysisProgress, Article } from '../../shared/types';
import { analyze, type AnalyzeOptions } from '../engine/analyze';

/** A request from the parent: analyse these articles. */
export interface AnalysisRequest {
  readonly id: number;
  readonly articles: readonly Article[];
  readonly options: Omit<AnalyzeOptions, 'onProgress'>;
}

/**
 * Warm-up while the user is still choosing files: the first analysis otherwise pays for loading
 * WordNet and for compiling the hot paths. Two tiny reports of one remark exercise every stage.
 */
function warmUp(): void {
  const article = (id: string, text: string): Article => ({ id, path: id, name: id, title: id, text, wordCount: 0, encoding: 'utf-8', byteLength: 0 });
  analyze([
    article('a_warmup000001', 'Talks\n“We need to act quickly,” Mayor Ann Lee said, adding that the plan was “bold.”'),
    article('a_warmup000002', 'Talks\n“We have to act fast,” said Ann Lee. She called the plan “bold.”'),
  ]);
}

parentPort?.on('message', (request: AnalysisRequest) => {
  try {
    const onProgress = (progress: AnalysisProgress) => parentPort?.postMessage({ id: request.id, progress });
    parentPort?.postMessage({ id: request.id, ok: true, analysis: analyze(request.articles, { ...request.options, onProgress }) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});

// Messages queue behind the warm-up, so a request arriving meanwhile simply waits for it.
setImmediate(warmUp);
