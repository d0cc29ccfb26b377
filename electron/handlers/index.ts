/**
 * The implementation of the contract, shared by the Electron shell (behind IPC) and the browser-mode
 * server (behind HTTP). Plain Node: whatever needs Electron (dialogs, the OS shell) is injected.
 */
import type { AppInfo, AppMode, Handlers } from '../../shared/contract';
import type { Analysis, Article, LoadFailure } from '../../shared/types';
import { analyze } from '../engine/analyze';
import { loadAll, MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, type LoadSource } from '../engine/load';
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
  /** Hands over (and forgets) the paths given to the app from outside: command line, file association. */
  readonly takePendingPaths?: () => readonly string[];
  /** Runs the pipeline, e.g. in a worker thread; in-process when absent (tests, CLI). */
  readonly analyze?: (articles: readonly Article[]) => Promise<Analysis>;
  /** Asks where to save a file; resolves to the chosen path, or null when cancelled. Absent in the browser mode. */
  readonly chooseSavePath?: (suggestedName: string) => Promise<string | null>;
  /** Asks which review file to open; null when cancelled. Absent in the browser mode. */
  readonly chooseReviewFile?: () => Promise<string | null>;
  /** Opens a URL in the OS browser; absent in the browser mode. */
  readonly openExternal?: (url: string) => Promise<void>;
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

  async function load(sources: readonly LoadSource[]) {
    const refused: LoadFailure[] = [];
    const allowed = sources.filter((s) => {
      if (s.kind === 'bytes' || library.isGranted(s.path)) return true;
      refused.push({ name: s.path, reason: 'Verbatim only opens files you chose in the Open dialog.' });
      return false;
    });
    const result = await loadAll(allowed);
    library.add(result.articles);
    return { articles: result.articles, failures: [...refused, ...result.failures] };
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
    'articles.takePending': async () => {
      const paths = host.takePendingPaths?.() ?? [];
      library.grant(paths);
      return paths.length === 0 ? { articles: [], failures: [] } : load(paths.map((path) => ({ kind: 'path', path })));
    },
    'articles.load': async ({ sources }) => load(sources),
    'articles.remove': async ({ ids }) => ({ removed: library.remove(ids) }),
    'analysis.run': async ({ ids }) => (host.analyze ? host.analyze(library.get(ids)) : analyze(library.get(ids))),
    'files.save': async ({ name, content }) => {
      const path = host.chooseSavePath ? await host.chooseSavePath(name) : null;
      if (!path) return { saved: false };
      await writeFileAtomic(path, content);
      return { saved: true };
    },
    'review.save': async ({ content, near, choose }) => {
      if (!host.chooseSavePath) return { saved: false, path: null };
      let path = choose ? null : reviewPath;
      let chosen = false;
      if (!path && !choose && near && library.isGranted(near)) path = reviewPathNear(near);
      if (!path) {
        path = await host.chooseSavePath(near ? reviewPathNear(near).replace(/^.*[\\/]/, '') : 'review.verbatim.json');
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
      await host.openExternal(url);
      return { opened: true };
    },
  };
}
