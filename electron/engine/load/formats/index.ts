/** The format loaders, and which one reads a file: by its name, corrected by what its first bytes say. */
import { docxFormat } from './docx';
import { htmlFormat } from './html';
import { emlFormat, mhtmlFormat } from './mime';
import { extensionOf } from '../names';
import { pdfFormat } from './pdf';
import { markdownFormat, textFormat } from './text';
import type { Loader } from './types';

export const LOADERS: readonly Loader[] = [textFormat, markdownFormat, htmlFormat, mhtmlFormat, emlFormat, docxFormat, pdfFormat];

// One decoder for every file (decoding without `stream` keeps no state between calls).
const LATIN1 = new TextDecoder('latin1');

const startsWithAscii = (bytes: Uint8Array, s: string) => [...s].every((ch, i) => bytes[i] === ch.charCodeAt(0));

/**
 * The loader for a file. Content wins over a wrong name where it is unambiguous: a PDF or a saved web
 * page renamed to .txt is still read as what it is. Files without an extension are read as text.
 */
export function loaderFor(name: string, bytes: Uint8Array): Loader | null {
  const ext = extensionOf(name);
  const byName = ext === '' ? textFormat : LOADERS.find((l) => l.extensions.includes(ext));
  if (byName === textFormat || byName === markdownFormat) {
    if (startsWithAscii(bytes, '%PDF-')) return pdfFormat;
    const head = LATIN1.decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
    if (head.startsWith('<!doctype html') || head.startsWith('<html')) return htmlFormat;
  }
  return byName ?? null;
}
