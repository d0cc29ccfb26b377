/**
 * Files handed to the app from outside the window — command-line arguments, a double-clicked file
 * association, a second launch — wait here until the renderer takes them. The user chose them, so
 * they are granted like paths from the Open dialog.
 */
import { statSync } from 'node:fs';

/** A queue of paths the renderer has not taken yet. */
export class PendingFiles {
  private paths: string[] = [];

  /** Adds paths (duplicates ignored). */
  push(paths: readonly string[]): void {
    for (const p of paths) if (!this.paths.includes(p)) this.paths.push(p);
  }

  /** Returns and clears the queue. */
  take(): string[] {
    const taken = this.paths;
    this.paths = [];
    return taken;
  }
}

/** The file arguments of a command line: not flags, not the app itself. */
export function fileArgs(argv: readonly string[]): string[] {
  return argv.filter((a) => !a.startsWith('-') && /\.[A-Za-z0-9]{1,5}$/.test(a) && !/\.(js|mjs|cjs|exe|app|asar)$/i.test(a));
}

/** Whether a command-line path names a folder (a missing path is not one). */
export const isFolder = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** File arguments plus folders (`verbatim ~/articles/`): a folder opens every article file in it. */
export function pathArgs(argv: readonly string[], isFolder: (path: string) => boolean): string[] {
  const files = new Set(fileArgs(argv));
  return argv.filter((a) => files.has(a) || (!a.startsWith('-') && a !== '.' && isFolder(a)));
}
