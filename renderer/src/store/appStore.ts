/**
 * The renderer's state: loaded sources, per-file failures, selection and the analysis. Every user
 * operation is a named action; derived data (counts, the selected article) comes from selectors.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, AppInfo } from '../../../shared/contract';
import type { Analysis, AnalysisProgress, Article, LoadFailure, LoadResult, Wording } from '../../../shared/types';
import type { AlignedGroup } from '../../../shared/alignment';
import { exportReport, groupAsText, type ExportFormat } from '../features/export/formats';
import { buildReport, reportGroups } from '../features/export/reportModel';
import { saveExport } from '../features/export/save';
import { filterRows, groupRows, isFlagged, type GroupFilter, type GroupRow } from '../features/groups/rows';
import { parseReview, readStoredReview, storageKey } from '../features/review/persistence';
import { anchorsOf, buildReviewDocument, placeMarks, type ReviewDocument, type ReviewMark, type ReviewStatus } from '../../../shared/review';
import { readFileSource, type BytesSource } from './readFiles';

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
  /** How far the running analysis is, polled while it runs. */
  readonly analysisProgress: AnalysisProgress | null;
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
  /** Only this person's quotes, or everyone's. */
  readonly speaker: string | null;
  /** Only groups of this wording class, or any. */
  readonly wording: Wording | null;
  /** Only groups that appear in this source (index), or any. */
  readonly source: number | null;
  /** The middle column lists quote groups, or the people quoted. */
  readonly listMode: 'quotes' | 'speakers';
  /** A short confirmation shown after an action (export saved, group copied). */
  readonly notice: string | null;
  /** The user's decision on each group, by group id. */
  readonly marks: Readonly<Record<string, ReviewMark>>;
  /** Saved decisions whose quotes are not in the current analysis; kept so saving never loses them. */
  readonly orphanMarks: readonly ReviewMark[];
  /** Where the review is kept: a file path, "browser" storage, or nowhere yet. */
  readonly reviewPlace: string | null;
  /** Articles whose file changed on disk since the opened review was saved. */
  readonly changedOnDisk: readonly string[];
}

/** The named user operations. */
export interface AppActions {
  init(): Promise<void>;
  openWithDialog(): Promise<void>;
  openPending(): Promise<void>;
  openFolderWithDialog(): Promise<void>;
  cancelLoading(): Promise<void>;
  cancelAnalysis(): Promise<void>;
  reportProgress(progress: LoadProgress): void;
  openFiles(files: readonly File[]): Promise<void>;
  removeArticle(id: string): Promise<void>;
  selectArticle(id: string): void;
  selectGroup(id: string): void;
  showInArticle(articleId: string, quoteId: string): void;
  showGroup(): void;
  setFilter(filter: GroupFilter): void;
  setQuery(query: string): void;
  setSpeaker(speaker: string | null): void;
  setRefinement(refine: { wording?: Wording | null; source?: number | null }): void;
  setListMode(mode: 'quotes' | 'speakers'): void;
  exportAs(format: ExportFormat): Promise<void>;
  copyGroup(id: string): Promise<void>;
  dismissNotice(): void;
  setMark(groupId: string, status: ReviewStatus | null): void;
  setNote(groupId: string, note: string): void;
  openReview(): Promise<void>;
  openReviewFile(file: File): Promise<void>;
  saveReviewAs(): Promise<void>;
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
  analysisProgress: null,
  error: null,
  selectedGroupId: null,
  pane: 'group',
  focusQuoteId: null,
  filter: 'flagged',
  query: '',
  speaker: null,
  wording: null,
  source: null,
  listMode: 'quotes',
  notice: null,
  marks: {},
  orphanMarks: [],
  reviewPlace: null,
  changedOnDisk: [],
};

/** How often the renderer asks how far a running analysis is. */
const PROGRESS_POLL_MS = 300;

/** From this many articles on, a fast extraction-only pass shows quotes before the comparison is done. */
const QUICK_FIRST_AT = 10;

/** Autosave waits for a pause in typing so a note is not written once per keystroke. */
const AUTOSAVE_DELAY_MS = 600;

/** Files travel in batches (fewer round trips), a couple of batches at a time: progress stays live and memory bounded. */
const CONCURRENT_BATCHES = 2;
const BATCH_FILES = 25;
const BATCH_BYTES = 8 * 1024 * 1024;

/** Splits files into batches of at most BATCH_FILES files and about BATCH_BYTES bytes. */
export function batchFiles(files: readonly File[]): File[][] {
  const batches: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + file.size > BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

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
export function createAppStore(api: Api, storage: Storage | null = globalThis.localStorage ?? null): AppStore {
  return createStore<AppState & AppActions>()((set, get) => {
    /** Set by "Cancel" while files upload: batches not yet sent are dropped. */
    let cancelled = false;
    /** Marks read from a review file, waiting for the analysis of its articles. */
    let pendingReview: ReviewDocument | null = null;
    let saveTimer: ReturnType<typeof setTimeout> | null = null;

    const reviewContent = (): string => {
      const { articles, marks, orphanMarks } = get();
      return JSON.stringify(buildReviewDocument(articles, [...Object.values(marks), ...orphanMarks], new Date()));
    };

    const saveReview = async (choose: boolean) => {
      const { info, articles } = get();
      if (articles.length === 0) return;
      const content = reviewContent();
      if (!info?.nativeDialogs) {
        try {
          storage?.setItem(storageKey(articles), content);
          set({ reviewPlace: 'browser' });
        } catch (error) {
          set({ error: `The review could not be kept in this browser: ${message(error)}` });
        }
        return;
      }
      const near = articles.find((a) => /[\\/]/.test(a.path))?.path ?? null;
      try {
        const result = await api['review.save']({ content, near, choose });
        if (result.saved) set({ reviewPlace: result.path });
      } catch (error) {
        set({ error: `The review could not be saved: ${message(error)}` });
      }
    };

    const scheduleSave = () => {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void saveReview(false), AUTOSAVE_DELAY_MS);
    };

    /** Puts a review's marks on the analysis just computed. */
    const applyReview = (review: ReviewDocument, analysis: Analysis) => {
      const { byGroup, orphans } = placeMarks(review.marks, analysis.groups, analysis.quotes);
      set({ marks: Object.fromEntries(byGroup), orphanMarks: orphans });
    };

    const updateMark = (groupId: string, change: (old: ReviewMark | undefined) => Pick<ReviewMark, 'status' | 'note'>) => {
      const { analysis, marks } = get();
      const group = analysis?.groups.find((g) => g.id === groupId);
      if (!analysis || !group) return;
      const next = change(marks[groupId]);
      const rest = Object.fromEntries(Object.entries(marks).filter(([id]) => id !== groupId));
      const keep = next.status !== null || next.note.trim() !== '';
      const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
      set({
        marks: keep ? { ...rest, [groupId]: { ...next, updatedAt: new Date().toISOString(), anchors: anchorsOf(group, quotes) } } : rest,
      });
      scheduleSave();
    };

    /** Whether the user picked the list filter; if not, it follows the analysis (flagged when anything is). */
    let filterChosen = false;

    /** Shows an analysis; a final one also brings back the review's marks. */
    const show = (analysis: Analysis, final: boolean) => {
      const keep = analysis.groups.some((g) => g.id === get().selectedGroupId);
      const rows = groupRows(analysis.groups, get().articles, analysis.quotes);
      // Open on the most urgent quote; show all quotes while nothing is flagged (or not yet compared).
      const filter = filterChosen ? get().filter : rows.some((r) => isFlagged(r)) ? 'flagged' : 'all';
      const selectedGroupId = keep ? get().selectedGroupId : (filterRows(rows, filter, '')[0]?.id ?? null);
      // With no quote to compare, the article itself is the most useful thing to show.
      set({ analysis, filter, selectedGroupId, pane: selectedGroupId ? get().pane : 'article' });
      if (!final) return;
      const review = pendingReview ?? (get().info?.nativeDialogs ? null : storage && readStoredReview(storage, get().articles));
      pendingReview = null;
      if (review) {
        applyReview(review, analysis);
        if (!get().info?.nativeDialogs) set({ reviewPlace: 'browser' });
      } else {
        // Marks on groups that no longer exist are kept aside, not lost.
        applyReview(buildReviewDocument([], [...Object.values(get().marks), ...get().orphanMarks], new Date()), analysis);
      }
    };

    /** Set when the user stops the analysis, so its rejection is not reported as a failure. */
    let stopped = false;

    const analyse = async () => {
      const ids = get().articles.map((a) => a.id);
      if (ids.length === 0) return set({ analysis: null });
      // Results for other sources than those on screen now are stale: a newer analysis is on its way.
      const current = () => get().articles.map((a) => a.id).join() === ids.join();
      stopped = false;
      set({ analysing: true, analysisProgress: null });
      const poll = setInterval(() => {
        void api['analysis.progress']({}).then(
          (analysisProgress) => get().analysing && current() && set({ analysisProgress }),
          () => undefined,
        );
      }, PROGRESS_POLL_MS);
      try {
        // Many articles: show what each says at once, then the comparison when alignment finishes.
        if (ids.length >= QUICK_FIRST_AT) {
          const quick = await api['analysis.run']({ ids, extractOnly: true });
          if (current()) show(quick, false);
        }
        const analysis = await api['analysis.run']({ ids });
        if (current()) show(analysis, true);
      } catch (error) {
        if (stopped) set({ notice: 'Analysis stopped; showing what was found so far.' });
        else if (current()) set({ error: `Analysis failed: ${message(error)}` });
      } finally {
        clearInterval(poll);
        if (current()) set({ analysing: false, analysisProgress: null });
      }
    };

    const accept = async (result: LoadResult) => {
      set((s) => mergeLoaded(s, result));
      if (result.articles.length > 0) await analyse();
    };

    /** Reopens a review: its articles as they were reviewed, then its marks once analysed. */
    const restoreReview = async (review: ReviewDocument, place: string, changed: readonly string[]) => {
      pendingReview = review;
      filterChosen = false;
      set({ ...initialState, info: get().info, reviewPlace: place, changedOnDisk: changed });
      const sources = review.articles.map((a) => ({ kind: 'bytes' as const, name: a.name, data: new TextEncoder().encode(a.text) }));
      const result = sources.length > 0 ? await api['articles.load']({ sources }) : { articles: [], failures: [] };
      // Keep the reviewed paths, so the review stays tied to the files it was made on.
      const pathOf = new Map(review.articles.map((a) => [a.name, a.path]));
      await accept({ ...result, articles: result.articles.map((a) => ({ ...a, path: pathOf.get(a.name) ?? a.path })) });
      if (changed.length > 0) set({ notice: `${changed.length} article${changed.length === 1 ? '' : 's'} changed on disk since this review; the reviewed text is shown.` });
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

      async openFolderWithDialog() {
        if (!get().info?.nativeDialogs) return;
        set({ loading: { done: 0, total: 0 } });
        try {
          const result = await api['articles.pickFolder']({});
          set({ loading: null });
          if (result) await accept(result);
        } catch (error) {
          set({ loading: null, error: message(error) });
        }
      },

      async cancelLoading() {
        cancelled = true;
        try {
          await api['articles.cancel']({});
        } catch {
          // Nothing under way in main: the flag above stops the renderer's own uploads.
        }
      },

      async cancelAnalysis() {
        stopped = true;
        try {
          await api['analysis.cancel']({});
        } catch {
          // Nothing was running any more.
        }
      },

      reportProgress(progress) {
        if (get().loading) set({ loading: progress });
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
        cancelled = false;
        set({ loading: { done, total: files.length } });
        const articles: Article[] = [];
        const failures: LoadFailure[] = [];
        const queue = batchFiles(files);
        const worker = async () => {
          for (let batch = queue.shift(); batch && !cancelled; batch = queue.shift()) {
            const read = await Promise.all(batch.map((file) => readFileSource(file, maxBytes)));
            const sources = read.filter((r): r is BytesSource => 'kind' in r);
            failures.push(...read.filter((r): r is LoadFailure => !('kind' in r)));
            // If a whole batch is refused (say, too large a request), each file is tried alone, so one bad file costs only itself.
            const attempts = sources.length > 0 ? [sources] : [];
            for (let attempt = attempts.shift(); attempt; attempt = attempts.shift()) {
              try {
                const result = await api['articles.load']({ sources: attempt });
                articles.push(...result.articles);
                failures.push(...result.failures);
              } catch (error) {
                if (attempt.length > 1) attempts.push(...attempt.map((one) => [one]));
                else failures.push({ name: attempt[0]?.name ?? '?', reason: message(error) });
              }
            }
            done += batch.length;
            set({ loading: { done, total: files.length } });
          }
        };
        await Promise.all(Array.from({ length: Math.min(CONCURRENT_BATCHES, queue.length) }, worker));
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
        filterChosen = true;
        set({ filter });
      },

      setQuery(query) {
        set({ query });
      },

      setSpeaker(speaker) {
        // Choosing a person shows all of their quotes, flagged or not.
        if (speaker !== null) filterChosen = true;
        set(speaker === null ? { speaker } : { speaker, listMode: 'quotes', filter: 'all' });
      },

      setRefinement(refine) {
        set(refine);
      },

      setListMode(listMode) {
        set({ listMode });
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
        const found = analysis?.groups.find((g) => g.id === id);
        // Only this group is described, not the whole report.
        const group = analysis && found ? reportGroups([found], analysis, articles)[0] : undefined;
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

      setMark(groupId, status) {
        updateMark(groupId, (old) => ({ status: old?.status === status ? null : status, note: old?.note ?? '' }));
      },

      setNote(groupId, note) {
        updateMark(groupId, (old) => ({ status: old?.status ?? null, note }));
      },

      async openReview() {
        if (!get().info?.nativeDialogs) return;
        try {
          const opened = await api['review.open']({});
          if (!opened) return;
          await restoreReview(opened.document, opened.path, opened.changedOnDisk);
        } catch (error) {
          set({ error: message(error) });
        }
      },

      async openReviewFile(file) {
        const review = parseReview(await file.text());
        if (!review) return set({ error: `${file.name} is not a Verbatim review.` });
        await restoreReview(review, 'browser', []);
      },

      async saveReviewAs() {
        if (get().info?.nativeDialogs) return saveReview(true);
        const file = { name: 'review.verbatim.json', mime: 'application/json', content: reviewContent() };
        await saveExport(api, file, false);
        set({ notice: 'Downloaded the review file' });
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
