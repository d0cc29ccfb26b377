/**
 * Pairs quotation marks into quoted spans, one paragraph at a time so that an unbalanced mark is recovered
 * at the paragraph end and can never swallow the rest of the article. Single marks nest inside double ones
 * or stand alone (headlines, British style); a single mark that never closes was an apostrophe.
 */
import type { Span } from '../segment/paragraphs';
import { firstAtOrAfter } from '../text/search';
import { MARK_CHARS, markAt, type Mark } from './marks';

/** One quotation: its interior (no marks) and the marks around it. */
export interface QuoteSpan {
  /** Interior start (after the opening mark, whitespace trimmed). */
  readonly start: number;
  /** Interior end (before the closing mark, whitespace trimmed). */
  readonly end: number;
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark; the paragraph end when the quote was never closed. */
  readonly close: number;
  readonly closed: boolean;
  readonly family: 'double' | 'single';
  readonly paragraph: number;
  /** The previous paragraph's quotation ran on into this one (the paragraph reopens it). */
  readonly continuesPrevious: boolean;
}

interface Open {
  readonly mark: Mark;
  children: number;
}

/** Deepest nesting tracked; deeper opening marks are ignored (keeps adversarial input linear). */
const MAX_DEPTH = 8;

// Module constants: a regex literal allocates a new RegExp each time it is evaluated.
const WHITESPACE = /\s/;
const SPACE_OR_COMMA = /[\s,]/;

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && WHITESPACE.test(text[s]!)) s++;
  // A comma before the closing mark belongs to the sentence around the quote ("…,” he said), not to it.
  while (e > s && SPACE_OR_COMMA.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

function topmost(stack: readonly Open[], family: 'double' | 'single'): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const f = stack[i]!.mark.family;
    if (f === family) return i;
    if (family === 'single' && f === 'double') return -1; // a single never closes across a double
  }
  return -1;
}

/**
 * One paragraph's pairing: the open marks and the quotations found. The helpers below take it as an
 * argument rather than closing over it: tsx (which runs the bench and the evals) wraps every named
 * closure in a defineProperty call, a measurable cost when made per paragraph.
 */
interface Pairing {
  readonly text: string;
  readonly paragraph: number;
  readonly stack: Open[];
  readonly out: QuoteSpan[];
}

function emit(pairing: Pairing, open: Mark, closeStart: number, closeEnd: number, closed: boolean): void {
  const { text, stack, out, paragraph } = pairing;
  const inner = trimmed(text, open.pos + open.length, closeStart);
  if (inner.end <= inner.start) return;
  const parent = stack[stack.length - 1];
  if (parent) {
    parent.children++;
    return;
  }
  // Explicit fields rather than a spread: this runs once per quotation and spreads cost in V8.
  out.push({ start: inner.start, end: inner.end, open: open.pos, close: closeEnd, closed, family: open.family, paragraph, continuesPrevious: false });
}

function closeAt(pairing: Pairing, index: number, mark: Mark): void {
  const entry = pairing.stack[index]!;
  pairing.stack.length = index; // unclosed singles above it were apostrophes
  emit(pairing, entry.mark, mark.pos, mark.pos + mark.length, true);
}

/**
 * Offsets of every character that can start a mark, in text order. One pass over the whole text: a search
 * per paragraph would run on past a paragraph without marks to the next one that has some.
 */
export function markCandidates(text: string): number[] {
  const out: number[] = [];
  const re = MARK_CHARS;
  re.lastIndex = 0;
  // test() rather than exec(): no match object to allocate; every match is one character long.
  while (re.test(text)) out.push(re.lastIndex - 1);
  return out;
}

/** Mark candidates are offsets themselves. */
const offset = (n: number): number => n;

/** Top-level quoted spans of one paragraph, in order; `candidates` are the text's `markCandidates`. */
export function pairParagraph(text: string, para: Span, paragraph: number, candidates: readonly number[] = markCandidates(text)): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Open[] = [];
  const pairing: Pairing = { text, paragraph, stack, out };

  // Marks are read left to right; a two-character mark ('') hides the candidate inside it.
  let resume = para.start;
  for (let c = firstAtOrAfter(candidates, para.start, offset); c < candidates.length && candidates[c]! < para.end; c++) {
    const pos = candidates[c]!;
    if (pos < resume) continue;
    resume = pos + 1;
    const mark = markAt(text, pos);
    if (!mark) continue;
    resume = pos + mark.length;
    const dbl = topmost(stack, 'double');
    if (mark.family === 'double') {
      const top = stack[dbl];
      const closesLow = mark.char === '“' && top?.mark.char === '„';
      const closes = mark.role === 'close' || closesLow || (mark.role === 'either' && dbl >= 0 && mark.char !== '“');
      if (closes) {
        if (dbl >= 0) closeAt(pairing, dbl, mark);
        continue;
      }
      // English never nests “ inside “: a second opening mark means the first was never closed.
      if (mark.char === '“' && top?.mark.char === '“') {
        stack.length = dbl;
        // End it at its last sentence end, if it has one ("… “bold. Later “…" → "bold.").
        const interior = text.slice(top.mark.pos, mark.pos);
        const stop = Math.max(interior.lastIndexOf('. '), interior.lastIndexOf('! '), interior.lastIndexOf('? '));
        const end = stop > 0 ? top.mark.pos + stop + 1 : mark.pos;
        emit(pairing, top.mark, end, end, false);
      }
    } else {
      const sgl = topmost(stack, 'single');
      if (mark.role === 'close' || (mark.role === 'either' && sgl >= 0)) {
        if (sgl >= 0) closeAt(pairing, sgl, mark);
        continue;
      }
    }
    if (stack.length < MAX_DEPTH) stack.push({ mark, children: 0 });
  }

  // Unclosed at the paragraph end: doubles are recovered to the end, singles were apostrophes.
  const bottomDouble = stack.findIndex((e) => e.mark.family === 'double');
  if (bottomDouble >= 0) {
    const entry = stack[bottomDouble]!;
    stack.length = bottomDouble;
    emit(pairing, entry.mark, para.end, para.end, false);
  }
  return out;
}

function startsWithOpeningDouble(text: string, para: Span): boolean {
  const mark = para.start < para.end ? markAt(text, para.start) : null;
  return mark !== null && mark.family === 'double' && mark.role !== 'close';
}

/** Quoted spans of the whole text, paragraph by paragraph; marks quotes reopened in the next paragraph. */
export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let previousOpen = false;
  const candidates = markCandidates(text);
  paragraphs.forEach((para, index) => {
    const spans = pairParagraph(text, para, index, candidates);
    const first = spans[0];
    if (first && previousOpen && first.open === para.start && startsWithOpeningDouble(text, para)) {
      spans[0] = { ...first, continuesPrevious: true };
    }
    const last = spans[spans.length - 1];
    previousOpen = last !== undefined && !last.closed;
    for (const span of spans) out.push(span); // not push(...spans): a huge paragraph would overflow the stack
  });
  return out;
}
