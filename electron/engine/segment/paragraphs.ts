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

// Line breaks of every kind; a plain character class, so the scan is linear.
const LINE_BREAK = /[\n\r\u2028\u2029\v\f]/g;

/** Splits text into paragraph spans with surrounding whitespace trimmed; blank lines yield nothing. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    // test() rather than exec(): no match object to allocate; every match is one character long.
    const found = LINE_BREAK.test(text);
    const lineEnd = found ? LINE_BREAK.lastIndex - 1 : text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
    if (!found) break;
    lineStart = lineEnd + 1;
  }
  return out;
}
