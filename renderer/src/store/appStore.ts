/**
 * The renderer's state: loaded sources, per-file failures, selection and the analysis. Every user
 * operation is a named action; derived data (counts, the selected article) comes from selectors.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AnalysisResult, Api, AppInfo, ArticleInfo, Input, Loaded, ReviewState } from '../../../shared/contract';
import type { AnalysisProgress, LoadFailure, Quote, Wording } from '../../../shared/types';
import type { AlignedGroup } from '../../../shared/alignment';
import type { GroupSummary } from '../../../shared/groupSummary';
import { exportReport, groupAsText, type ExportFormat } from '../features/export/formats';
import { buildReport, reportGroups } from '../features/export/reportModel';
import { saveExport } from '../features/export/save';
import { articleIndexOf, isFlagged, rowBuilderFor, rowMatcher, type GroupFilter, type GroupRow } from '../features/groups/rows';
import { parseReview, readStoredReview, storageKey, storedReview } from '../features/review/persistence';
import { anchorsOf, buildReviewDocument, placeMarks, type ReviewDocument, type ReviewMark, type ReviewStatus } from '../../../shared/review';
import { readFileSource, type BytesSource } from './readFiles';
import { EMPTY_LOOKUP, type AnalysisLookup } from './analysisIndex';
import { Listing } from './listing';
import { singletonGroups } from '../../../shared/singletons';
import { withQuickGroups } from './quickGroups';
import { fetchGroup, fullGroups, type ShownAnalysis } from './shownAnalysis';

/** Progress of a multi-file load. */
export interface LoadProgress {
  readonly done: number;
  readonly total: number;
}

/** The whole renderer state. */
export interface AppState {
  readonly info: AppInfo | null;
  readonly articles: readonly ArticleInfo[];
  readonly failures: readonly LoadFailure[];
  readonly selectedId: string | null;
  readonly loading: LoadProgress | null;
  readonly analysis: ShownAnalysis | null;
  /**
   * The group list's rows for `analysis`, most urgent first. Derived, but built page by page as the
   * analysis arrives (see RowBuilder): computing it in a selector would be one long task for a large set.
   */
  readonly rows: readonly GroupRow[];
  /** How many rows each chip shows with no speaker or refinement chosen (built with the rows). */
  readonly chipCounts: Readonly<Record<GroupFilter, number>>;
  /** Quotes found in each article, by article id (built with the rows). */
  readonly quoteCounts: ReadonlyMap<string, number>;
  /** Groups and quotes of `analysis` by id, and each article's quotes (built with the rows). */
  readonly lookup: AnalysisLookup;
  readonly analysing: boolean;
  /** Results being fetched from main after the analysis finished (large sets come in pages). */
  readonly receiving: LoadProgress | null;
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
  /**
   * Texts of the articles the reader showed lately, by id. Main holds every article's text; the window
   * asks for one when it shows it (see ArticleInfo), and keeps the last few.
   */
  readonly texts: ReadonlyMap<string, string>;
  /**
   * Groups opened lately, in full (versions and their differences), by id. The window lists summaries
   * (see GroupSummary); main keeps the versions and the window asks for a group's when it is opened.
   */
  readonly details: ReadonlyMap<string, AlignedGroup>;
}

/** The named user operations. */
export interface AppActions {
  init(): Promise<void>;
  openWithDialog(): Promise<void>;
  openPending(): Promise<void>;
  openFolderWithDialog(): Promise<void>;
  cancelLoading(): Promise<void>;
  cancelAnalysis(): Promise<void>;
  openFiles(files: readonly File[]): Promise<void>;
  openPaths(paths: readonly string[], failures?: readonly LoadFailure[]): Promise<void>;
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
  /** Fetches an article's text for the reader, unless it is at hand or on its way. */
  needText(id: string): void;
  /** Fetches a group's versions for the detail pane, unless they are at hand or on their way. */
  needGroup(id: string): void;
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
  rows: [],
  chipCounts: { all: 0, flagged: 0, speaker: 0, multi: 0, single: 0 },
  quoteCounts: new Map(),
  lookup: EMPTY_LOOKUP,
  analysing: false,
  receiving: null,
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
  texts: new Map(),
  details: new Map(),
};

/** Article texts the window keeps for the reader (the ones shown last). */
const TEXTS_KEPT = 20;

/** Groups the window keeps in full (the ones opened last). */
const DETAILS_KEPT = 20;

/** How often the renderer asks how far a running analysis is. */
const PROGRESS_POLL_MS = 300;

/** From this many articles on, extraction-only passes show quotes while files still load and before the comparison is done. */
const QUICK_FIRST_AT = 10;

/** At most this many articles per extraction-only pass, so the first quotes show soon and keep coming. */
const QUICK_CHUNK = 400;

/** Quotes or groups fetched per call: a page parses in a few milliseconds. */
const PAGE = 2000;

/** Paths per `articles.load` call when main reads the files itself. */
const PATH_BATCH = 50;

/** Quotes found while files load are shown at most this often (each showing re-renders the lists). */
const QUICK_SHOW_EVERY_MS = 1000;

/** Loaded articles join the sources list at most this often while a large set loads. */
const LIST_EVERY_MS = 200;

/** Autosave waits for a pause in typing so a note is not written once per keystroke. */
const AUTOSAVE_DELAY_MS = 600;

/** Files travel in batches (fewer round trips), a couple of batches at a time: progress stays live and memory bounded. */
const CONCURRENT_BATCHES = 2;
const BATCH_FILES = 25;
const BATCH_BYTES = 8 * 1024 * 1024;

/** Splits items into batches of at most BATCH_FILES items and about BATCH_BYTES bytes. */
export function batchBySize<T>(items: readonly T[], size: (item: T) => number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + size(item) > BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size(item);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}


const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

type Source = Input<'articles.load'>['sources'][number];

/** A batch of files: how many, and how to get their sources (reading bytes or naming paths), one array per request. */
interface Batch {
  readonly files: number;
  read(): Promise<{ requests: Source[][]; failures: LoadFailure[] }>;
}

/** The name a failure is reported under. */
const nameOf = (source: Source | undefined): string => (!source ? '?' : source.kind === 'path' ? (source.path.split(/[\\/]/).pop() ?? source.path) : source.name);

/** An empty analysis, for merging quick passes into. */
const NO_ANALYSIS: ShownAnalysis = { quotes: [], groups: [], spunCopies: [], detailed: null, quickFrom: 0 };

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Gives the ids of one extraction-only pass's quotes a prefix, so passes over different articles can be
 * shown together (every pass numbers its quotes from q1); the pass's groups are built from them after. Rewrites the freshly fetched page in place:
 * nothing else holds it yet, and copying every quote and group of 10,000 articles doubled the garbage
 * the window made while a large set loaded.
 */
export function prefixQuotes(quotes: readonly Quote[], prefix: string): void {
  for (const q of quotes as Writable<Quote>[]) {
    q.id = prefix + q.id;
    q.utterance = prefix + q.utterance;
  }
}

/** Adds newly loaded articles, skipping ones already open (same name and content). */
export function mergeLoaded(state: AppState, result: Loaded): Partial<AppState> {
  const known = new Set(state.articles.map((a) => a.id));
  const fresh: ArticleInfo[] = [];
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
    /** Articles whose text has been asked for and has not arrived yet. */
    const textsAsked = new Set<string>();
    /** Groups whose versions have been asked for and have not arrived yet. */
    const groupsAsked = new Set<string>();
    /** Marks read from a review file, waiting for the analysis of its articles. */
    let pendingReview: ReviewDocument | null = null;
    let saveTimer: ReturnType<typeof setTimeout> | null = null;

    /** The review as the window knows it; main adds the articles' texts when it writes the file. */
    const reviewState = (): ReviewState => {
      const { articles, marks, orphanMarks } = get();
      return { articles: articles.map(({ id, name, path }) => ({ id, name, path })), marks: [...Object.values(marks), ...orphanMarks] };
    };

    const saveReview = async (choose: boolean) => {
      const { info, articles } = get();
      if (articles.length === 0) return;
      if (!info?.nativeDialogs) {
        // The browser keeps only the marks, under the set of articles they belong to: the articles' text
        // (some 60 MB for 10,000) would not fit the storage quota, and writing it froze the window.
        try {
          storage?.setItem(storageKey(articles), storedReview(reviewState().marks, new Date()));
          set({ reviewPlace: 'browser' });
        } catch (error) {
          set({ error: `The review could not be kept in this browser (${message(error)}). Download the review file from the Review menu to keep it.` });
        }
        return;
      }
      const near = articles.find((a) => /[\\/]/.test(a.path))?.path ?? null;
      try {
        const result = await api['review.save']({ review: reviewState(), near, choose });
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
    const applyReview = (review: ReviewDocument, analysis: ShownAnalysis) => {
      // Placing marks indexes every group; with none to place (the usual case for a new set) skip it.
      if (review.marks.length === 0) return set({ marks: {}, orphanMarks: [] });
      const { byGroup, orphans } = placeMarks(review.marks, analysis.groups, analysis.quotes);
      set({ marks: Object.fromEntries(byGroup), orphanMarks: orphans });
    };

    const updateMark = (groupId: string, change: (old: ReviewMark | undefined) => Pick<ReviewMark, 'status' | 'note'>) => {
      const { lookup, marks } = get();
      const group = lookup.group(groupId);
      if (!group) return;
      const next = change(marks[groupId]);
      const rest = Object.fromEntries(Object.entries(marks).filter(([id]) => id !== groupId));
      const keep = next.status !== null || next.note.trim() !== '';
      const quotes = new Map(group.quoteIds.flatMap((id) => lookup.quote(id) ?? []).map((q) => [q.id, q]));
      set({
        marks: keep ? { ...rest, [groupId]: { ...next, updatedAt: new Date().toISOString(), anchors: anchorsOf(group, quotes) } } : rest,
      });
      scheduleSave();
    };

    /** A group in full: opened lately, rebuilt from its quotes (quick groups) or fetched. */
    const groupInFull = async (analysis: ShownAnalysis, id: string): Promise<AlignedGroup | null> => {
      const { details, lookup } = get();
      return details.get(id) ?? lookup.quickGroup(id) ?? (lookup.group(id) ? fetchGroup(api, analysis, id) : null);
    };

    /** Whether the user picked the list filter; if not, it follows the analysis (flagged when anything is). */
    let filterChosen = false;

    /** Shows an analysis and its rows; a final one also brings back the review's marks. */
    const show = (analysis: ShownAnalysis, listing: Listing, final: boolean) => {
      const builder = listing.rows;
      const rows = builder.rows();
      const lookup = listing.index.lookup();
      const selected = get().selectedGroupId;
      const keep = selected !== null && lookup.group(selected) !== undefined;
      // Open on the most urgent quote; show all quotes while nothing is flagged (or not yet compared).
      const filter = filterChosen ? get().filter : rows.some((r) => isFlagged(r)) ? 'flagged' : 'all';
      const selectedGroupId = keep ? selected : (rows.find(rowMatcher(filter, '')) ?.id ?? null);
      // With no quote to compare, the article itself is the most useful thing to show.
      // Groups opened from another full result are other groups, even where their ids are the same.
      const sameGroups = analysis.detailed?.handle === get().analysis?.detailed?.handle;
      set({
        analysis,
        ...(sameGroups ? {} : { details: new Map() }),
        rows,
        chipCounts: builder.chipCounts(),
        quoteCounts: builder.quoteCounts(),
        lookup,
        filter,
        selectedGroupId,
        pane: selectedGroupId ? get().pane : 'article',
      });
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

    /**
     * Counts loads and analyses: each new one makes the results of older ones stale, so they are
     * dropped rather than shown over newer sources.
     */
    let session = 0;

    /** Set when the user stops the analysis, so its rejection is not reported as a failure. */
    let stopped = false;

    /** Articles the engine gave up on join the per-file failures, once each, so none is dropped unseen. */
    const noteSkipped = (skipped: readonly LoadFailure[]) => {
      if (skipped.length === 0) return;
      set((s) => ({ failures: [...s.failures, ...skipped.filter((f) => !s.failures.some((g) => g.name === f.name && g.reason === f.reason))] }));
    };

    /** How a result is fetched: into which listing, with which id prefix, and who hears of each page. */
    interface FetchOptions {
      readonly listing?: Listing;
      /** For extraction-only passes shown together (see prefixQuotes); quick results only. */
      readonly prefix?: string;
      readonly onPage?: (done: number) => void;
      /** An extraction-only result: its groups are built from its quotes (see quickGroups), not fetched. */
      readonly quick?: boolean;
    }

    /**
     * Fetches a result kept in main page by page (each page a short task), adding each page to the
     * listing (the list's rows and lookups) as it arrives; null when it went stale meanwhile.
     */
    const fetchResult = async (result: AnalysisResult, alive: () => boolean, { listing = new Listing(), prefix, onPage, quick = false }: FetchOptions = {}) => {
      noteSkipped(result.skipped);
      const quotes: Quote[] = [];
      const groups: GroupSummary[] = [];
      const index = articleIndexOf(get().articles);
      // Main may send fewer than asked (long quotes, groups with many versions): ask again from where it stopped.
      while (quotes.length < result.quotes) {
        if (!alive()) return null;
        const page = await api['analysis.quotes']({ handle: result.handle, offset: quotes.length, limit: PAGE });
        if (page.length === 0) break;
        if (prefix) prefixQuotes(page, prefix);
        listing.addQuotes(page);
        for (const q of page) quotes.push(q);
        onPage?.(quotes.length);
      }
      if (quick) {
        listing.addSingletons(singletonGroups(quotes), index);
        return { analysis: withQuickGroups(quotes, [], 0, result.spunCopies, null), listing };
      }
      while (groups.length < result.groups) {
        if (!alive()) return null;
        const page = await api['analysis.groups']({ handle: result.handle, offset: groups.length, limit: PAGE });
        if (page.length === 0) break;
        listing.addGroups(page, index);
        for (const g of page) groups.push(g);
        onPage?.(quotes.length + groups.length);
      }
      const analysis: ShownAnalysis = { quotes, groups, spunCopies: result.spunCopies, detailed: { handle: result.handle, count: groups.length }, quickFrom: quotes.length };
      return { analysis, listing };
    };

    /** Runs the full analysis of the sources on screen (polling its progress) and shows it. */
    const analyse = async () => {
      const ids = get().articles.map((a) => a.id);
      const mine = ++session;
      if (ids.length === 0) return set({ analysis: null, rows: [], chipCounts: initialState.chipCounts, quoteCounts: new Map(), lookup: EMPTY_LOOKUP, analysing: false, analysisProgress: null });
      // Results for other sources than those on screen now are stale: a newer analysis is on its way.
      const current = () => session === mine;
      stopped = false;
      set({ analysing: true, analysisProgress: null });
      const poll = setInterval(() => {
        void api['analysis.progress']({}).then(
          (analysisProgress) => get().analysing && current() && !get().receiving && set({ analysisProgress }),
          () => undefined,
        );
      }, PROGRESS_POLL_MS);
      try {
        // Many articles and nothing on screen yet: show what each says at once, then the comparison.
        if (ids.length >= QUICK_FIRST_AT && !get().analysis) {
          const quick = await fetchResult(await api['analysis.run']({ ids, extractOnly: true }), current, { quick: true });
          if (quick && current()) show(quick.analysis, quick.listing, false);
        }
        const result = await api['analysis.run']({ ids });
        const total = result.quotes + result.groups;
        const { quotesOf } = get().lookup;
        const full = await fetchResult(result, current, { listing: new Listing(quotesOf), onPage: (done) => set({ receiving: { done, total } }) });
        if (full && current()) show(full.analysis, full.listing, true);
      } catch (error) {
        if (stopped) set({ notice: 'Analysis stopped; showing what was found so far.' });
        else if (current()) set({ error: `Analysis failed: ${message(error)}` });
      } finally {
        clearInterval(poll);
        if (current()) set({ analysing: false, analysisProgress: null, receiving: null });
      }
    };

    const accept = async (result: Loaded) => {
      set((s) => mergeLoaded(s, result));
      if (result.articles.length > 0) await analyse();
    };

    /**
     * Loads files request by request (a couple in flight), listing sources in the user's order as they
     * arrive. From QUICK_FIRST_AT files on, extraction-only passes run on what has loaded while the rest
     * uploads, so the first quotes show within a second; the full comparison follows once all is in.
     */
    const loadBatches = async (batches: readonly Batch[], total: number, notes: readonly LoadFailure[] = []) => {
      if (total === 0 && notes.length === 0) return;
      // A newer load or analysis makes this load's quick results stale; its files still finish loading.
      const mine = ++session;
      const alive = () => session === mine;
      cancelled = false;
      stopped = false;
      let done = 0;
      set((s) => ({ loading: { done, total }, failures: [...s.failures, ...notes] }));

      // Results per batch, listed in batch order once every earlier batch is listed.
      const results: (Loaded | undefined)[] = batches.map(() => undefined);
      let listed = 0;
      let lastListed = 0;
      let added = 0;
      const list = (force: boolean) => {
        if (!force && performance.now() - lastListed < LIST_EVERY_MS) return;
        const ready: Loaded[] = [];
        while (listed < results.length && results[listed]) ready.push(results[listed++]!);
        if (ready.length === 0) return;
        lastListed = performance.now();
        const merged = { articles: ready.flatMap((r) => r.articles), failures: ready.flatMap((r) => r.failures) };
        added += merged.articles.length;
        set((s) => mergeLoaded(s, merged));
        if (quick && alive()) extractMore();
      };

      // Extraction-only passes over what has loaded, one at a time (a new request would stop the running one).
      const quick = total >= QUICK_FIRST_AT;
      const base = get().analysis ?? NO_ANALYSIS;
      const listing = new Listing();
      listing.adopt(base.quotes, base.groups, articleIndexOf(get().articles));
      // Quick groups are not held (see withQuickGroups): the shown quotes are, after the earlier set's.
      const shown = { quotes: [...base.quotes] };
      const extracted = new Set(get().articles.map((a) => a.id));
      let unshown = false;
      let lastShown = -Infinity;
      const showQuick = () => {
        if (!unshown || !alive()) return;
        unshown = false;
        lastShown = performance.now();
        // The arrays themselves, not copies: they only ever grow, and copying 100,000 entries each second made
        // garbage that brought the next long garbage-collection pause closer.
        show(withQuickGroups(shown.quotes, base.groups, base.quotes.length, base.spunCopies, base.detailed), listing, false);
      };
      let passes = 0;
      /** Files of this load whose quotes are on screen, for "Finding quotes n of N". */
      let found = 0;
      /** The extraction-only request in flight (one at a time: a new request would stop the running one). */
      let running: Promise<void> | null = null;
      /**
       * Fetching and listing the passes that finished, in order. The next pass is asked for as soon as one
       * finishes, not after its quotes are fetched: the extraction threads sat idle while the window fetched
       * and listed each pass (some half a second per pass of 400 articles).
       */
      let receiving: Promise<void> = Promise.resolve();
      const receive = async (result: AnalysisResult, pass: number, files: number) => {
        const fetched = await fetchResult(result, alive, { listing, prefix: `x${mine}.${pass}:`, quick: true });
        if (!fetched || !alive()) return;
        for (const q of fetched.analysis.quotes) shown.quotes.push(q);
        found = Math.min(total, found + files);
        set({ analysisProgress: { stage: 'extract', done: found, total } });
        // Showing re-renders lists of everything found so far: at most once a second while passes keep coming.
        unshown = true;
        if (!running || performance.now() - lastShown >= QUICK_SHOW_EVERY_MS) showQuick();
      };
      const extractMore = () => {
        if (running || stopped || !alive()) return;
        const todo = get().articles.filter((a) => !extracted.has(a.id)).slice(0, QUICK_CHUNK);
        if (todo.length === 0) return;
        for (const a of todo) extracted.add(a.id);
        const pass = ++passes;
        set({ analysing: true, analysisProgress: { stage: 'extract', done: found, total } });
        running = (async () => {
          const result = await api['analysis.run']({ ids: todo.map((a) => a.id), extractOnly: true });
          receiving = receiving.then(() => receive(result, pass, todo.length)).catch(() => undefined);
        })()
          .catch(() => undefined)
          .finally(() => {
            running = null;
            extractMore();
          });
      };

      const queue = [...batches.entries()];
      const worker = async () => {
        for (let next = queue.shift(); next && !cancelled; next = queue.shift()) {
          const [i, batch] = next;
          const { requests, failures } = await batch.read();
          const articles: ArticleInfo[] = [];
          // If a whole request is refused (say, too large), each file is tried alone, so one bad file costs only itself.
          const attempts = requests.filter((r) => r.length > 0);
          for (let attempt = attempts.shift(); attempt; attempt = attempts.shift()) {
            try {
              const result = await api['articles.load']({ sources: attempt });
              articles.push(...result.articles);
              failures.push(...result.failures);
            } catch (error) {
              if (attempt.length > 1) attempts.push(...attempt.map((one) => [one]));
              else failures.push({ name: nameOf(attempt[0]), reason: message(error) });
            }
          }
          results[i] = { articles, failures };
          done += batch.files;
          set({ loading: { done, total } });
          list(i === 0);
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENT_BATCHES, queue.length) }, worker));
      // Batches skipped by Cancel leave holes; list everything that did load.
      for (let i = 0; i < results.length; i++) results[i] ??= { articles: [], failures: [] };
      list(true);
      set({ loading: null });
      if (added === 0) {
        if (alive()) set({ analysing: false, analysisProgress: null });
        return;
      }
      // Let the quick passes catch up (they show quotes sooner than the comparison would), then compare.
      while (running && alive() && !stopped) {
        await running;
        extractMore();
      }
      await receiving;
      showQuick();
      if (stopped) {
        set({ analysing: false, analysisProgress: null, notice: 'Analysis stopped; showing what was found so far.' });
        return;
      }
      await analyse();
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
        try {
          const chosen = await api['articles.pickFolder']({});
          if (chosen) await get().openPaths(chosen.paths, chosen.failures);
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

      async openPending() {
        try {
          const pending = await api['articles.takePending']({});
          await get().openPaths(pending.paths, pending.failures);
        } catch (error) {
          set({ error: message(error) });
        }
      },

      async openPaths(paths, failures = []) {
        const batches: Batch[] = [];
        for (let i = 0; i < paths.length; i += PATH_BATCH) {
          const chunk = paths.slice(i, i + PATH_BATCH);
          batches.push({ files: chunk.length, read: async () => ({ requests: [chunk.map((path) => ({ kind: 'path', path }))], failures: [] }) });
        }
        await loadBatches(batches, paths.length, failures);
      },

      async openFiles(files) {
        const maxBytes = get().info?.maxFileBytes ?? 50 * 1024 * 1024;
        // Split by count, then by the bytes read: asking a chosen file's `size` is a synchronous call to the
        // browser process, which for 10,000 files (on a busy machine) would freeze the window.
        const batches: Batch[] = [];
        for (let i = 0; i < files.length; i += BATCH_FILES) {
          const chunk = files.slice(i, i + BATCH_FILES);
          batches.push({
            files: chunk.length,
            read: async () => {
              const read = await Promise.all(chunk.map((file) => readFileSource(file, maxBytes)));
              const sources = read.filter((r): r is BytesSource => 'kind' in r);
              return { requests: batchBySize(sources, (s) => s.data.length), failures: read.filter((r): r is LoadFailure => !('kind' in r)) };
            },
          });
        }
        await loadBatches(batches, files.length);
      },

      async removeArticle(id) {
        set((s) => {
          const articles = s.articles.filter((a) => a.id !== id);
          // Letters move up at once; the new analysis follows.
          const builder = rowBuilderFor(s.analysis?.groups ?? [], articles, s.analysis?.quotes ?? []);
          return {
            articles,
            rows: builder.rows(),
            chipCounts: builder.chipCounts(),
            quoteCounts: builder.quoteCounts(),
            selectedId: s.selectedId === id ? (articles[0]?.id ?? null) : s.selectedId,
          };
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
          // The versions of every group are fetched for the export only (the window lists summaries).
          const file = exportReport(buildReport(await fullGroups(api, analysis), analysis, articles, new Date()), format);
          if (await saveExport(api, file, info?.nativeDialogs ?? false)) set({ notice: `Exported ${file.name}` });
        } catch (error) {
          set({ error: `Export failed: ${message(error)}` });
        }
      },

      async copyGroup(id) {
        const { analysis, articles } = get();
        if (!analysis) return;
        try {
          const found = await groupInFull(analysis, id);
          // Only this group is described, not the whole report.
          const group = found ? reportGroups([found], analysis, articles)[0] : undefined;
          if (!group) return;
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
        try {
          const { content } = await api['review.content']({ review: reviewState() });
          await saveExport(api, { name: 'review.verbatim.json', mime: 'application/json', content }, false);
          set({ notice: 'Downloaded the review file' });
        } catch (error) {
          set({ error: `The review could not be downloaded: ${message(error)}` });
        }
      },

      dismissFailure(index) {
        set((s) => ({ failures: s.failures.filter((_, i) => i !== index) }));
      },

      dismissError() {
        set({ error: null });
      },

      needText(id) {
        if (get().texts.has(id) || textsAsked.has(id)) return;
        textsAsked.add(id);
        api['articles.text']({ ids: [id] })
          .then(([text]) => {
            if (text === null || text === undefined) return;
            set((s) => ({ texts: withCapped(s.texts, id, text, TEXTS_KEPT) }));
          })
          .catch((error: unknown) => set({ error: `Could not show the article: ${message(error)}` }))
          .finally(() => textsAsked.delete(id));
      },

      needGroup(id) {
        const { analysis, details, lookup } = get();
        if (!analysis || details.has(id) || groupsAsked.has(id) || lookup.quickGroup(id)) return;
        groupsAsked.add(id);
        fetchGroup(api, analysis, id)
          .then((group) => {
            // Only for the groups still on screen (a newer result may have come meanwhile).
            if (!group || get().analysis?.detailed?.handle !== analysis.detailed?.handle) return;
            set((s) => ({ details: withCapped(s.details, id, group, DETAILS_KEPT) }));
          })
          .catch((error: unknown) => set({ error: `Could not show the quote's versions: ${message(error)}` }))
          .finally(() => groupsAsked.delete(id));
      },
    };
  });
}

/** A copy of `map` with `key` set, the entries set longest ago dropped past `max`. */
function withCapped<K, V>(map: ReadonlyMap<K, V>, key: K, value: V, max: number): Map<K, V> {
  const kept = new Map(map);
  kept.set(key, value);
  for (const old of kept.keys()) if (kept.size > max) kept.delete(old);
  return kept;
}

/** The article shown in the reader. */
export const selectSelectedArticle = (s: AppState): ArticleInfo | null =>
  s.articles.find((a) => a.id === s.selectedId) ?? null;

/** Total words across sources, for the sidebar footer. */
export const selectTotalWords = (s: AppState): number => s.articles.reduce((n, a) => n + a.wordCount, 0);

/** The group list's rows, most urgent first (same array while analysis and sources are unchanged). */
export const selectGroupRows = (s: AppState): readonly GroupRow[] => s.rows;

/**
 * The group shown in the detail pane, in full once its versions are at hand (selectors run on every store
 * update: this one is a map lookup; GroupDetail asks for the versions with needGroup).
 */
export const selectSelectedGroup = (s: AppState): AlignedGroup | null =>
  s.selectedGroupId === null ? null : (s.details.get(s.selectedGroupId) ?? s.lookup.quickGroup(s.selectedGroupId) ?? null);

/** What the list knows of the selected group, before its versions arrive. */
export const selectSelectedSummary = (s: AppState): GroupSummary | null => (s.selectedGroupId !== null && s.lookup.group(s.selectedGroupId)) || null;
