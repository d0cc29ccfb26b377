/**
 * PDF text layout → article paragraphs. Pure: positioned text runs in, paragraphs out.
 * A PDF has no paragraphs, only glyph runs at coordinates (origin bottom-left, y upwards). This module
 *  1. joins runs into lines (same baseline, no jump backwards or across a wide gap),
 *  2. orders lines in reading order, finding a column gutter (an x no body line crosses) and reading
 *     each column top to bottom, whatever order the producer drew them in,
 *  3. drops running headers and footers (margin lines repeated on most pages, page numbers),
 *  4. makes paragraphs from vertical gaps and font changes, rejoining words hyphenated at line ends.
 */

/** One run of text as pdf.js reports it, with the baseline origin and font size in page units. */
export interface Run {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** One page's runs and size. */
export interface PageText {
  readonly width: number;
  readonly height: number;
  readonly runs: readonly Run[];
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** Index of the reading-order block (column segment) the line belongs to; a new block starts a new paragraph unless the sentence runs on. */
  block: number;
}

/** Margin band, as a share of the page height, where running headers and footers live. */
const MARGIN = 0.1;
const MAX_COLUMN_DEPTH = 3;

function lastChar(s: string): string {
  return s.at(-1) ?? '';
}

/** Step 1: runs in content order → lines. */
function linesOf(runs: readonly Run[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  for (const r of runs) {
    // pdf.js inserts blank runs where it guesses a space, even across a column gutter; they say nothing
    // about where lines end, so they only count as a space between the runs they separate.
    if (r.str.trim() === '') continue;
    const size = r.size > 0 ? r.size : 10;
    // A gap wider than an em is a column gutter or a tab stop, not a word space (justified text stretches
    // spaces to about half an em); the next run starts a new line, and reading order puts it in place.
    const sameLine =
      cur !== null && Math.abs(r.y - cur.y) < size * 0.5 && r.x >= cur.x1 - size * 0.5 && r.x - cur.x1 < size;
    if (cur && sameLine) {
      const gap = r.x - cur.x1;
      const needsSpace = gap > size * 0.15 && !/\s$/.test(cur.text) && !/^\s/.test(r.str);
      cur.text += (needsSpace ? ' ' : '') + r.str;
      cur.x1 = Math.max(cur.x1, r.x + r.width);
      cur.size = Math.max(cur.size, size);
    } else {
      if (cur) lines.push(cur);
      cur = { text: r.str, x0: r.x, x1: r.x + r.width, y: r.y, size, block: 0 };
    }
  }
  if (cur) lines.push(cur);
  return lines
    .map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text !== '');
}

/** How many different baselines a set of lines sits on: fragments of one line count once. */
function rows(lines: readonly Line[]): number {
  return new Set(lines.map((l) => Math.round(l.y))).size;
}

/**
 * A vertical gutter: a band, an em wide, in the middle of the region that few lines cross, with enough
 * rows of text either side. The band's width tells a gutter from a wide justified space: a space is
 * wide on one line, a gutter on all of them.
 */
function findGutter(lines: readonly Line[], left: number, right: number): number | null {
  if (rows(lines) < 6) return null;
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const half = (sizes[Math.floor(sizes.length / 2)] ?? 10) / 2;
  const width = right - left;
  let best: { x: number; crossing: number } | null = null;
  for (let step = 1; step < 80; step++) {
    const x = left + width * (0.25 + (0.5 * step) / 80);
    const crossing = lines.filter((l) => l.x0 < x + half && l.x1 > x - half).length;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best) return null;
  const { x } = best;
  const enough = Math.max(3, rows(lines) * 0.2);
  const leftRows = rows(lines.filter((l) => l.x1 <= x));
  const rightRows = rows(lines.filter((l) => l.x0 >= x));
  return best.crossing <= lines.length * 0.15 && leftRows >= enough && rightRows >= enough ? x : null;
}

/** Step 2: reading order. Lines crossing the gutter (headlines, wide figures) cut the page into bands. */
function readingOrder(lines: readonly Line[], left: number, right: number, depth: number, counter: { block: number }): Line[] {
  const byTop = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const gutter = depth < MAX_COLUMN_DEPTH ? findGutter(byTop, left, right) : null;
  if (gutter === null) {
    const block = counter.block++;
    return byTop.map((l) => ({ ...l, block }));
  }
  const out: Line[] = [];
  let band: Line[] = [];
  const flushBand = () => {
    if (band.length === 0) return;
    out.push(...readingOrder(band.filter((l) => l.x1 <= gutter), left, gutter, depth + 1, counter));
    out.push(...readingOrder(band.filter((l) => l.x1 > gutter), gutter, right, depth + 1, counter));
    band = [];
  };
  for (const l of byTop) {
    const spans = l.x0 < gutter && l.x1 > gutter;
    if (!spans) {
      band.push(l);
      continue;
    }
    flushBand();
    out.push({ ...l, block: counter.block++ });
  }
  flushBand();
  return out;
}

/**
 * Within a column, runs on one baseline split apart by a wide justified space (wider than the em that
 * step 1 allows) become one line again, now that the gutter can no longer be mistaken for a space.
 */
function mergeBaselines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out.at(-1);
    if (prev && prev.block === l.block && Math.abs(prev.y - l.y) < Math.min(prev.size, l.size) * 0.5 && l.x0 >= prev.x1 - l.size * 0.5) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${l.text}`, x1: Math.max(prev.x1, l.x1), size: Math.max(prev.size, l.size) };
    } else out.push(l);
  }
  return out;
}

/** Digits vary from page to page in running heads ("Page 3 of 9"); the rest repeats. */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

const PAGE_NUMBER = /^(?:(?:page|p\.|seite|página|pagina)\s*)?[-–—]?\s*#\s*[-–—]?(?:\s*(?:of|\/|de|von|sur)\s*#)?$/i;

/** Step 3: the keys of margin lines that repeat on at least half the pages (two at least). */
function runningHeads(pages: readonly { lines: Line[]; height: number }[]): Set<string> {
  const seen = new Map<string, number>();
  for (const p of pages) {
    const keys = new Set(p.lines.filter((l) => inMargin(l, p.height)).map((l) => runningKey(l.text)));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const need = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...seen].filter(([, n]) => n >= need).map(([k]) => k));
}

function inMargin(l: Line, height: number): boolean {
  return l.y > height * (1 - MARGIN) || l.y < height * MARGIN;
}

const HYPHEN_END = /(\p{L})[-\u2010\u00ad]$/u;
const ENDS_SENTENCE = /[.!?:;"”’)\]]$/;

/** The two halves of a word hyphenated at a line end ("nego-" + "tiations"), rejoined; null when the line break is a space. */
function rejoinHyphenated(before: string, line: string): string | null {
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + line;
  if (HYPHEN_END.test(before.slice(-4)) && /^\p{Ll}/u.test(line)) return before.slice(0, -1) + line;
  return null;
}

/** Joins a line to the paragraph before it, rejoining a word hyphenated at the line end. */
export function joinLine(paragraph: string, line: string): string {
  if (paragraph === '') return line;
  return rejoinHyphenated(paragraph, line) ?? `${paragraph} ${line}`;
}

/**
 * A paragraph being built line by line. Lines are kept in a list and joined once: appending to one
 * long string and testing its end would flatten it for every line (quadratic on a book-length paragraph).
 */
class ParagraphBuilder {
  private parts: string[] = [];
  private tail = '';

  add(line: string): void {
    if (this.tail === '') {
      this.tail = line;
      return;
    }
    const rejoined = rejoinHyphenated(this.tail, line);
    if (rejoined !== null) this.tail = rejoined;
    else {
      this.parts.push(this.tail);
      this.tail = line;
    }
  }

  get empty(): boolean {
    return this.tail === '';
  }

  /** The paragraph's text; the builder starts over. */
  take(): string {
    this.parts.push(this.tail);
    const text = this.parts.join(' ');
    this.parts = [];
    this.tail = '';
    return text;
  }
}

/** Step 4: every page's body lines, in order → paragraphs. */
export function layoutParagraphs(pages: readonly PageText[]): string[] {
  const counter = { block: 0 };
  const laidOut = pages.map((p) => ({ height: p.height, lines: mergeBaselines(readingOrder(linesOf(p.runs), 0, p.width, 0, counter)) }));
  const heads = runningHeads(laidOut);
  const body = laidOut.flatMap((p) =>
    p.lines.filter((l) => !(inMargin(l, p.height) && (heads.has(runningKey(l.text)) || PAGE_NUMBER.test(runningKey(l.text))))),
  );

  const spacing = typicalSpacing(body);
  const edges = blockEdges(body);
  const paragraphs: string[] = [];
  const current = new ParagraphBuilder();
  let prev: Line | null = null;
  for (const line of body) {
    let breaks = prev === null;
    if (prev) {
      const sameBlock = prev.block === line.block;
      const sizeChange = Math.abs(prev.size - line.size) > Math.min(prev.size, line.size) * 0.15;
      if (sizeChange) breaks = true;
      else if (sameBlock) breaks = startsParagraph(prev, line, spacing, edges.get(line.block));
      else breaks = continuesAcross(prev, line, edges) === false;
    }
    if (breaks && !current.empty) paragraphs.push(current.take());
    current.add(line.text);
    prev = line;
  }
  if (!current.empty) paragraphs.push(current.take());
  return paragraphs;
}

interface Edges {
  left: number;
  right: number;
}

/**
 * The left and right edge of each block's body text, for telling indents and short last lines. Only
 * lines in the block's most common font size count: a headline in the same block is wider than the
 * column and would make every body line look short.
 */
function blockEdges(lines: readonly Line[]): Map<number, Edges> {
  const sizes = new Map<number, Map<number, number>>();
  for (const l of lines) {
    const bySize = sizes.get(l.block) ?? new Map<number, number>();
    const key = Math.round(l.size * 2);
    bySize.set(key, (bySize.get(key) ?? 0) + 1);
    sizes.set(l.block, bySize);
  }
  const bodySize = new Map<number, number>();
  for (const [block, bySize] of sizes) bodySize.set(block, [...bySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0);
  const edges = new Map<number, Edges>();
  for (const l of lines) {
    if (Math.round(l.size * 2) !== bodySize.get(l.block)) continue;
    const e = edges.get(l.block);
    if (e) {
      e.left = Math.min(e.left, l.x0);
      e.right = Math.max(e.right, l.x1);
    } else edges.set(l.block, { left: l.x0, right: l.x1 });
  }
  return edges;
}

/**
 * At a new column or page, a paragraph runs on unless the last line both ended a sentence and stopped
 * short of its column's right edge, or the new column starts with an indent. A full last line ending in
 * a full stop is ambiguous; running on is the cheaper mistake (a quote is never cut in two).
 */
function continuesAcross(prev: Line, line: Line, edges: Map<number, Edges>): boolean {
  if (!ENDS_SENTENCE.test(lastChar(prev.text))) return true;
  const before = edges.get(prev.block);
  const after = edges.get(line.block);
  const short = before !== undefined && before.right - prev.x1 > (before.right - before.left) * 0.15;
  const indented = after !== undefined && line.x0 - after.left > line.size * 0.8;
  return !short && !indented;
}

/**
 * Within one column: a paragraph starts after a gap wider than the usual line spacing (scaled to the
 * font, so a headline's own leading does not split it), at a first-line indent, or after a line that
 * ends a sentence well short of the column's right edge.
 */
function startsParagraph(prev: Line, line: Line, spacing: number, edges: Edges | undefined): boolean {
  const gap = prev.y - line.y;
  const usual = Math.max(spacing, line.size * 1.2);
  // Baselines in a column are evenly spaced to a fraction of a point; a third more is a paragraph gap.
  if (gap > usual * 1.3) return true;
  if (!edges) return false;
  const width = edges.right - edges.left;
  const indented = line.x0 - edges.left > line.size * 0.8 && prev.x0 - edges.left < line.size * 0.3;
  const shortEnd = ENDS_SENTENCE.test(lastChar(prev.text)) && edges.right - prev.x1 > width * 0.4;
  return indented || shortEnd;
}

/** The usual distance between consecutive baselines of body text (the median), for telling paragraph gaps. */
function typicalSpacing(lines: readonly Line[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a && b && a.block === b.block && a.y > b.y && Math.abs(a.size - b.size) < 0.5) gaps.push(a.y - b.y);
  }
  if (gaps.length === 0) return (lines[0]?.size ?? 10) * 1.2;
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length / 2)] ?? 12;
}
