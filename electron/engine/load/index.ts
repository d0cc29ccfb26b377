/**
 * The load stage: a file (path or name + bytes) → Article, or a LoadFailure that names the file and
 * the reason. One bad file never affects the others.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Article, LoadFailure, LoadResult } from '../../../shared/types';
import { makeArticle } from './article';
import { decodeText } from './decode';

/** Files larger than this are refused with a message rather than read into memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** File types this version can read; the others get a clear "not supported yet" message. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.text', '.md'] as const;

/** Something to load: a path on disk, or the bytes of a file the user handed over. */
export type LoadSource =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'bytes'; readonly name: string; readonly data: Uint8Array };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

function unsupported(name: string): string | null {
  const ext = extensionOf(name);
  if (ext === '' || (SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) return null;
  return `${ext} files are not supported yet; open plain-text (.txt, .md) articles.`;
}

function tooLarge(bytes: number): string {
  return `The file is ${(bytes / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB.`;
}

/** Turns bytes already in memory into an Article, or says why not. */
export function loadBytes(name: string, data: Uint8Array, path = name): Article | LoadFailure {
  const refused = unsupported(name) ?? (data.length > MAX_FILE_BYTES ? tooLarge(data.length) : null);
  if (refused) return { name, reason: refused };
  const decoded = decodeText(data);
  if (!decoded.ok) return { name, reason: decoded.reason };
  return makeArticle({ path, name, text: decoded.text, encoding: decoded.encoding, byteLength: data.length });
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
    default:
      return `The file could not be read (${code ?? String(error)}).`;
  }
}

/** Reads a file from disk (size checked before reading) and loads it. */
export async function loadPath(path: string): Promise<Article | LoadFailure> {
  const name = basename(path);
  const refused = unsupported(name);
  if (refused) return { name, reason: refused };
  try {
    const handle = await open(path, 'r');
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) return { name, reason: 'This is a folder, not a file.' };
      if (stat.size > MAX_FILE_BYTES) return { name, reason: tooLarge(stat.size) };
      const data = new Uint8Array(await handle.readFile());
      return loadBytes(name, data, path);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { name, reason: describeFsError(error) };
  }
}

/** True for a successfully loaded article. */
export function isArticle(x: Article | LoadFailure): x is Article {
  return 'id' in x;
}

/** Loads every source; failures are collected per file, never thrown. */
export async function loadAll(sources: readonly LoadSource[]): Promise<LoadResult> {
  const results = await Promise.all(
    sources.map((s) => (s.kind === 'path' ? loadPath(s.path) : Promise.resolve(loadBytes(s.name, s.data)))),
  );
  return {
    articles: results.filter(isArticle),
    failures: results.filter((r): r is LoadFailure => !isArticle(r)),
  };
}
