/**
 * The load stage: a file (path or name + bytes) → Article, or a LoadFailure that names the file and
 * the reason. One bad file never affects the others: every loader is size-checked before it runs,
 * given a time budget, and any error it throws becomes that file's failure. Batches run with bounded
 * concurrency, progress and cancel; with a LoaderPool, parsing runs in worker threads that a hard
 * deadline can stop (./pool.ts).
 */
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Article, LoadFailure, LoadResult } from '../../../shared/types';
import { makeArticle } from './article';
import { LOADERS, loaderFor } from './formats';
import type { Extracted } from './formats/types';
import { findFurniture, mergeFurniture } from './furniture';
import { tookTooLong } from './messages';
import { extensionOf } from './names';
import type { LoaderPool } from './pool';

export { expandFolders, isFolder, listArticleFiles, type FolderListing } from './folder';
export { createLoaderPool, type LoaderPool } from './pool';

/** Files larger than this are refused with a message rather than read into memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A file must be read within this time; a PDF or Word file that takes longer is refused, never waited on forever. */
export const LOAD_TIME_BUDGET_MS = 30_000;

/** File types Verbatim reads, for the open dialog and the app info. */
export const SUPPORTED_EXTENSIONS: readonly string[] = LOADERS.flatMap((l) => l.extensions);

/** Something to load: a path on disk, or the bytes of a file the user handed over. */
export type LoadSource =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'bytes'; readonly name: string; readonly data: Uint8Array };

/** Options for one file: cancel, and the time budget (tests shorten it). */
export interface LoadOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /**
   * Read the file with blocking calls. Only for a worker thread of its own (the extraction pool's):
   * there nothing else waits on its event loop, and each asynchronous call's round trip through
   * libuv's thread pool (open, stat, read, close: four per file) left the thread idle for about a
   * third of its time on a folder of small articles.
   */
  readonly blockingRead?: boolean;
}

function unsupported(name: string): string | null {
  const ext = extensionOf(name);
  if (ext === '' || SUPPORTED_EXTENSIONS.includes(ext)) return null;
  if (ext === '.doc') return 'Old-style Word files (.doc) are not supported; save it as .docx in Word and open it again.';
  return `${ext} files are not supported; Verbatim opens ${SUPPORTED_EXTENSIONS.join(', ')} files.`;
}

function tooLarge(bytes: number): string {
  return `The file is ${(bytes / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB.`;
}

/** Runs a loader under a deadline and the caller's signal; the loader sees one signal for both. */
async function withBudget<T>(run: (signal: AbortSignal) => Promise<T>, options: LoadOptions, late: () => T): Promise<T> {
  const budget = AbortSignal.timeout(options.timeoutMs ?? LOAD_TIME_BUDGET_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, budget]) : budget;
  let onAbort: (() => void) | undefined;
  // The race stops waiting even for a loader that ignores its signal (a library stuck in a promise).
  const stopped = new Promise<T>((resolve) => {
    onAbort = () => resolve(late());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([run(signal), stopped]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

/** The Article of what a loader extracted. Built field by field, not spread: this runs for every file loaded. */
function toArticle(name: string, path: string, byteLength: number, x: Extracted): Article {
  const article: { -readonly [K in keyof Article]: Article[K] } = makeArticle({ path, name, text: x.text, encoding: x.encoding, byteLength, title: x.title });
  const furniture = mergeFurniture(x.furniture ?? [], findFurniture(x.text));
  article.format = x.format;
  if (x.byline) article.byline = x.byline;
  if (x.siteName) article.siteName = x.siteName;
  if (x.published) article.published = x.published;
  if (furniture.length > 0) article.furniture = furniture;
  return article;
}

/** Turns bytes already in memory into an Article, or says why not. Never throws. */
export async function loadBytes(name: string, data: Uint8Array, path = name, options: LoadOptions = {}): Promise<Article | LoadFailure> {
  const refused = unsupported(name) ?? (data.length > MAX_FILE_BYTES ? tooLarge(data.length) : null);
  if (refused) return { name, reason: refused };
  if (data.length === 0) return { name, reason: 'The file is empty.' };
  const loader = loaderFor(name, data);
  if (!loader) return { name, reason: unsupported(name) ?? 'This file type is not supported.' };
  try {
    // A loader that never waits finishes before any deadline could fire; a signal aborted before the
    // call did not stop the loaders run under one either (an abort listener added late never fires).
    const extracted = loader.synchronous
      ? await loader.load(data)
      : await withBudget(
          (signal) => loader.load(data, { signal }),
          options,
          () => ({
            ok: false as const,
            reason: options.signal?.aborted ? 'Loading was cancelled.' : tookTooLong(options.timeoutMs ?? LOAD_TIME_BUDGET_MS),
          }),
        );
    if (!extracted.ok) return { name, reason: extracted.reason };
    return toArticle(name, path, data.length, extracted);
  } catch {
    // A loader's library threw on input it could not handle: the file's problem, not the app's.
    return { name, reason: 'This file is damaged or in an unexpected format and could not be read.' };
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'The file no longer exists.';
    case 'EACCES':
    case 'EPERM':
      return 'Verbatim is not allowed to read this file.';
    case 'EISDIR':
      return 'This is a folder, not a file.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open at once; try again with fewer files.';
    default:
      return `The file could not be read (${code ?? String(error)}).`;
  }
}

/** Why an opened path cannot be read as an article, judged by its stat before any byte is read; null when it can. */
function refusedStat(stat: Stats): string | null {
  if (stat.isDirectory()) return 'This is a folder, not a file.';
  if (!stat.isFile()) return 'This is not a regular file.';
  if (stat.size > MAX_FILE_BYTES) return tooLarge(stat.size);
  return null;
}

/** Reads a file's bytes (size checked before reading), or says why it cannot. Never throws. */
async function readSource(path: string): Promise<{ name: string; data: Uint8Array } | LoadFailure> {
  const name = basename(path);
  const refused = unsupported(name);
  if (refused) return { name, reason: refused };
  try {
    const handle = await open(path, 'r');
    try {
      const stat = await handle.stat();
      const refusal = refusedStat(stat);
      if (refusal) return { name, reason: refusal };
      return { name, data: new Uint8Array(await handle.readFile()) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { name, reason: describeFsError(error) };
  }
}

/** `readSource` with blocking calls (see `LoadOptions.blockingRead`): the same checks, in the same order. */
function readSourceBlocking(path: string): { name: string; data: Uint8Array } | LoadFailure {
  const name = basename(path);
  const refused = unsupported(name);
  if (refused) return { name, reason: refused };
  try {
    const fd = openSync(path, 'r');
    try {
      const stat = fstatSync(fd);
      const refusal = refusedStat(stat);
      if (refusal) return { name, reason: refusal };
      // Read to the end, not just `stat.size` bytes: a file may grow between the stat and the read
      // (as readFile does), though never past the limit plus one chunk.
      let data = new Uint8Array(stat.size + 1);
      let length = 0;
      for (;;) {
        if (length === data.length) {
          if (length > MAX_FILE_BYTES) return { name, reason: tooLarge(length) };
          const grown = new Uint8Array(data.length * 2);
          grown.set(data);
          data = grown;
        }
        const n = readSync(fd, data, length, data.length - length, null);
        if (n === 0) break;
        length += n;
      }
      return { name, data: data.subarray(0, length) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { name, reason: describeFsError(error) };
  }
}

/** Reads a file from disk (size checked before reading) and loads it. Never throws. */
export async function loadPath(path: string, options: LoadOptions = {}): Promise<Article | LoadFailure> {
  const source = options.blockingRead ? readSourceBlocking(path) : await readSource(path);
  return 'reason' in source ? source : loadBytes(source.name, source.data, path, options);
}

/** True for a successfully loaded article. */
export function isArticle(x: Article | LoadFailure): x is Article {
  return 'id' in x;
}

/** Progress of a batch: how many files are done (loaded or failed) out of how many, and the last one. */
export interface LoadProgress {
  readonly done: number;
  readonly total: number;
  readonly name: string;
}

/** Options for a batch. */
export interface LoadAllOptions extends LoadOptions {
  /** Files read at the same time; a few keep the disk busy without holding thousands of files in memory. */
  readonly concurrency?: number;
  /** Called after each file; throttle in the caller if it updates a UI. */
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Parse in these worker threads (hard deadline, memory cap) instead of in this thread. */
  readonly pool?: LoaderPool;
}

export const DEFAULT_CONCURRENCY = 4;

async function loadSource(s: LoadSource, options: LoadAllOptions): Promise<Article | LoadFailure> {
  const read = s.kind === 'path' ? await readSource(s.path) : { name: s.name, data: s.data };
  if ('reason' in read) return read;
  const path = s.kind === 'path' ? s.path : s.name;
  if (!options.pool) return loadBytes(read.name, read.data, path, options);
  // Cheap refusals (type, size, emptiness) need no thread.
  const refused = unsupported(read.name) ?? (read.data.length > MAX_FILE_BYTES ? tooLarge(read.data.length) : null);
  if (refused) return { name: read.name, reason: refused };
  return options.pool.load(read.name, read.data, path, options.signal ? { signal: options.signal } : {});
}

function sourceName(s: LoadSource): string {
  return s.kind === 'path' ? basename(s.path) : s.name;
}

/**
 * Loads every source with bounded concurrency; failures are collected per file, never thrown, and both
 * lists keep the order of `sources`. When the signal fires, files not yet started are left out (the
 * caller knows it cancelled) and the ones in flight stop as soon as their loader allows.
 */
export async function loadAll(sources: readonly LoadSource[], options: LoadAllOptions = {}): Promise<LoadResult> {
  const results: (Article | LoadFailure | undefined)[] = new Array(sources.length);
  const { signal, onProgress } = options;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < sources.length && !signal?.aborted) {
      const i = next++;
      const s = sources[i];
      if (!s) continue;
      const result = await loadSource(s, options);
      results[i] = result;
      done++;
      try {
        onProgress?.({ done, total: sources.length, name: sourceName(s) });
      } catch {
        // A failing progress display must not stop the loading.
      }
    }
  };
  const width = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, sources.length));
  await Promise.all(Array.from({ length: width }, worker));
  const finished = results.filter((r): r is Article | LoadFailure => r !== undefined);
  return {
    articles: finished.filter(isArticle),
    failures: finished.filter((r): r is LoadFailure => !isArticle(r)),
  };
}
