/**
 * Entry of the browser mode (`npm start` where Electron cannot run): serves the renderer and the
 * contract over HTTP on loopback. Plain Node — no Electron import anywhere below this file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { createHandlers } from '../handlers';
import { createWorkerAnalyzer } from '../handlers/analysisWorker';
import { createLoaderPool } from '../engine/load';
import { isFolder, pathArgs, PendingFiles } from '../handlers/pending';
import { startServer } from './http';

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = join(import.meta.dirname, '../..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const port = Number(argValue('--port') ?? process.env['VERBATIM_PORT'] ?? 0);

// `npm start -- a.txt b.txt` (or a folder) opens those files in the page, as a file association would in Electron.
const pending = new PendingFiles();
pending.push(pathArgs(process.argv.slice(2).filter((a, i, all) => all[i - 1] !== '--port'), isFolder).map((p) => resolve(p)));

const analyzer = createWorkerAnalyzer(new URL('./analysis-worker.js', import.meta.url), {}, { eager: true });
const loaderPool = createLoaderPool(new URL('./load-worker.js', import.meta.url));
void loaderPool.warm();
const running = await startServer({
  handlers: createHandlers({ mode: 'browser', version, takePendingPaths: () => pending.take(), analyze: analyzer.run, analysisProgress: analyzer.progress, cancelAnalysis: analyzer.cancel, loaderPool }),
  rendererDir: join(root, 'out/renderer'),
  port: Number.isInteger(port) && port >= 0 && port < 65536 ? port : 0,
});
console.log(`Verbatim is running at ${running.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void Promise.all([running.close(), analyzer.close(), loaderPool.close()]).then(() => process.exit(0)));
}
