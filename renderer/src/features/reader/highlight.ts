/**
 * Splits an article into paragraphs and each paragraph into plain and highlighted runs, keeping the
 * original offsets. Everything is rendered as text nodes: article content is never injected as HTML.
 */

/** A stretch of text to mark, in article offsets. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly id: string;
}

/** A run of a paragraph: plain text, or text under a mark. */
export interface Run {
  readonly text: string;
  readonly start: number;
  readonly markId: string | null;
}

/** A paragraph with its offset and runs. */
export interface Paragraph {
  readonly start: number;
  readonly runs: readonly Run[];
}

/** Paragraphs are separated by line breaks; empty lines are dropped but offsets stay exact. */
export function paragraphsOf(text: string, marks: readonly Mark[]): Paragraph[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Paragraph[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim()) out.push({ start, runs: runsOf(text, start, end, sorted) });
  };
  for (const m of text.matchAll(lineBreak)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/**
 * Cuts [from, to) into plain and marked runs; `marks` must be sorted by start. `text` starts at offset
 * `base` of the article (a quote's own words, for a window that does not hold the article's text).
 */
export function runsOf(text: string, from: number, to: number, marks: readonly Mark[], base = 0): Run[] {
  const runs: Run[] = [];
  let pos = from;
  for (const m of marks) {
    if (m.end <= pos || m.start >= to) continue;
    const s = Math.max(m.start, pos);
    const e = Math.min(m.end, to);
    if (s > pos) runs.push({ text: text.slice(pos - base, s - base), start: pos, markId: null });
    runs.push({ text: text.slice(s - base, e - base), start: s, markId: m.id });
    pos = e;
  }
  if (pos < to) runs.push({ text: text.slice(pos - base, to - base), start: pos, markId: null });
  return runs;
}
