import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticle, loadAll, loadBytes, loadPath, MAX_FILE_BYTES } from '../../../electron/engine/load';
import { fixture } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-load-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('loadPath', () => {
  it('loads a text file', async () => {
    const result = await loadPath(file('story.txt', 'Headline\n“Quote,” he said.'));
    expect(isArticle(result) && result.title).toBe('Headline');
  });

  it('names the file and the reason when it fails', async () => {
    expect(await loadPath(join(dir, 'missing.txt'))).toEqual({ name: 'missing.txt', reason: 'The file no longer exists.' });
    const folder = join(dir, 'folder.txt');
    mkdirSync(folder);
    expect(await loadPath(folder)).toEqual({ name: 'folder.txt', reason: 'This is a folder, not a file.' });
    expect(await loadPath(file('scan.pdf', '%PDF-1.7'))).toMatchObject({ name: 'scan.pdf', reason: expect.stringContaining('damaged') });
    expect(await loadPath(file('tool.exe', 'MZ'))).toMatchObject({ name: 'tool.exe', reason: expect.stringContaining('not supported') });
  });
});

describe('loadBytes', () => {
  it('refuses files over the size limit without decoding them', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(await loadBytes('huge.txt', big)).toMatchObject({ name: 'huge.txt', reason: expect.stringContaining('the limit is 50 MB') });
  });
});

describe('loadAll', () => {
  it('loads the good files and reports each bad one, in order', async () => {
    const result = await loadAll([
      { kind: 'path', path: file('one.txt', 'One\nText') },
      { kind: 'bytes', name: 'bin.txt', data: new Uint8Array([0, 1, 2, 3]) },
      { kind: 'bytes', name: 'two.txt', data: new TextEncoder().encode('Two\nText') },
      { kind: 'bytes', name: 'empty.txt', data: new Uint8Array() },
    ]);
    expect(result.articles.map((a) => a.title)).toEqual(['One', 'Two']);
    expect(result.failures.map((f) => f.name)).toEqual(['bin.txt', 'empty.txt']);
  });
});

describe('loadBytes by content', () => {
  it('reads a PDF or a web page saved under a .txt name as what it is', async () => {
    const pdf = await loadBytes('report.txt', fixture('article.pdf'));
    expect(isArticle(pdf) && pdf.format).toBe('pdf');
    const html = await loadBytes('page.txt', new TextEncoder().encode('<!DOCTYPE html><html><body><p>“Hi,” she said.</p></body></html>'));
    expect(isArticle(html) && html.text).toBe('“Hi,” she said.');
  });

  it('gives up on a file that takes longer than its time budget, with a message', async () => {
    const result = await loadBytes('slow.pdf', fixture('article.pdf'), 'slow.pdf', { timeoutMs: 1 });
    expect(result).toEqual({ name: 'slow.pdf', reason: 'Reading this file took longer than 1 second; it was skipped.' });
  });
});

describe('loadAll in batches', () => {
  const sources = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ kind: 'bytes' as const, name: `a${i}.txt`, data: new TextEncoder().encode(`Title ${i}\n“Quote ${i},” she said.`) }));

  it('loads thousands of files in order and reports progress for each', async () => {
    const seen: number[] = [];
    const result = await loadAll(sources(2000), { concurrency: 8, onProgress: (p) => seen.push(p.done) });
    expect(result.articles.map((a) => a.title)).toEqual(Array.from({ length: 2000 }, (_, i) => `Title ${i}`));
    expect(seen).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
  });

  it('stops starting files when cancelled and returns what it has', async () => {
    const controller = new AbortController();
    const result = await loadAll(sources(500), {
      concurrency: 2,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 10) controller.abort();
      },
    });
    expect(result.articles.length).toBeGreaterThanOrEqual(10);
    expect(result.articles.length).toBeLessThan(20);
  });

  it('keeps going when the progress callback throws', async () => {
    const result = await loadAll(sources(5), {
      onProgress: () => {
        throw new Error('display broke');
      },
    });
    expect(result.articles).toHaveLength(5);
  });
});
