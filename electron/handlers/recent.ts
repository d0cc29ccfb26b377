/**
 * The recently opened files, kept in a small JSON file in the app's data folder so "Open Recent"
 * survives restarts. Plain Node; the menu that shows them lives in electron/main.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomicWrite';

/** How many files the menu offers. */
export const MAX_RECENT = 12;

/** Reads and updates the recent-files list. */
export class RecentFiles {
  private paths: string[] = [];

  constructor(private readonly file: string) {}

  /** Loads the saved list; a missing or damaged file means an empty list. */
  async load(): Promise<readonly string[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      this.paths = Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string').slice(0, MAX_RECENT) : [];
    } catch {
      this.paths = [];
    }
    return this.paths;
  }

  /** Puts paths at the top (most recent first, no duplicates) and saves. */
  async add(paths: readonly string[]): Promise<readonly string[]> {
    this.paths = [...new Set([...[...paths].reverse(), ...this.paths])].slice(0, MAX_RECENT);
    await writeFileAtomic(this.file, JSON.stringify(this.paths)).catch(() => undefined);
    return this.paths;
  }

  /** Empties the list. */
  async clear(): Promise<void> {
    this.paths = [];
    await writeFileAtomic(this.file, '[]').catch(() => undefined);
  }

  /** The list, most recent first. */
  list(): readonly string[] {
    return this.paths;
  }
}
