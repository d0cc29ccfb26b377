/**
 * Paragraphs: maximal runs of non-blank text between line breaks. News files put one paragraph on a
 * line (sometimes with blank lines between), so every line break ends a paragraph.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

function isBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x0b || code === 0x0c;
}

/** Splits text into paragraph spans with surrounding whitespace trimmed; blank lines yield nothing. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (isBreak(text.charCodeAt(i)) || isSpace(text.charCodeAt(i)))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isBreak(text.charCodeAt(i))) i++;
    let end = i;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    out.push({ start, end });
  }
  return out;
}
