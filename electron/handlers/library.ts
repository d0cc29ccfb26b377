/**
 * The articles main holds for this session, and the paths the user granted by choosing them.
 * Renderer-supplied paths are only honoured if they are in `granted`: a compromised page cannot
 * make main read arbitrary files.
 */
import { resolve } from 'node:path';
import type { Article } from '../../shared/types';

/** Loaded articles by id plus the set of user-chosen paths. */
export class Library {
  private readonly articles = new Map<string, Article>();
  private readonly granted = new Set<string>();

  /** Records paths the user chose in a native dialog (or on the command line). */
  grant(paths: readonly string[]): void {
    for (const p of paths) this.granted.add(resolve(p));
  }

  /** True when the user chose this path. */
  isGranted(path: string): boolean {
    return this.granted.has(resolve(path));
  }

  /** Keeps articles for later analysis; re-adding the same id replaces it. */
  add(articles: readonly Article[]): void {
    for (const a of articles) this.articles.set(a.id, a);
  }

  /** Forgets articles; returns how many were known. */
  remove(ids: readonly string[]): number {
    return ids.filter((id) => this.articles.delete(id)).length;
  }

  /** An article's text, or null when it is not loaded. */
  text(id: string): string | null {
    return this.articles.get(id)?.text ?? null;
  }

  /** The known articles among `ids`, in the order given. */
  get(ids: readonly string[]): Article[] {
    return ids.flatMap((id) => this.articles.get(id) ?? []);
  }
}
