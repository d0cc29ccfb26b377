/**
 * Serves the built renderer files. Only files inside the root, only GET/HEAD, and an SPA fallback to
 * index.html for unknown paths without an extension.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file ready to send. */
export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
}

/** Resolves a URL path to a file under `root`, refusing anything that escapes it. */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const relative = decoded === '/' || extname(decoded) === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  if (!full.startsWith(normalize(root) + sep)) return null;
  try {
    const body = await readFile(full);
    return { body, contentType: CONTENT_TYPES[extname(full)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
