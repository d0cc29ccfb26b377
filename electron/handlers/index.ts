/**
 * The implementation of the contract, shared by the Electron shell (behind IPC) and the browser-mode
 * server (behind HTTP). Plain Node: whatever needs Electron (dialogs, the OS shell) is injected.
 */
import { basename } from 'node:path';
import type { AnalysisResult, AppInfo, AppMode, ArticleInfo, Handlers, Loaded, ParsedInput } from '../../shared/contract';
import { buildReviewDocument } from '../../shared/review';
import type { AlignedGroup } from '../../shared/alignment';
import { summaryOf } from '../../shared/groupSummary';
import type { Analysis, AnalysisProgress, Article, LoadFailure, Quote } from '../../shared/types';
import { analyze, type AnalyzeOptions } from '../engine/analyze';
import { expandFolders, loadAll, MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, type LoaderPool, type LoadSource } from '../engine/load';
import { writeFileAtomic } from './atomicWrite';
import { Library } from './library';
import { openReview, reviewPathNear, saveReview } from './review';

/** What the host shell provides to the handlers. */
export interface HostServices {
  /** Electron or browser. */
  readonly mode: AppMode;
  /** App version. */
  readonly version: string;
  /** Shows a native open dialog and resolves to the chosen paths (empty when cancelled); absent in the browser mode. */
  readonly pickFiles?: () => Promise<readonly string[]>;
  /** Shows a native folder dialog; resolves to the chosen folder or null. Absent in the browser mode. */
  readonly pickFolder?: () => Promise<string | null>;
  /** Worker threads that parse files with a hard deadline and a memory cap; in-process when absent. */
  readonly loaderPool?: LoaderPool;
  /** Told about every file that loaded from disk, for "Open Recent". */
  readonly onOpened?: (paths: readonly string[]) => void;
  /** Hands over (and forgets) the paths given to the app from outside: command line, file association. */
  readonly takePendingPaths?: () => readonly string[];
  /** Runs the pipeline, e.g. in a worker thread; in-process when absent (tests, CLI). */
  readonly analyze?: (articles: readonly Article[], options: AnalyzeOptions) => Promise<Analysis>;
  /** Progress of the analysis under way (worker-backed hosts). */
  readonly analysisProgress?: () => AnalysisProgress | null;
  /** Stops the analysis under way; false when none runs. */
  readonly cancelAnalysis?: () => boolean;
  /** Asks where to save a file; resolves to the chosen path, or null when cancelled. Absent in the browser mode. */
  readonly chooseSavePath?: (suggestedName: string) => Promise<string | null>;
  /** Asks which review file to open; null when cancelled. Absent in the browser mode. */
  readonly chooseReviewFile?: () => Promise<string | null>;
  /** Opens a URL in the OS browser; absent in the browser mode. */
  readonly openExternal?: (url: string) => Promise<void>;
}

/**
 * Analysis results kept for fetching, of each kind: the one being shown, the one being fetched, and a
 * spare. Full results and extraction-only ones are kept apart: while files are added to a set on
 * screen, a stream of quick passes must not push out the full result whose groups the window opens.
 */
const KEPT_RESULTS = 3;

/**
 * About this many characters of JSON per page: the renderer parses a page in one task, and one group
 * can hold a hundred versions (a wire story and its copies), so pages are cut by size, not only count.
 */
const PAGE_CHARS = 600_000;

/** Rough JSON size of a quote and of a group (text plus the fixed fields around it). */
const quoteSize = (q: Quote) => q.text.length + 260;
const groupSize = (g: AlignedGroup) => g.versions.reduce((n, v) => n + v.text.length + 260 + v.changes.length * 170, 200);
/** Rough JSON size of a group's summary (see GroupSummary): ids, not words. */
const summarySize = (g: AlignedGroup) => 200 + g.quoteIds.length * 30 + g.versions.length * 20;

/** Items from `offset`: at most `limit`, fewer once PAGE_CHARS is reached, never none while any are left. */
function pageOf<T>(items: readonly T[], offset: number, limit: number, size: (item: T) => number): T[] {
  const end = Math.min(items.length, offset + limit);
  let i = offset;
  for (let chars = 0; i < end && (i === offset || chars + size(items[i]!) <= PAGE_CHARS); i++) chars += size(items[i]!);
  return items.slice(offset, i);
}

/** An article without its text, as the window holds it. */
function infoOf(article: Article): ArticleInfo {
  const { text: _text, ...info } = article;
  return info;
}

/** A finished analysis kept for the window, and its groups by id once one has been asked for. */
interface Kept {
  readonly analysis: Analysis;
  readonly quick: boolean;
  byId: Map<string, AlignedGroup> | null;
}

/** Builds the handlers for one app session. */
export function createHandlers(host: HostServices, library = new Library()): Handlers {
  const info: AppInfo = {
    mode: host.mode,
    version: host.version,
    nativeDialogs: host.pickFiles !== undefined,
    maxFileBytes: MAX_FILE_BYTES,
    extensions: SUPPORTED_EXTENSIONS,
  };

  /** The review file this session autosaves to, once known. */
  let reviewPath: string | null = null;

  /** The load under way, so `articles.cancel` can stop it. */
  let current: AbortController | null = null;

  /** Finished analyses the renderer is still fetching or showing, oldest first; only the last few of each kind are kept. */
  const results = new Map<string, Kept>();
  let nextResult = 1;
  const keep = (analysis: Analysis, quick: boolean): AnalysisResult => {
    const handle = `r${nextResult++}`;
    results.set(handle, { analysis, quick, byId: null });
    const sameKind = [...results.entries()].filter(([, k]) => k.quick === quick);
    for (const [old] of sameKind.slice(0, Math.max(0, sameKind.length - KEPT_RESULTS))) results.delete(old);
    return { handle, quotes: analysis.quotes.length, groups: analysis.groups.length, spunCopies: analysis.spunCopies, skipped: analysis.skipped ?? [] };
  };
  const keptResult = (handle: string): Kept => {
    const result = results.get(handle);
    if (!result) throw new Error('That analysis result is no longer kept; run the analysis again.');
    return result;
  };
  const kept = (handle: string): Analysis => keptResult(handle).analysis;
  /** One group of a kept result, by id (the index is built on the first ask). */
  const groupOf = (handle: string, id: string): AlignedGroup | null => {
    const result = keptResult(handle);
    result.byId ??= new Map(result.analysis.groups.map((g) => [g.id, g]));
    return result.byId.get(id) ?? null;
  };

  /** The review file's JSON: the window's articles and marks, with each article's text as main loaded it. */
  const reviewContent = ({ articles, marks }: ParsedInput<'review.content'>['review']): string => {
    const withText = articles.flatMap((a) => {
      const text = library.text(a.id);
      return text === null ? [] : [{ ...a, text }];
    });
    return JSON.stringify(buildReviewDocument(withText, marks, new Date()));
  };

  async function load(sources: readonly LoadSource[]): Promise<Loaded> {
    const controller = new AbortController();
    current = controller;
    const refused: LoadFailure[] = [];
    const allowed = sources.filter((s) => {
      if (s.kind === 'bytes' || library.isGranted(s.path)) return true;
      refused.push({ name: s.path, reason: 'Verbatim only opens files you chose in the Open dialog.' });
      return false;
    });
    const result = await loadAll(allowed, {
      signal: controller.signal,
      ...(host.loaderPool ? { pool: host.loaderPool } : {}),
    }).finally(() => {
      if (current === controller) current = null;
    });
    library.add(result.articles);
    const fromDisk = result.articles.filter((a) => /[\\/]/.test(a.path)).map((a) => a.path);
    if (fromDisk.length > 0 && fromDisk.length <= 50) host.onOpened?.(fromDisk);
    return { articles: result.articles.map(infoOf), failures: [...refused, ...result.failures] };
  }

  return {
    'app.info': async () => info,
    'articles.pick': async () => {
      if (!host.pickFiles) return null;
      const paths = await host.pickFiles();
      if (paths.length === 0) return null;
      library.grant(paths);
      return load(paths.map((path) => ({ kind: 'path', path })));
    },
    'articles.pickFolder': async () => {
      const folder = host.pickFolder ? await host.pickFolder() : null;
      if (!folder) return null;
      const chosen = await expandFolders([folder], SUPPORTED_EXTENSIONS);
      library.grant(chosen.paths);
      return chosen;
    },
    'articles.cancel': async () => {
      const running = current;
      running?.abort();
      return { cancelled: running !== null };
    },
    'articles.takePending': async () => {
      const pending = await expandFolders(host.takePendingPaths?.() ?? [], SUPPORTED_EXTENSIONS);
      library.grant(pending.paths);
      return pending;
    },
    'articles.load': async ({ sources }) => load(sources),
    'articles.text': async ({ ids }) => ids.map((id) => library.text(id)),
    'articles.remove': async ({ ids }) => ({ removed: library.remove(ids) }),
    'analysis.run': async ({ ids, extractOnly }) => {
      const options = { extractOnly: extractOnly ?? false };
      return keep(await (host.analyze ? host.analyze(library.get(ids), options) : analyze(library.get(ids), options)), options.extractOnly);
    },
    'analysis.quotes': async ({ handle, offset, limit }) => pageOf(kept(handle).quotes, offset, limit, quoteSize),
    'analysis.groups': async ({ handle, offset, limit }) => pageOf(kept(handle).groups, offset, limit, summarySize).map(summaryOf),
    'analysis.group': async ({ handle, id }) => groupOf(handle, id),
    'analysis.groupDetails': async ({ handle, offset, limit }) => pageOf(kept(handle).groups, offset, limit, groupSize),
    'analysis.progress': async () => host.analysisProgress?.() ?? null,
    'analysis.cancel': async () => ({ cancelled: host.cancelAnalysis?.() ?? false }),
    'files.save': async ({ name, content }) => {
      const path = host.chooseSavePath ? await host.chooseSavePath(name) : null;
      if (!path) return { saved: false };
      await writeFileAtomic(path, content);
      return { saved: true };
    },
    'review.content': async ({ review }) => ({ content: reviewContent(review) }),
    'review.save': async ({ review, near, choose }) => {
      if (!host.chooseSavePath) return { saved: false, path: null };
      const content = reviewContent(review);
      let path = choose ? null : reviewPath;
      let chosen = false;
      if (!path && !choose && near && library.isGranted(near)) path = reviewPathNear(near);
      if (!path) {
        path = await host.chooseSavePath(near ? basename(reviewPathNear(near)) : 'review.verbatim.json');
        chosen = true;
      }
      if (!path) return { saved: false, path: null };
      // A file the user picked may be replaced; one we chose ourselves must not lose another review's decisions.
      if (!(await saveReview(path, content, { force: chosen || path === reviewPath }))) {
        const picked = await host.chooseSavePath('review.verbatim.json');
        if (!picked) return { saved: false, path: null };
        path = picked;
        await saveReview(path, content, { force: true });
      }
      reviewPath = path;
      return { saved: true, path };
    },
    'review.open': async () => {
      const path = host.chooseReviewFile ? await host.chooseReviewFile() : null;
      if (!path) return null;
      const opened = await openReview(path);
      reviewPath = path;
      return opened;
    },
    'shell.openExternal': async ({ url }) => {
      if (!host.openExternal) return { opened: false };
      await host.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK (the schema admits http(s) only; the host checks again)
      return { opened: true };
    },
  };
}
