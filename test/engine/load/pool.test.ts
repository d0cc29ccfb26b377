import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createLoaderPool, isArticle, loadAll } from '../../../electron/engine/load';
import { fixture } from './fixtures';

// The handlers' test bootstrap runs a worker's TypeScript source through tsx.
const bootstrap = fileURLToPath(new URL('../../handlers/tsWorker.mjs', import.meta.url));
const entry = (path: string) => ({ workerData: { entry: new URL(path, import.meta.url).href } });

describe('createLoaderPool', () => {
  const pool = createLoaderPool(bootstrap, { size: 2, workerOptions: entry('../../../electron/engine/load/worker.ts') });
  afterAll(() => pool.close());

  it('parses files in worker threads, the same as in this thread', async () => {
    const result = await loadAll(
      ['article.txt', 'article.html', 'article.docx', 'article.pdf', 'protected.pdf'].map((name) => ({ kind: 'bytes' as const, name, data: fixture(name) })),
      { pool },
    );
    expect(result.articles.map((a) => [a.name, a.title])).toEqual(
      ['article.txt', 'article.html', 'article.docx', 'article.pdf'].map((n) => [n, 'Harbour bridge repairs to close main road for six weeks']),
    );
    expect(result.failures).toEqual([{ name: 'protected.pdf', reason: 'This PDF is password-protected. Remove the password and open it again.' }]);
  }, 60_000);

  it('cancels queued and running files', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await pool.load('a.pdf', fixture('article.pdf'), 'a.pdf', { signal: controller.signal })).toEqual({ name: 'a.pdf', reason: 'Loading was cancelled.' });
    const loaded = await pool.load('b.txt', fixture('article.txt'), 'b.txt');
    expect(isArticle(loaded)).toBe(true);
  }, 60_000);
});

describe('a thread that never answers', () => {
  it('is stopped at the deadline, the file fails with a message, and the next file gets a new thread', async () => {
    const pool = createLoaderPool(bootstrap, { size: 1, timeoutMs: 300, workerOptions: entry('./hangWorker.ts') });
    const started = performance.now();
    const [first, second] = await Promise.all([pool.load('stuck.pdf', new Uint8Array(8), 'stuck.pdf'), pool.load('next.pdf', new Uint8Array(8), 'next.pdf')]);
    expect(first).toEqual({ name: 'stuck.pdf', reason: 'Reading this file took longer than 1 second; it was skipped.' });
    expect(second).toMatchObject({ name: 'next.pdf', reason: expect.stringContaining('took longer') });
    expect(performance.now() - started).toBeLessThan(15_000);
    await pool.close();
    expect(await pool.load('late.txt', new Uint8Array(1), 'late.txt')).toEqual({ name: 'late.txt', reason: 'Verbatim is closing; the file was not read.' });
  }, 60_000);
});
