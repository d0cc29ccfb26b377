/**
 * The renderer's state: loaded sources, per-file failures, selection and the analysis. Every user
 * operation is a named action; derived data (counts, the selected article) comes from selectors.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, AppInfo } from '../../../shared/contract';
import type { Analysis, Article, LoadFailure, LoadResult } from '../../../shared/types';
import type { AlignedGroup } from '../../../shared/alignment';
import { exportReport, groupAsText, type ExportFormat } from '../features/export/formats';
import { buildReport } from '../features/export/reportModel';
import { saveExport } from '../features/export/save';
import { groupRows, type GroupFilter, type GroupRow } from '../features/groups/rows';
import { readFileSource } from './readFiles';

/** Progress of a multi-file load. */
export interface LoadProgress {
  readonly done: number;
  readonly total: number;
}

/** The whole renderer state. */
export interface AppState {
  readonly info: AppInfo | null;
  readonly articles: readonly Article[];
  readonly failures: readonly LoadFailure[];
  readonly selectedId: string | null;
  readonly loading: LoadProgress | null;
  readonly analysis: Analysis | null;
  readonly analysing: boolean;
  /** A problem that is not tied to one file (e.g. the server went away). */
  readonly error: string | null;
  /** The quote group shown in the detail pane. */
  readonly selectedGroupId: string | null;
  /** What the detail pane shows: the selected group, or an article. */
  readonly pane: 'group' | 'article';
  /** The quote to highlight and scroll to when an article is shown from a group. */
  readonly focusQuoteId: string | null;
  /** The group list's filter chip. */
  readonly filter: GroupFilter;
  /** The group list's search text. */
  readonly query: string;
  /** A short confirmation shown after an action (export saved, group copied). */
  readonly notice: string | null;
}

/** The named user operations. */
export interface AppActions {
  init(): Promise<void>;
  openWithDialog(): Promise<void>;
  openPending(): Promise<void>;
  openFiles(files: readonly File[]): Promise<void>;
  removeArticle(id: string): Promise<void>;
  selectArticle(id: string): void;
  selectGroup(id: string): void;
  showInArticle(articleId: string, quoteId: string): void;
  showGroup(): void;
  setFilter(filter: GroupFilter): void;
  setQuery(query: string): void;
  exportAs(format: ExportFormat): Promise<void>;
  copyGroup(id: string): Promise<void>;
  dismissNotice(): void;
  dismissFailure(index: number): void;
  dismissError(): void;
}

/** The store type the components use. */
export type AppStore = StoreApi<AppState & AppActions>;

/** The state of a window with nothing open. */
export const initialState: AppState = {
  info: null,
  articles: [],
  failures: [],
  selectedId: null,
  loading: null,
  analysis: null,
  analysing: false,
  error: null,
  selectedGroupId: null,
  pane: 'group',
  focusQuoteId: null,
  filter: 'flagged',
  query: '',
  notice: null,
};

/** Files are sent a few at a time: progress stays live and memory bounded. */
const CONCURRENT_READS = 4;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Adds newly loaded articles, skipping ones already open (same name and content). */
export function mergeLoaded(state: AppState, result: LoadResult): Partial<AppState> {
  const known = new Set(state.articles.map((a) => a.id));
  const fresh: Article[] = [];
  const duplicates: LoadFailure[] = [];
  for (const a of result.articles) {
    if (known.has(a.id)) duplicates.push({ name: a.name, reason: 'Already open; skipped.' });
    else {
      known.add(a.id);
      fresh.push(a);
    }
  }
  return {
    articles: [...state.articles, ...fresh],
    failures: [...state.failures, ...result.failures, ...duplicates],
    selectedId: state.selectedId ?? fresh[0]?.id ?? null,
  };
}

/** Creates the store around an Api (the real client, or a fake in tests). */
export function createAppStore(api: Api): AppStore {
  return createStore<AppState & AppActions>()((set, get) => {
    const analyse = async () => {
      const ids = get().articles.map((a) => a.id);
      if (ids.length === 0) return set({ analysis: null });
      set({ analysing: true });
      try {
        const analysis = await api['analysis.run']({ ids });
        // Ignore a stale result if sources changed while it ran.
        if (get().articles.map((a) => a.id).join() === ids.join()) {
          const keep = analysis.groups.some((g) => g.id === get().selectedGroupId);
          const rows = groupRows(analysis.groups, get().articles, analysis.quotes);
          // Open on the most urgent quote; fall back to all quotes when nothing is flagged.
          const filter = get().filter === 'flagged' && !rows.some((r) => r.severity >= 1) ? 'all' : get().filter;
          const selectedGroupId = keep ? get().selectedGroupId : (rows[0]?.id ?? null);
          // With no quote to compare, the article itself is the most useful thing to show.
          set({ analysis, filter, selectedGroupId, pane: selectedGroupId ? get().pane : 'article' });
        }
      } catch (error) {
        // A newer analysis replaced this one (sources changed meanwhile): not an error for the user.
        if (get().articles.map((a) => a.id).join() === ids.join()) set({ error: `Analysis failed: ${message(error)}` });
      } finally {
        set({ analysing: false });
      }
    };

    const accept = async (result: LoadResult) => {
      set((s) => mergeLoaded(s, result));
      if (result.articles.length > 0) await analyse();
    };

    return {
      ...initialState,

      async init() {
        try {
          set({ info: await api['app.info']({}) });
        } catch (error) {
          set({ error: `Could not reach Verbatim's engine: ${message(error)}` });
        }
      },

      async openWithDialog() {
        try {
          const result = await api['articles.pick']({});
          if (result) await accept(result);
        } catch (error) {
          set({ error: message(error) });
        }
      },

      async openPending() {
        try {
          const result = await api['articles.takePending']({});
          if (result.articles.length > 0 || result.failures.length > 0) await accept(result);
        } catch (error) {
          set({ error: message(error) });
        }
      },

      async openFiles(files) {
        if (files.length === 0) return;
        const maxBytes = get().info?.maxFileBytes ?? 50 * 1024 * 1024;
        let done = 0;
        set({ loading: { done, total: files.length } });
        const articles: Article[] = [];
        const failures: LoadFailure[] = [];
        const queue = [...files];
        const worker = async () => {
          for (let file = queue.shift(); file; file = queue.shift()) {
            const source = await readFileSource(file, maxBytes);
            if (!('kind' in source)) failures.push(source);
            else {
              try {
                const result = await api['articles.load']({ sources: [source] });
                articles.push(...result.articles);
                failures.push(...result.failures);
              } catch (error) {
                failures.push({ name: file.name, reason: message(error) });
              }
            }
            set({ loading: { done: ++done, total: files.length } });
          }
        };
        await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, files.length) }, worker));
        // Keep the user's order, not the order the reads happened to finish in.
        const order = new Map(files.map((f, i) => [f.name, i]));
        articles.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
        set({ loading: null });
        await accept({ articles, failures });
      },

      async removeArticle(id) {
        set((s) => {
          const articles = s.articles.filter((a) => a.id !== id);
          return { articles, selectedId: s.selectedId === id ? (articles[0]?.id ?? null) : s.selectedId };
        });
        try {
          await api['articles.remove']({ ids: [id] });
        } catch {
          // Main forgetting the article is housekeeping; the user's view is already right.
        }
        await analyse();
      },

      selectArticle(id) {
        set({ selectedId: id, pane: 'article', focusQuoteId: null });
      },

      selectGroup(id) {
        set({ selectedGroupId: id, pane: 'group', focusQuoteId: null });
      },

      showInArticle(articleId, quoteId) {
        set({ selectedId: articleId, pane: 'article', focusQuoteId: quoteId });
      },

      showGroup() {
        set({ pane: 'group', focusQuoteId: null });
      },

      setFilter(filter) {
        set({ filter });
      },

      setQuery(query) {
        set({ query });
      },

      async exportAs(format) {
        const { analysis, articles, info } = get();
        if (!analysis) return;
        try {
          const file = exportReport(buildReport(analysis, articles, new Date()), format);
          if (await saveExport(api, file, info?.nativeDialogs ?? false)) set({ notice: `Exported ${file.name}` });
        } catch (error) {
          set({ error: `Export failed: ${message(error)}` });
        }
      },

      async copyGroup(id) {
        const { analysis, articles } = get();
        const group = analysis && buildReport(analysis, articles, new Date()).groups.find((g) => g.id === id);
        if (!group) return;
        try {
          await navigator.clipboard.writeText(groupAsText(group));
          set({ notice: 'Copied the quote and its versions as text' });
        } catch (error) {
          set({ error: `Could not copy: ${message(error)}` });
        }
      },

      dismissNotice() {
        set({ notice: null });
      },

      dismissFailure(index) {
        set((s) => ({ failures: s.failures.filter((_, i) => i !== index) }));
      },

      dismissError() {
        set({ error: null });
      },
    };
  });
}

/** The article shown in the reader. */
export const selectSelectedArticle = (s: AppState): Article | null =>
  s.articles.find((a) => a.id === s.selectedId) ?? null;

/** Total words across sources, for the sidebar footer. */
export const selectTotalWords = (s: AppState): number => s.articles.reduce((n, a) => n + a.wordCount, 0);

/** Remembers the last result so selectors that build arrays return the same array for the same state. */
function memoize<A extends object, B extends object, R>(fn: (a: A, b: B) => R): (a: A, b: B) => R {
  let lastA: A | null = null;
  let lastB: B | null = null;
  let last: R;
  return (a, b) => {
    if (a !== lastA || b !== lastB) {
      last = fn(a, b);
      lastA = a;
      lastB = b;
    }
    return last;
  };
}

const NO_ANALYSIS: Analysis = { quotes: [], groups: [], spunCopies: [] };
const rowsFor = memoize((analysis: Analysis, articles: readonly Article[]) => groupRows(analysis.groups, articles, analysis.quotes));

/** The group list's rows, most urgent first (same array while analysis and sources are unchanged). */
export const selectGroupRows = (s: AppState): readonly GroupRow[] => rowsFor(s.analysis ?? NO_ANALYSIS, s.articles);

/** The group shown in the detail pane. */
export const selectSelectedGroup = (s: AppState): AlignedGroup | null =>
  s.analysis?.groups.find((g) => g.id === s.selectedGroupId) ?? null;
