/** An in-memory Api for renderer tests: decodes uploads as UTF-8 and refuses empty files. */
import type { Api, Input, Loaded } from '../../shared/contract';
import { summaryOf } from '../../shared/groupSummary';
import { buildReviewDocument } from '../../shared/review';
import type { Analysis, Article, LoadFailure } from '../../shared/types';

/**
 * The analysis methods over a function that analyses in one piece: runs keep their result
 * under a handle, and pages are sliced from it, as main does. Each page is a copy, as over IPC or HTTP:
 * the window may rewrite what it receives (see prefixQuotes).
 */
export function serveAnalysis(analyze: (input: Input<'analysis.run'>) => Promise<Analysis>): Pick<
  Api,
  'analysis.run' | 'analysis.quotes' | 'analysis.groups' | 'analysis.group' | 'analysis.groupDetails'
> {
  const kept = new Map<string, Analysis>();
  return {
    'analysis.run': async (input) => {
      const analysis = await analyze(input);
      const handle = `r${kept.size + 1}`;
      kept.set(handle, analysis);
      return { handle, quotes: analysis.quotes.length, groups: analysis.groups.length, spunCopies: analysis.spunCopies, skipped: analysis.skipped ?? [] };
    },
    'analysis.quotes': async ({ handle, offset, limit }) => structuredClone(kept.get(handle)!.quotes.slice(offset, offset + limit)),
    'analysis.groups': async ({ handle, offset, limit }) => structuredClone(kept.get(handle)!.groups.slice(offset, offset + limit).map(summaryOf)),
    'analysis.group': async ({ handle, id }) => structuredClone(kept.get(handle)!.groups.find((g) => g.id === id) ?? null),
    'analysis.groupDetails': async ({ handle, offset, limit }) => structuredClone(kept.get(handle)!.groups.slice(offset, offset + limit)),
  };
}

/**
 * Builds a fake Api; `calls` records every method called. As main does, it keeps the texts of the
 * articles it loads (its own or an override's) and hands the window the rest; `articles.text` serves them.
 */
export function fakeApi(overrides: Partial<Api> = {}): Api & { calls: string[] } {
  const calls: string[] = [];
  let n = 0;
  const texts = new Map<string, string>();
  const api: Api = {
    'app.info': async () => ({ mode: 'browser', version: 'test', nativeDialogs: false, maxFileBytes: 1000, extensions: ['.txt'] }),
    'articles.pick': async () => null,
    'articles.pickFolder': async () => null,
    'articles.cancel': async () => ({ cancelled: false }),
    'articles.takePending': async () => ({ paths: [], failures: [] }),
    'articles.load': async ({ sources }) => {
      const articles: Article[] = [];
      const failures: LoadFailure[] = [];
      for (const s of sources) {
        if (s.kind !== 'bytes') continue;
        const text = new TextDecoder().decode(s.data);
        if (!text) failures.push({ name: s.name, reason: 'The file is empty.' });
        else
          articles.push({
            id: `a_${(n++).toString(16).padStart(12, '0')}`,
            path: s.name,
            name: s.name,
            title: text.split('\n')[0] ?? s.name,
            text,
            wordCount: text.split(/\s+/).filter(Boolean).length,
            encoding: 'utf-8',
            byteLength: s.data.length,
          });
      }
      return { articles, failures };
    },
    'articles.text': async ({ ids }) => ids.map((id) => texts.get(id) ?? null),
    'articles.remove': async ({ ids }) => ({ removed: ids.length }),
    ...serveAnalysis(async () => ({ quotes: [], groups: [], spunCopies: [] })),
    'analysis.progress': async () => null,
    'analysis.cancel': async () => ({ cancelled: false }),
    'files.save': async () => ({ saved: false }),
    'review.save': async () => ({ saved: false, path: null }),
    'review.content': async ({ review }) => ({
      content: JSON.stringify({ ...buildReviewDocument([], review.marks, new Date()), articles: review.articles.map((a) => ({ ...a, text: texts.get(a.id) ?? '' })) }),
    }),
    'review.open': async () => null,
    'shell.openExternal': async () => ({ opened: false }),
    ...overrides,
  };
  const load = api['articles.load'];
  const keepTexts = (loaded: Loaded): Loaded => ({
    ...loaded,
    articles: loaded.articles.map((a) => {
      if (!('text' in a) || typeof a.text !== 'string') return a;
      const { text, ...info } = a;
      texts.set(a.id, text);
      return info;
    }),
  });
  const pick = api['articles.pick'];
  Object.assign(api, {
    'articles.load': async (input: Input<'articles.load'>) => keepTexts(await load(input)),
    'articles.pick': async (input: Input<'articles.pick'>) => {
      const picked = await pick(input);
      return picked && keepTexts(picked);
    },
  });
  const recorded = Object.fromEntries(
    Object.entries(api).map(([name, fn]) => [name, (input: unknown) => (calls.push(name), (fn as (i: unknown) => unknown)(input))]),
  ) as unknown as Api;
  return Object.assign(recorded, { calls });
}

/** A File with text content. */
export const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });
