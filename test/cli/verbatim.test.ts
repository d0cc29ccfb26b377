import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../electron/cli/verbatim';

let dir = '';
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs the CLI in-process, capturing stdout and stderr. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

const ARTICLE = 'Pier to reopen\n\n“We will rebuild the pier,” Mayor Ana Ruiz said. She added that work starts in May.\n';

describe('verbatim analyze', () => {
  it('prints the JSON contract with --json: its fields first and unchanged, alignment added after', async () => {
    const path = file('pier.txt', `\uFEFF${ARTICLE}`);
    const { code, out, err } = await run(['analyze', '--json', path]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const json = JSON.parse(out) as {
      articles: { id: string; path: string; title: string; text: string }[];
      quotes: Record<string, unknown>[];
      groups: Record<string, unknown>[];
    };
    expect(Object.keys(json)).toEqual(['articles', 'quotes', 'groups', 'spunCopies']);
    const [article] = json.articles;
    expect(Object.keys(article!)).toEqual(['id', 'path', 'title', 'text']);
    expect(article!.text).toBe(ARTICLE); // BOM removed, nothing else changed
    expect(Object.keys(json.quotes[0]!)).toEqual(['id', 'articleId', 'text', 'start', 'end', 'kind', 'cue', 'speaker', 'confidence', 'utterance']);
    for (const q of json.quotes) expect(q.text).toBe(article!.text.slice(q.start as number, q.end as number));
    expect(json.quotes[0]).toMatchObject({ text: 'We will rebuild the pier', kind: 'direct', cue: 'said', speaker: { name: 'Ana Ruiz', mention: 'Mayor Ana Ruiz' } });
    expect(json.quotes[1]).toMatchObject({ text: 'work starts in May', kind: 'indirect', speaker: { name: 'Ana Ruiz', mention: 'She' } });
    expect(Object.keys(json.groups[0]!).slice(0, 4)).toEqual(['id', 'quoteIds', 'wording', 'speakerConflict']);
    expect(Object.keys(json.groups[0]!).slice(4)).toEqual(['unattributed', 'speakers', 'reference', 'versions']);
  });

  it('prints a readable report by default', async () => {
    const path = file('pier2.txt', ARTICLE);
    const { code, out } = await run(['analyze', path]);
    expect(code).toBe(0);
    expect(out).toContain('Ana Ruiz | direct [said] | “We will rebuild the pier”');
  });

  it('reports an unreadable file on stderr and still analyses the others', async () => {
    const good = file('good.txt', ARTICLE);
    const binary = file('image.txt', new Uint8Array([0, 1, 2, 0, 255, 0, 3, 0]));
    const missing = join(dir, 'missing.txt');
    const { code, out, err } = await run(['analyze', '--json', missing, binary, good]);
    expect(code).toBe(0);
    expect(err).toMatch(/missing\.txt: /);
    expect(err).toMatch(/image\.txt: /);
    expect((JSON.parse(out) as { articles: unknown[] }).articles).toHaveLength(1);
  });

  it('exits non-zero only when nothing loaded', async () => {
    const { code, err } = await run(['analyze', join(dir, 'nope.txt')]);
    expect(code).toBe(1);
    expect(err).toContain('no file could be read');
  });

  it('explains its usage', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['analyze'])).err).toContain('Usage');
    expect((await run(['analyze', '--jobs', '0', 'x.txt'])).code).toBe(2);
    expect((await run(['analyze', '--jobs'])).err).toContain('--jobs N');
  });

  it('analyses a folder (subfolders too, hidden files and symbolic links skipped) the same with one thread or several', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(join(folder, 'sub', '.hidden'), { recursive: true });
    for (let i = 0; i < 9; i++) writeFileSync(join(folder, i < 5 ? '' : 'sub', `story-${i}.txt`), `Story ${i}\n\n“We will rebuild pier ${i},” Mayor Ana Ruiz said. She added that work starts in May.\n`);
    writeFileSync(join(folder, 'sub', '.hidden', 'secret.txt'), ARTICLE);
    writeFileSync(join(folder, 'notes.csv'), 'a,b');
    symlinkSync(join(dir, 'pier.txt'), join(folder, 'link.txt'));
    const one = await run(['analyze', '--json', '--jobs', '1', folder]);
    const two = await run(['analyze', '--json', '--jobs=2', folder]);
    expect(one.code).toBe(0);
    expect(two.err).toBe('');
    const json = JSON.parse(two.out) as { articles: { path: string }[]; quotes: unknown[] };
    expect(json.articles.map((a) => a.path.slice(folder.length + 1))).toEqual([0, 1, 2, 3, 4].map((i) => `story-${i}.txt`).concat([5, 6, 7, 8].map((i) => `sub/story-${i}.txt`)));
    expect(json.quotes).toHaveLength(18);
    expect(two.out).toBe(one.out);
  }, 120_000);

  it('reports an unreadable file on stderr with several threads too, and keeps stdout to the JSON', async () => {
    const good = file('good2.txt', ARTICLE);
    const missing = join(dir, 'missing2.txt');
    const { code, out, err } = await run(['analyze', '--json', '--jobs', '2', good, missing]);
    expect(code).toBe(0);
    expect(err).toBe(`verbatim: ${missing}: The file no longer exists.\n`);
    expect((JSON.parse(out) as { articles: unknown[] }).articles).toHaveLength(1);
  }, 120_000);

  it('runs through the package bin entry', () => {
    const path = file('bin.txt', ARTICLE);
    const bin = resolve(import.meta.dirname, '../../electron/cli/bin.mjs');
    const result = spawnSync(process.execPath, [bin, 'analyze', '--json', path], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { quotes: unknown[] }).quotes.length).toBe(2);
  });
});
