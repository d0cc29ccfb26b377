/**
 * Builds article text from paragraphs: one paragraph per block, separated by a blank line, the way the
 * plain-text version of the same article is written. Paragraphs that are not prose (credits, notes,
 * site furniture) stay in the text, where the reader shows them, and are listed as furniture ranges so
 * quotes are never taken from them.
 */
import type { Furniture } from './types';

/** One block of text and, when it is not the article's own prose, what it is. */
export interface Paragraph {
  readonly text: string;
  readonly kind?: Furniture['kind'];
}

/** Joins paragraphs with blank lines and records the ranges of the non-prose ones. */
export function joinParagraphs(paragraphs: readonly Paragraph[]): { text: string; furniture: Furniture[] } {
  let text = '';
  const furniture: Furniture[] = [];
  for (const p of paragraphs) {
    const body = p.text.trim();
    if (body === '') continue;
    if (text !== '') text += '\n\n';
    if (p.kind) furniture.push({ start: text.length, end: text.length + body.length, kind: p.kind });
    text += body;
  }
  return { text, furniture };
}

/** Collapses runs of white space (including no-break spaces from HTML) to one space. */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
