/**
 * Lists the article files in a folder and its subfolders, for "open a folder". Bounded in count and
 * depth, iterative (no recursion limit to hit), never follows symbolic links (no loops), skips hidden
 * and system files, and stops when the signal fires. Errors on one subfolder skip that subfolder only.
 */
import { opendir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { LoadFailure } from '../../../shared/types';
import { extensionOf } from './names';

/** Options for listing a folder. */
export interface ListOptions {
  /** Lower-case extensions with the dot; files with others are counted as skipped. */
  readonly extensions: readonly string[];
  /** Stop after this many article files (the rest are counted in `truncated`). */
  readonly maxFiles?: number;
  /** Subfolders deeper than this are not entered. */
  readonly maxDepth?: number;
  readonly signal?: AbortSignal;
}

/** What was found: the article files (sorted, so a folder always opens in the same order) and what was left out. */
export interface FolderListing {
  readonly files: readonly string[];
  /** Article files found beyond `maxFiles`, not listed. */
  readonly truncated: number;
  /** Files that are not articles (other extensions, hidden or system files). */
  readonly skipped: number;
  /** Subfolders that could not be read (permissions) or were too deep. */
  readonly unreadableFolders: number;
}

export const MAX_FOLDER_FILES = 20_000;
const MAX_DEPTH = 32;
/** Office lock files (~$report.docx), macOS resource forks and OS metadata are never articles. */
const SYSTEM_FILE = /^(?:\.|~\$|__MACOSX$|Thumbs\.db$|desktop\.ini$|\$RECYCLE\.BIN$|System Volume Information$|node_modules$)/i;

/** Lists article files under `root`. Resolves even when interrupted: with what it had found so far. */
export async function listArticleFiles(root: string, options: ListOptions): Promise<FolderListing> {
  const maxFiles = options.maxFiles ?? MAX_FOLDER_FILES;
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  const wanted = new Set(options.extensions.map((e) => e.toLowerCase()));
  const files: string[] = [];
  let truncated = 0;
  let skipped = 0;
  let unreadableFolders = 0;
  const stack: { path: string; depth: number }[] = [{ path: root, depth: 0 }];

  while (stack.length > 0 && !options.signal?.aborted) {
    const folder = stack.pop();
    if (!folder) break;
    try {
      const dir = await opendir(folder.path);
      for await (const entry of dir) {
        if (options.signal?.aborted) break;
        if (SYSTEM_FILE.test(entry.name)) {
          if (entry.isFile()) skipped++;
          continue;
        }
        const path = join(folder.path, entry.name);
        if (entry.isDirectory()) {
          if (folder.depth + 1 > maxDepth) unreadableFolders++;
          else stack.push({ path, depth: folder.depth + 1 });
        } else if (entry.isFile() && wanted.has(extensionOf(entry.name))) {
          if (files.length < maxFiles) files.push(path);
          else truncated++;
        } else if (entry.isFile()) {
          skipped++;
        }
      }
    } catch {
      unreadableFolders++;
    }
  }
  files.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return { files, truncated, skipped, unreadableFolders };
}

/** Whether a path is a folder (a missing or unreadable path is not). */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** What the user should know about a folder's listing: empty, cut short, partly unreadable. */
function folderNotes(folder: string, listing: FolderListing): LoadFailure[] {
  const name = basename(folder) || folder;
  const notes: LoadFailure[] = [];
  if (listing.files.length === 0) notes.push({ name, reason: 'This folder has no article files Verbatim can open.' });
  if (listing.truncated > 0) notes.push({ name, reason: `${listing.truncated} more article files were not opened: a folder opens at most ${listing.files.length}.` });
  if (listing.unreadableFolders > 0) notes.push({ name, reason: `${listing.unreadableFolders} subfolders could not be read.` });
  return notes;
}

/**
 * Paths with each folder replaced by its article files (at most MAX_FOLDER_FILES in all), and a note
 * for each folder that was empty, cut short or partly unreadable. Other paths stay as they are: a file
 * that cannot be read fails when it is read.
 */
export async function expandFolders(paths: readonly string[], extensions: readonly string[]): Promise<{ paths: string[]; failures: LoadFailure[] }> {
  const files: string[] = [];
  const failures: LoadFailure[] = [];
  for (const path of paths) {
    if (!(await isFolder(path))) {
      files.push(path);
      continue;
    }
    const listing = await listArticleFiles(path, { extensions, maxFiles: MAX_FOLDER_FILES - files.length });
    files.push(...listing.files);
    failures.push(...folderNotes(path, listing));
  }
  return { paths: files, failures };
}
