import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AnalysisCancelled, createWorkerAnalyzer } from '../../electron/handlers/analysisWorker';
import { analyze } from '../../electron/engine/analyze';
import type { Article } from '../../shared/types';

// The worker runs the TypeScript source through tsx here; the app runs the built file.
const bootstrap = fileURLToPath(new URL('./tsWorker.mjs', import.meta.url));
const entry = new URL('../../electron/worker/analysis.ts', import.meta.url).href;
const analyzer = createWorkerAnalyzer(bootstrap, { workerData: { entry } });
afterAll(() => analyzer.close());

const article = (id: string, text: string): Article => ({ id, path: id, name: id, title: id, text, wordCount: 1, encoding: 'utf-8', byteLength: text.length });

describe('worker analyzer', () => {
  it('gives the same result as the in-process pipeline', async () => {
    const articles = [article('a_000000000001', 'Vote\n“We are ready,” Mayor Ana Ruiz said.')];
    expect(await analyzer.run(articles)).toEqual(analyze(articles));
  }, 30_000);

  it('cancels a running analysis when a newer one starts', async () => {
    const first = analyzer.run([article('a_000000000002', '“One,” she said.')]);
    const second = analyzer.run([article('a_000000000003', '“Two,” Lee said.')]);
    await expect(first).rejects.toBeInstanceOf(AnalysisCancelled);
    expect((await second).quotes.map((q) => q.text)).toEqual(['Two']);
  }, 30_000);

  it('reports progress while running and can be stopped', async () => {
    const many = Array.from({ length: 60 }, (_, i) => article(`a_${String(i).padStart(12, '0')}`, `Story ${i}\n“We will act,” Mayor Ana Ruiz said. ${'More text. '.repeat(200)}`));
    const running = analyzer.run(many);
    expect(analyzer.progress()).toMatchObject({ stage: 'extract', total: 60 });
    expect(analyzer.cancel()).toBe(true);
    await expect(running).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(analyzer.progress()).toBeNull();
    expect(analyzer.cancel()).toBe(false);
    expect((await analyzer.run([article('a_000000000042', '“Again,” Lee said.')])).quotes).toHaveLength(1);
  }, 30_000);
});
