/**
 * Reading PolNeAR gold for the evaluation: the relations, their quoted spans, and what counts for which
 * figure. Definitions (also printed in the eval's header):
 *
 * - speech attribution: a gold relation whose cue is a speech cue (`speech-cues.ts`) and that has a
 *   source span. Relations of belief or intention, and relations without a source, are out of scope:
 *   they count neither for nor against the system.
 * - gold quoted span: a stretch between quotation marks (“ ”, " ", the NYT's '' '', or ‘ ’) inside the
 *   content of a relation, interior only, one per paragraph when a quote runs over several. Found with
 *   a small independent scanner here, not with the engine's quote detector.
 * - indirect speech: a speech attribution whose content has no quotation marks (PolNeAR's `indirect`,
 *   less the few whose content holds ‘single-quoted’ words: those count as quoted spans). A system
 *   report that matches only out-of-scope relations counts neither for nor against it, as for quotes.
 */
import { isSpeechCue } from './speech-cues';

export interface GoldRelation {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'direct' | 'mixed' | 'indirect';
  readonly speaker?: string | null;
  readonly speaker_start?: number;
  readonly speaker_end?: number;
  readonly cue?: string | null;
  readonly segments?: readonly (readonly [number, number])[];
}

export interface GoldArticle {
  readonly id: string;
  readonly publisher: string;
  readonly text: string;
  readonly quotes: readonly GoldRelation[];
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface GoldQuoted extends Span {
  /** Sources of the speech attributions this span lies in (empty: only out-of-scope relations). */
  readonly sources: readonly { readonly text: string; readonly start: number; readonly end: number }[];
}

export function inScope(r: GoldRelation): boolean {
  return isSpeechCue(r.cue) && r.speaker != null && r.speaker_start !== undefined && r.speaker_end !== undefined;
}

const PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['"', '"'],
  ["''", "''"],
  ['‘', '’'],
];

/** Quoted stretches (interiors) of text[from, to), line by line; an unclosed mark runs to the line end. */
export function quotedStretches(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    let i = lineStart;
    while (i < lineEnd) {
      const pair = PAIRS.find(([open]) => text.startsWith(open, i));
      const isSingle = pair?.[0] === '‘';
      if (!pair || (isSingle && /[\p{L}\p{N}]/u.test(text[i - 1] ?? ''))) {
        i++;
        continue;
      }
      const [open, close] = pair;
      let j = i + open.length;
      let found = -1;
      while (j < lineEnd) {
        // A ’ between letters is an apostrophe, not the end of a single-quoted stretch.
        if (text.startsWith(close, j) && !(isSingle && /[\p{L}]/u.test(text[j + 1] ?? ''))) {
          found = j;
          break;
        }
        j++;
      }
      const end = found < 0 ? lineEnd : found;
      const s = trim(text, i + open.length, end);
      if (s.end > s.start && (found >= 0 || !isSingle)) out.push(s);
      i = found < 0 ? lineEnd : found + close.length;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function trim(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Every gold quoted span of an article, deduplicated, with the speech sources it belongs to. */
export function goldQuoted(article: GoldArticle): GoldQuoted[] {
  const bySpan = new Map<string, { start: number; end: number; sources: { text: string; start: number; end: number }[] }>();
  for (const r of article.quotes) {
    // Every relation is scanned, whatever its `kind`: that field is derived from double marks only, so a
    // headline's ‘single-quoted’ words sit in relations marked indirect.
    // Include the marks just outside the annotated content: annotators sometimes left them out.
    const from = Math.max(0, r.start - 1);
    const to = Math.min(article.text.length, r.end + 1);
    for (const s of quotedStretches(article.text, from, to)) {
      if (s.end <= r.start || s.start >= r.end) continue;
      const key = `${s.start}:${s.end}`;
      const entry = bySpan.get(key) ?? { ...s, sources: [] };
      if (inScope(r)) entry.sources.push({ text: r.speaker!, start: r.speaker_start!, end: r.speaker_end! });
      bySpan.set(key, entry);
    }
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start);
}
