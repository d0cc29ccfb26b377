import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerAnalyzer } from '../../electron/handlers/analysisWorker';
import { analyze } from '../../electron/engine/analyze';
import type { AnalysisProgress, Article } from '../../shared/types';

// The analysis worker runs the TypeScript source through tsx here, and so do its pool's threads.
const bootstrap = fileURLToPath(new URL('../handlers/tsWorker.mjs', import.meta.url));
const entry = new URL('../../electron/worker/analysis.ts', import.meta.url).href;
const analyzer = createWorkerAnalyzer(bootstrap, { workerData: { entry, parallelFromChars: 0 } });
afterAll(() => analyzer.close());

const article = (i: number): Article => {
  const text = `Story ${i}\n“We will rebuild pier ${i % 4},” Mayor Ana Ruiz said. Lee said the work ${i % 3 === 0 ? 'starts' : 'begins'} in May.`;
  return { id: `a_${String(i).padStart(12, '0')}`, path: `${i}.txt`, name: `${i}.txt`, title: `Story ${i}`, text, wordCount: 1, encoding: 'utf-8', byteLength: text.length };
};

describe('analysis worker', () => {
  it('runs a larger set through its extraction pool, with the same result as analyze() and progress on the way', async () => {
    const articles = Array.from({ length: 30 }, (_, i) => article(i));
    const seen: AnalysisProgress[] = [];
    const running = analyzer.run(articles);
    const timer = setInterval(() => {
      const p = analyzer.progress();
      if (p) seen.push(p);
    }, 5);
    const analysis = await running.finally(() => clearInterval(timer));
    expect(analysis).toEqual(analyze(articles));
    expect(seen.length).toBeGreaterThan(0);
  }, 120_000);

  it('reuses what quick passes extracted: the full analysis after them equals analyze() over all, in their order or another', async () => {
    const articles = Array.from({ length: 24 }, (_, i) => article(100 + i));
    const first = await analyzer.run(articles.slice(0, 10), { extractOnly: true });
    expect(first).toEqual(analyze(articles.slice(0, 10), { extractOnly: true }));
    await analyzer.run(articles.slice(10), { extractOnly: true });
    expect(await analyzer.run(articles)).toEqual(analyze(articles));
    // Another order, one article fewer and two new ones: kept results for most, extraction for the rest.
    const next = [...articles.slice(1).reverse(), article(200), article(201)];
    expect(await analyzer.run(next)).toEqual(analyze(next));
  }, 120_000);
});
