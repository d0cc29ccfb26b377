import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../shared/contract';
import { summaryOf } from '../../shared/groupSummary';
import { createHandlers } from '../../electron/handlers';
import { dispatch, isMethodName } from '../../electron/handlers/dispatch';
import { fileArgs, pathArgs, PendingFiles } from '../../electron/handlers/pending';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-handlers-'));
const story = join(dir, 'story.txt');
writeFileSync(story, 'Council votes\n“We are ready,” the mayor said.');

describe('handlers', () => {
  it('opens only paths the user chose in the dialog', async () => {
    const handlers = createHandlers({ mode: 'electron', version: '1.0.0', pickFiles: async () => [story] });
    const before = await handlers['articles.load']({ sources: [{ kind: 'path', path: story }] });
    expect(before.articles).toEqual([]);
    expect(before.failures[0]?.reason).toContain('only opens files you chose');

    const picked = await handlers['articles.pick']({});
    expect(picked?.articles.map((a) => a.title)).toEqual(['Council votes']);
    const after = await handlers['articles.load']({ sources: [{ kind: 'path', path: story }] });
    expect(after.articles).toHaveLength(1);
  });

  it('returns null from the dialog when cancelled, and in the browser mode', async () => {
    expect(await createHandlers({ mode: 'electron', version: '1', pickFiles: async () => [] })['articles.pick']({})).toBeNull();
    expect(await createHandlers({ mode: 'browser', version: '1' })['articles.pick']({})).toBeNull();
  });

  it('analyses loaded articles by id and forgets removed ones', async () => {
    const handlers = createHandlers({ mode: 'browser', version: '1' });
    const { articles } = await handlers['articles.load']({
      sources: [{ kind: 'bytes', name: 'a.txt', data: new TextEncoder().encode('Title\n“We are ready,” the mayor said.') }],
    });
    const id = articles[0]!.id;
    const result = await handlers['analysis.run']({ ids: [id] });
    expect(result.quotes).toBeGreaterThan(0);
    const quotes = await handlers['analysis.quotes']({ handle: result.handle, offset: 0, limit: 100 });
    expect(quotes).toHaveLength(result.quotes);
    expect(quotes.every((q) => q.articleId === id)).toBe(true);
    expect(await handlers['analysis.groups']({ handle: result.handle, offset: 0, limit: 100 })).toHaveLength(result.groups);
    expect(await handlers['articles.remove']({ ids: [id, id] })).toEqual({ removed: 1 });
    expect((await handlers['analysis.run']({ ids: [id] })).quotes).toBe(0);
  });

  it('passes on the articles the engine gave up on, and says none when there are none', async () => {
    const skipped = [{ name: 'a.txt', reason: 'Finding quotes in this article took longer than 30 seconds; it was skipped.' }];
    const handlers = createHandlers({ mode: 'browser', version: '1', analyze: async () => ({ quotes: [], groups: [], spunCopies: [], skipped }) });
    const { articles } = await handlers['articles.load']({ sources: [{ kind: 'bytes', name: 'a.txt', data: new TextEncoder().encode('Title\nText.') }] });
    expect((await handlers['analysis.run']({ ids: [articles[0]!.id] })).skipped).toEqual(skipped);
    expect((await createHandlers({ mode: 'browser', version: '1' })['analysis.run']({ ids: [] })).skipped).toEqual([]);
  });

  it('cuts pages of long quotes short, never to nothing', async () => {
    const long = 'word '.repeat(40_000).trim();
    const text = Array.from({ length: 6 }, (_, i) => `“${long} ${i},” the mayor said.`).join('\n');
    const handlers = createHandlers({ mode: 'browser', version: '1' });
    const { articles } = await handlers['articles.load']({ sources: [{ kind: 'bytes', name: 'a.txt', data: new TextEncoder().encode(`Title\n${text}`) }] });
    const result = await handlers['analysis.run']({ ids: articles.map((a) => a.id), extractOnly: true });
    const first = await handlers['analysis.quotes']({ handle: result.handle, offset: 0, limit: 5000 });
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(result.quotes);
  });

  it('hands a large result over in pages, and keeps only the last few results', async () => {
    const text = Array.from({ length: 12 }, (_, i) => `“We are ready ${i},” the mayor said.`).join('\n');
    const handlers = createHandlers({ mode: 'browser', version: '1' });
    const { articles } = await handlers['articles.load']({ sources: [{ kind: 'bytes', name: 'a.txt', data: new TextEncoder().encode(`Title\n${text}`) }] });
    const ids = articles.map((a) => a.id);
    const result = await handlers['analysis.run']({ ids });
    const pages = await Promise.all([0, 5, 10].map((offset) => handlers['analysis.quotes']({ handle: result.handle, offset, limit: 5 })));
    expect(pages.map((p) => p.length)).toEqual([5, 5, result.quotes - 10]);
    expect(new Set(pages.flat().map((q) => q.id)).size).toBe(result.quotes);
    expect(await handlers['analysis.quotes']({ handle: result.handle, offset: result.quotes, limit: 5 })).toEqual([]);
    // Quick passes do not push out the full result the window opens groups from; newer full results do.
    for (let i = 0; i < 3; i++) await handlers['analysis.run']({ ids, extractOnly: true });
    expect(await handlers['analysis.groups']({ handle: result.handle, offset: 0, limit: 5 })).toHaveLength(result.groups);
    for (let i = 0; i < 3; i++) await handlers['analysis.run']({ ids });
    await expect(handlers['analysis.groups']({ handle: result.handle, offset: 0, limit: 5 })).rejects.toThrow(/no longer kept/);
    await expect(handlers['analysis.group']({ handle: result.handle, id: 'group-q1' })).rejects.toThrow(/no longer kept/);
  });

  it('lists groups as summaries and gives one group, or every group page by page, in full', async () => {
    const text = ['“We are ready,” the mayor said.', '“We are ready now,” she said later.'];
    const handlers = createHandlers({ mode: 'browser', version: '1' });
    const { articles } = await handlers['articles.load']({
      sources: text.map((t, i) => ({ kind: 'bytes' as const, name: `${i}.txt`, data: new TextEncoder().encode(`Story ${i}\n${t}`) })),
    });
    const result = await handlers['analysis.run']({ ids: articles.map((a) => a.id) });
    const summaries = await handlers['analysis.groups']({ handle: result.handle, offset: 0, limit: 100 });
    const full = await handlers['analysis.groupDetails']({ handle: result.handle, offset: 0, limit: 100 });
    expect(full).toHaveLength(result.groups);
    expect(summaries).toEqual(full.map(summaryOf));
    expect(summaries.every((s) => !('versions' in s))).toBe(true);
    for (const g of full) expect(await handlers['analysis.group']({ handle: result.handle, id: g.id })).toEqual(g);
    expect(await handlers['analysis.group']({ handle: result.handle, id: 'nowhere' })).toBeNull();
  });

  it('reports the host facts', async () => {
    expect(await createHandlers({ mode: 'browser', version: '2.0.0' })['app.info']({})).toMatchObject({
      mode: 'browser',
      version: '2.0.0',
      nativeDialogs: false,
    });
  });
});

describe('dispatch', () => {
  const handlers = createHandlers({ mode: 'browser', version: '1' });

  it('validates before calling the handler', async () => {
    await expect(dispatch(handlers, 'articles.load', { sources: 'nope' })).rejects.toBeInstanceOf(ContractError);
    await expect(dispatch(handlers, 'app.info', {})).resolves.toMatchObject({ mode: 'browser' });
  });

  it('knows only the contract methods, not prototype keys', () => {
    expect(isMethodName('app.info')).toBe(true);
    expect(isMethodName('constructor')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
  });
});

describe('files handed over from outside', () => {
  it('are taken once and granted', async () => {
    const pending = new PendingFiles();
    pending.push(fileArgs(['--inspect', 'main.js', story, story]));
    const handlers = createHandlers({ mode: 'browser', version: '1', takePendingPaths: () => pending.take() });
    expect(await handlers['articles.takePending']({})).toEqual({ paths: [story], failures: [] });
    expect(await handlers['articles.takePending']({})).toEqual({ paths: [], failures: [] });
    expect((await handlers['articles.load']({ sources: [{ kind: 'path', path: story }] })).articles).toHaveLength(1);
  });

  it('a folder among them is listed and each article file in it granted', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-pending-'));
    writeFileSync(join(folder, 'one.txt'), 'One\n“Yes,” she said.');
    writeFileSync(join(folder, 'two.md'), 'Two\nText.');
    writeFileSync(join(folder, 'skip.bin'), 'x');
    const empty = mkdtempSync(join(tmpdir(), 'verbatim-pending-empty-'));
    const args = pathArgs(['--port', '0', folder, empty, '.', 'missing-folder'], (p) => p === folder || p === empty);
    expect(args).toEqual([folder, empty]);
    const handlers = createHandlers({ mode: 'browser', version: '1', takePendingPaths: () => args });
    const taken = await handlers['articles.takePending']({});
    expect(taken.paths.map((p) => p.slice(folder.length + 1)).sort()).toEqual(['one.txt', 'two.md']);
    expect(taken.failures.map((f) => f.reason)).toEqual(['This folder has no article files Verbatim can open.']);
    const loaded = await handlers['articles.load']({ sources: taken.paths.map((path) => ({ kind: 'path' as const, path })) });
    expect(loaded.articles.map((a) => a.title).sort()).toEqual(['One', 'Two']);
  });
});

describe('folders', () => {
  it('list every article file below the chosen folder and grant them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-folder-'));
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'one.txt'), 'One\nText.');
    writeFileSync(join(folder, 'sub', 'two.md'), 'Two\nText.');
    writeFileSync(join(folder, 'photo.jpg'), 'not an article');
    const handlers = createHandlers({ mode: 'electron', version: '1', pickFolder: async () => folder });
    const chosen = await handlers['articles.pickFolder']({});
    expect(chosen?.paths.map((p) => p.slice(folder.length + 1)).sort()).toEqual(['one.txt', join('sub', 'two.md')]);
    expect(chosen?.failures).toEqual([]);
    const loaded = await handlers['articles.load']({ sources: (chosen?.paths ?? []).map((path) => ({ kind: 'path' as const, path })) });
    expect(loaded.articles.map((a) => a.title).sort()).toEqual(['One', 'Two']);
  });

  it('say so when a folder has nothing to open', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-empty-'));
    const handlers = createHandlers({ mode: 'electron', version: '1', pickFolder: async () => folder });
    expect((await handlers['articles.pickFolder']({}))?.failures[0]?.reason).toBe('This folder has no article files Verbatim can open.');
  });

  it('cancel reports whether anything was running', async () => {
    expect(await createHandlers({ mode: 'browser', version: '1' })['articles.cancel']({})).toEqual({ cancelled: false });
  });
});
