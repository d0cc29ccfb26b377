import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticle, loadAll, loadBytes, loadPath, MAX_FILE_BYTES } from '../../../electron/engine/load';

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
