import { describe, expect, it, vi } from 'vitest';
import { batchBySize, createAppStore, initialState, mergeLoaded, prefixQuotes, selectSelectedArticle, selectSelectedGroup, selectTotalWords } from '../../../renderer/src/store/appStore';
import { analysis as listAnalysis, articles as listArticles } from '../listFixture';
import { fakeApi, serveAnalysis, textFile } from '../fakeApi';
import { makeQuote } from '../../fixtures/records';

describe('app store', () => {
  it('opens files, keeps their order, reports failures, selects the first and analyses', async () => {
    const api = fakeApi();
    const store = createAppStore(api);
    await store.getState().init();
    await store.getState().openFiles([textFile('b.txt', 'Second\nx y'), textFile('empty.txt', ''), textFile('a.txt', 'First\nz')]);
    const s = store.getState();
    expect(s.articles.map((a) => a.name)).toEqual(['b.txt', 'a.txt']);
    expect(s.failures).toEqual([{ name: 'empty.txt', reason: 'The file is empty.' }]);
    expect(selectSelectedArticle(s)?.name).toBe('b.txt');
    expect(selectTotalWords(s)).toBe(5);
    expect(s.loading).toBeNull();
    expect(api.calls).toContain('analysis.run');
  });

  it('refuses oversized files before reading them', async () => {
    const store = createAppStore(fakeApi());
    await store.getState().init(); // maxFileBytes = 1000 in the fake
    await store.getState().openFiles([textFile('big.txt', 'x'.repeat(5000))]);
    expect(store.getState().failures[0]).toMatchObject({ name: 'big.txt', reason: expect.stringContaining('limit') });
  });

  it('keeps going when one upload fails on the server', async () => {
    const api = fakeApi();
    const load = api['articles.load'];
    const store = createAppStore({
      ...api,
      'articles.load': async (input) => {
        if (input.sources[0]?.kind === 'bytes' && input.sources[0].name === 'bad.txt') throw new Error('Request too large.');
        return load(input);
      },
    });
    await store.getState().openFiles([textFile('bad.txt', 'x'), textFile('good.txt', 'Good\ntext')]);
    expect(store.getState().articles.map((a) => a.name)).toEqual(['good.txt']);
    expect(store.getState().failures).toEqual([{ name: 'bad.txt', reason: 'Request too large.' }]);
  });

  it('lists group summaries, fetches a group’s versions when it is opened (once), and every group’s for an export', async () => {
    const api = fakeApi({ 'articles.load': async () => ({ articles: listArticles.map(({ text: _t, ...a }) => a), failures: [] }), ...serveAnalysis(async () => listAnalysis) });
    const calls = (name: string) => api.calls.filter((c) => c === name).length;
    const store = createAppStore(api);
    await store.getState().init();
    await store.getState().openFiles([textFile('a.txt', 'x')]);
    expect(store.getState().analysis?.groups.every((g) => !('versions' in g))).toBe(true);
    const g = listAnalysis.groups[1]!;
    store.getState().selectGroup(g.id);
    expect(selectSelectedGroup(store.getState())).toBeNull();
    store.getState().needGroup(g.id);
    store.getState().needGroup(g.id);
    await vi.waitFor(() => expect(selectSelectedGroup(store.getState())).toEqual(g));
    store.getState().needGroup(g.id);
    expect(calls('analysis.group')).toBe(1);
    let saved = '';
    const info = await api['app.info']({});
    const exporting = createAppStore({
      ...api,
      'app.info': async () => ({ ...info, nativeDialogs: true }),
      'files.save': async ({ content }) => ((saved = content), { saved: true }),
    });
    await exporting.getState().init();
    await exporting.getState().openFiles([textFile('a.txt', 'x')]);
    await exporting.getState().exportAs('json');
    expect(calls('analysis.groupDetails')).toBeGreaterThan(0);
    expect((JSON.parse(saved) as { groups: { versions: unknown[] }[] }).groups.map((r) => r.versions.length)).toEqual(
      expect.arrayContaining(listAnalysis.groups.map((x) => x.versions.length)),
    );
  });

  it('removes an article and moves the selection', async () => {
    const store = createAppStore(fakeApi());
    await store.getState().openFiles([textFile('a.txt', 'A\n1'), textFile('b.txt', 'B\n2')]);
    const first = store.getState().articles[0]!.id;
    await store.getState().removeArticle(first);
    expect(store.getState().articles.map((a) => a.name)).toEqual(['b.txt']);
    expect(selectSelectedArticle(store.getState())?.name).toBe('b.txt');
  });

  it('lists an article the engine gave up on with the other failures, once, and keeps the rest', async () => {
    const skipped = { name: 'stuck.txt', reason: 'Finding quotes in this article took longer than 30 seconds; it was skipped.' };
    const store = createAppStore(fakeApi(serveAnalysis(async () => ({ quotes: [], groups: [], spunCopies: [], skipped: [skipped] }))));
    await store.getState().openFiles([textFile('stuck.txt', 'Stuck\nx'), textFile('fine.txt', 'Fine\ny')]);
    await store.getState().openFiles([textFile('more.txt', 'More\nz')]);
    expect(store.getState().articles.map((a) => a.name)).toEqual(['stuck.txt', 'fine.txt', 'more.txt']);
    expect(store.getState().failures).toEqual([skipped]);
  });

  it('reports an unreachable engine instead of crashing', async () => {
    const store = createAppStore(fakeApi({ 'app.info': async () => Promise.reject(new Error('offline')) }));
    await store.getState().init();
    expect(store.getState().error).toContain('offline');
  });
});

describe('mergeLoaded', () => {
  it('skips an article that is already open', () => {
    const article = { id: 'a_000000000001', path: 'a', name: 'a.txt', title: 'A', text: 'A', wordCount: 1, encoding: 'utf-8', byteLength: 1 };
    const state = { ...initialState, articles: [article], selectedId: article.id };
    expect(mergeLoaded(state, { articles: [article], failures: [] })).toMatchObject({
      articles: [article],
      failures: [{ name: 'a.txt', reason: 'Already open; skipped.' }],
    });
  });
});

describe('batchBySize', () => {
  it('sends files in batches bounded by count and size', () => {
    const bySize = (files: File[]) => batchBySize(files, (f) => f.size);
    const small = Array.from({ length: 60 }, (_, i) => textFile(`f${i}.txt`, 'x'));
    expect(bySize(small).map((b) => b.length)).toEqual([25, 25, 10]);
    const big = [textFile('a.txt', 'x'.repeat(5_000_000)), textFile('b.txt', 'x'.repeat(5_000_000)), textFile('c.txt', 'x')];
    expect(bySize(big).map((b) => b.map((f) => f.name))).toEqual([['a.txt'], ['b.txt', 'c.txt']]);
  });
});

describe('analysis of many articles', () => {
  it('shows an extraction-only pass first, then the full comparison; a removal only compares again', async () => {
    const passes: boolean[] = [];
    const store = createAppStore(
      fakeApi(
        serveAnalysis(async ({ extractOnly }) => {
          passes.push(extractOnly ?? false);
          return { quotes: [], groups: [], spunCopies: [] };
        }),
      ),
    );
    await store.getState().openFiles(Array.from({ length: 12 }, (_, i) => textFile(`f${i}.txt`, `Story ${i}\ntext`)));
    expect(passes).toEqual([true, false]);
    await store.getState().removeArticle(store.getState().articles[0]!.id);
    expect(passes).toEqual([true, false, false]);
  });

  it('finds quotes in the first files while the rest still upload, each file once, then compares all', async () => {
    const passes: { ids: readonly string[]; extractOnly: boolean; loaded: number }[] = [];
    const store = createAppStore(
      fakeApi(
        serveAnalysis(async ({ ids, extractOnly }) => {
          passes.push({ ids, extractOnly: extractOnly ?? false, loaded: store.getState().articles.length });
          return { quotes: [], groups: [], spunCopies: [] };
        }),
      ),
    );
    await store.getState().init();
    const files = Array.from({ length: 60 }, (_, i) => textFile(`f${i}.txt`, `Story ${i}\ntext`));
    await store.getState().openFiles(files);
    const quick = passes.filter((p) => p.extractOnly);
    expect(quick[0]!.ids).toHaveLength(25);
    expect(quick.flatMap((p) => p.ids).sort()).toEqual(store.getState().articles.map((a) => a.id).sort());
    expect(passes.at(-1)).toMatchObject({ extractOnly: false, loaded: 60 });
    expect(passes.at(-1)!.ids).toHaveLength(60);
    expect(store.getState().articles.map((a) => a.name)).toEqual(files.map((f) => f.name));
  });

  it('shows the quotes of each extraction-only pass together, without id clashes, each its own group built here', async () => {
    const api = fakeApi(
      serveAnalysis(async ({ ids, extractOnly }) => {
        if (!extractOnly) return new Promise(() => undefined); // the comparison never ends in this test
        const quotes = ids.map((articleId, i) => makeQuote(`q${i + 1}`, articleId, 'Hello there', 0, 'Ann Lee'));
        return { quotes, groups: [], spunCopies: [] };
      }),
    );
    const store = createAppStore(api);
    await store.getState().init();
    void store.getState().openFiles(Array.from({ length: 30 }, (_, i) => textFile(`f${i}.txt`, `Story ${i}\ntext`)));
    await vi.waitFor(() => expect(store.getState().analysis?.quotes).toHaveLength(30));
    const { analysis, rows, lookup } = store.getState();
    expect(new Set(analysis!.quotes.map((q) => q.id)).size).toBe(30);
    expect(analysis!.groups.map((g) => g.quoteIds)).toEqual(analysis!.quotes.map((q) => [q.id]));
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.text === 'Hello there' && r.speakers[0] === 'Ann Lee')).toBe(true);
    expect(lookup.quickGroup(rows[0]!.id)?.versions[0]?.text).toBe('Hello there');
    // The quick groups are not fetched: only the full comparison's would be.
    expect(api.calls).not.toContain('analysis.groups');
    expect(store.getState().analysing).toBe(true);
  });

  it('Stop while files still load ends the quick passes and skips the comparison, keeping the files', async () => {
    const passes: boolean[] = [];
    let release: () => void = () => undefined;
    const rest = new Promise<void>((r) => (release = r));
    const base = fakeApi();
    let loads = 0;
    const api = fakeApi({
      // The first batch loads at once; the others wait until the user has pressed Stop.
      'articles.load': async (input) => (loads++ > 0 && (await rest), base['articles.load'](input)),
      ...serveAnalysis(async ({ extractOnly }) => (passes.push(extractOnly ?? false), { quotes: [], groups: [], spunCopies: [] })),
    });
    const store = createAppStore(api);
    await store.getState().init();
    const opening = store.getState().openFiles(Array.from({ length: 80 }, (_, i) => textFile(`f${i}.txt`, `Story ${i}\ntext`)));
    await vi.waitFor(() => expect(passes.length).toBeGreaterThan(0));
    await store.getState().cancelAnalysis();
    release();
    await opening;
    expect(passes).toEqual([true]);
    expect(store.getState().articles).toHaveLength(80);
    expect(store.getState()).toMatchObject({ analysing: false, loading: null, notice: 'Analysis stopped; showing what was found so far.' });
  });

  it('goes straight to the full comparison for a few articles', async () => {
    const passes: boolean[] = [];
    const store = createAppStore(fakeApi(serveAnalysis(async ({ extractOnly }) => (passes.push(extractOnly ?? false), { quotes: [], groups: [], spunCopies: [] }))));
    await store.getState().openFiles([textFile('a.txt', 'A\n1'), textFile('b.txt', 'B\n2')]);
    expect(passes).toEqual([false]);
  });
});

describe('stopping an analysis', () => {
  it('keeps what is on screen and says so, without an error', async () => {
    let reject: (e: Error) => void = () => undefined;
    const store = createAppStore(
      fakeApi({
        ...serveAnalysis(() => new Promise((_, r) => (reject = r))),
        'analysis.cancel': async () => {
          reject(new Error('The analysis was replaced by a newer one.'));
          return { cancelled: true };
        },
      }),
    );
    const opening = store.getState().openFiles([textFile('a.txt', 'A\n1')]);
    await new Promise((r) => setTimeout(r, 20));
    expect(store.getState().analysing).toBe(true);
    await store.getState().cancelAnalysis();
    await opening;
    expect(store.getState()).toMatchObject({ analysing: false, error: null, notice: 'Analysis stopped; showing what was found so far.' });
  });

  it('prefixes the ids of an extraction-only pass in place, utterances included', () => {
    const { quotes } = structuredClone(listAnalysis);
    prefixQuotes(quotes, 'x1:');
    expect(quotes.every((q) => q.id.startsWith('x1:q') && q.utterance.startsWith('x1:'))).toBe(true);
  });
});
