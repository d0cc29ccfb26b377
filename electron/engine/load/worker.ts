/**
 * The loader worker thread: parses one file at a time away from the process that serves the window, so
 * a hostile or enormous document can be stopped for good (the pool terminates the thread) and can use
 * no more memory than the thread is given. Plain Node; started by ./pool.ts from its own build entry.
 */
import { parentPort } from 'node:worker_threads';
import { loadBytes } from './index';

/** A request from the pool: parse these bytes. */
export interface LoadRequest {
  readonly id: number;
  readonly name: string;
  readonly path: string;
  readonly data: Uint8Array;
  readonly timeoutMs?: number;
}

parentPort?.on('message', (request: LoadRequest) => {
  void loadBytes(request.name, request.data, request.path, request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}).then((result) =>
    parentPort?.postMessage({ id: request.id, result }),
  );
});
