import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../electron/engine/analyze';
import { isArticle, loadPath } from '../../../electron/engine/load';
import { analyzeParallel, createExtractionPool } from '../../../electron/engine/parallel';
import type { AnalysisProgress, Article } from '../../../shared/types';

// The threads run the TypeScript sources through tsx here (electron/engine/parallel/worker-source.mjs).
const fixtureDir = resolve(import.meta.dirname, '../../fixtures');
const fixtureFiles = [
  ...readdirSync(join(fixtureDir, 'engine')).filter((f) => f.endsWith('.txt') && !f.includes('.expected')).map((f) => join(fixtureDir, 'engine', f)),
  ...readdirSync(join(fixtureDir, 'align')).filter((f) => f.endsWith('.txt')).map((f) => join(fixtureDir, 'align', f)),
];

const pool = createExtractionPool({ threads: 2 });
afterAll(() => pool.close());

async function loadFixtures(): Promise<Article[]> {
  const loaded = await Promise.all(fixtureFiles.map((f) => loadPath(f)));
  return loaded.filter(isArticle);
}

describe('analyzeParallel', () => {
  it('gives exactly what analyze() gives, from articles and from paths, whatever order batches finish in', async () => {
    const articles = await loadFixtures();
    // Each fixture twice, as a corpus of copies would have it: ids, utterances and groups must still match.
    const doubled = [...articles, ...articles.map((a) => ({ ...a, id: `${a.id}b`, path: `${a.path}.copy` }))];
    const expected = analyze(doubled);
    expect(expected.quotes.length).toBeGreaterThan(20);
    const fromArticles = await analyzeParallel(doubled, { pool, batchSize: 1 });
    expect(fromArticles.analysis).toEqual(expected);
    expect(fromArticles.failures).toEqual([]);

    const fromPaths = await analyzeParallel(fixtureFiles.map((path) => ({ path })), { pool, batchSize: 2 });
    expect(fromPaths.articles).toEqual(articles);
    expect(fromPaths.analysis).toEqual(analyze(articles));
  }, 120_000);

  it('gives a file that cannot be read a failure of its own and analyses the rest', async () => {
    const paths = [fixtureFiles[0]!, join(fixtureDir, 'nope.txt'), fixtureFiles[1]!];
    const result = await analyzeParallel(paths.map((path) => ({ path })), { pool, batchSize: 3 });
    expect(result.failures).toEqual([{ index: 1, failure: { name: 'nope.txt', reason: 'The file no longer exists.' } }]);
    expect(result.articles.map((a) => a.path)).toEqual([paths[0], paths[2]]);
    expect(result.analysis).toEqual(analyze(result.articles));
  }, 60_000);

  it('reports progress per batch, ending with the compare stage', async () => {
    const articles = await loadFixtures();
    const seen: AnalysisProgress[] = [];
    await analyzeParallel(articles, { pool, batchSize: 2, onProgress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ stage: 'extract', done: 0, total: articles.length });
    const dones = seen.filter((p) => p.stage === 'extract').map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(dones.at(-1)).toBe(articles.length);
    expect(seen.at(-1)).toEqual({ stage: 'compare', done: articles.length, total: articles.length });
  }, 60_000);

  it('stops when cancelled', async () => {
    const articles = await loadFixtures();
    const controller = new AbortController();
    const many = Array.from({ length: 40 }, (_, i) => ({ ...articles[i % articles.length]!, id: `a_cancel${i}` }));
    const running = analyzeParallel(many, { pool, batchSize: 1, signal: controller.signal, onProgress: (p) => p.done >= 2 && controller.abort() });
    await expect(running).rejects.toThrow(/abort/i);
    // The pool replaced the stopped threads and still works.
    const after = await analyzeParallel(articles.slice(0, 2), { pool });
    expect(after.failures).toEqual([]);
    expect(after.analysis).toEqual(analyze(articles.slice(0, 2)));
  }, 60_000);

  it('kills a thread stuck on one article after the deadline; that article fails alone, the rest go on', async () => {
    const entry = fileURLToPath(new URL('./hangWorker.mjs', import.meta.url));
    const hanging = createExtractionPool({ threads: 1, entry, deadlineMs: 2_000 });
    try {
      await hanging.warm();
      const articles = (await loadFixtures()).slice(0, 2);
      const stuck: Article = { ...articles[0]!, id: 'a_stuck', name: 'stuck.txt', text: 'HANG\n“Never,” he said.' };
      const result = await analyzeParallel([articles[0]!, stuck, articles[1]!], { pool: hanging, batchSize: 3 });
      expect(result.failures).toEqual([{ index: 1, failure: { name: 'stuck.txt', reason: expect.stringMatching(/longer than 2 seconds/) as unknown as string } }]);
      expect(result.analysis).toEqual(analyze(articles));
    } finally {
      await hanging.close();
    }
  }, 120_000);
});

describe('the fixtures', () => {
  it('are plain text files the loader reads', () => {
    for (const f of fixtureFiles) expect(readFileSync(f, 'utf8').length).toBeGreaterThan(0);
  });
});
