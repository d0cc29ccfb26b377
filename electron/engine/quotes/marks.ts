/**
 * Quotation-mark recognition: which characters at which positions open or close a quotation, and which
 * are apostrophes (Putin’s, ’90s, rock ’n’ roll). Decided from the neighbouring characters only, so one
 * pass over the text suffices.
 */

/** Double marks (", “ ”, «», „, '') pair with each other; single marks (' ‘ ’) nest inside or stand alone. */
export type MarkFamily = 'double' | 'single';

export interface Mark {
  readonly pos: number;
  readonly length: number;
  readonly family: MarkFamily;
  /** open: can only open; close: can only close; either: straight marks decided by context. */
  readonly role: 'open' | 'close' | 'either';
  /** „ and « open quotations closed by “ and » respectively; tracked so “ can close a „. */
  readonly char: string;
}

// Regex literals are hoisted to module constants throughout: V8 allocates a new RegExp object each time
// a literal is evaluated, which in per-token code is a large share of the stage's garbage.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{N}%$#@]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;“"‘'«„]/u;
const CLOSING_CONTEXT = /[\s)\]}.,;:!?\u2014\u2013\-”"’'»…]/u;
const WHITESPACE = /\s/;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Start of text, whitespace, or punctuation that commonly precedes an opening mark. */
function isOpeningContext(ch: string | undefined): boolean {
  return ch === undefined || OPENING_CONTEXT.test(ch);
}

/** Whitespace, end of text, or punctuation that commonly follows a closing mark. */
function isClosingContext(ch: string | undefined): boolean {
  return ch === undefined || CLOSING_CONTEXT.test(ch);
}

/** Elisions that open with an apostrophe; a plain alternation of literals (linear). */
export const LEADING_ELISION = /^(?:\d\d(?:s|\b)|n[’']|em\b|til\b|cause\b|tis\b|twas\b)/;

/** Elisions that start with an apostrophe: ’90s, ’n’, ’em, ’til, ’cause. */
function isLeadingElision(text: string, pos: number): boolean {
  const rest = text.slice(pos + 1, pos + 7).toLowerCase();
  return LEADING_ELISION.test(rest);
}

/**
 * Classifies the mark at `pos`, or returns null for apostrophes and ordinary characters.
 * `''` (two apostrophes, as in NYT archive texts) is one straight double mark.
 */
function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function markAt(text: string, pos: number): Mark | null {
  const ch = text[pos]!;
  // Fast path for the commonest case, an apostrophe inside a word (Putin’s, don't).
  if ((ch === '’' || ch === "'") && isAsciiLetter(text.charCodeAt(pos - 1)) && isAsciiLetter(text.charCodeAt(pos + 1))) return null;
  const prev = pos > 0 ? text[pos - 1] : undefined;
  const next = text[pos + 1];
  switch (ch) {
    case '“':
      return { pos, length: 1, family: 'double', role: 'either', char: ch };
    case '”':
      return { pos, length: 1, family: 'double', role: 'close', char: ch };
    case '«':
    case '„':
      return { pos, length: 1, family: 'double', role: 'open', char: ch };
    case '»':
      return { pos, length: 1, family: 'double', role: 'close', char: ch };
    case '"':
      return straight(pos, 1, prev, next, 'double', ch);
    case '‘':
      if (isLeadingElision(text, pos)) return null;
      return { pos, length: 1, family: 'single', role: isOpeningContext(prev) ? 'open' : 'either', char: ch };
    case '’':
      if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return null;
      if (!isWordChar(prev) && isLeadingElision(text, pos)) return null;
      if (prev === 'n' && text[pos - 2] === '’') return null; // rock ’n’ roll
      if (isOpeningContext(prev) && isLetterOrDigit(next)) return { pos, length: 1, family: 'single', role: 'open', char: ch };
      return isClosingContext(next) ? { pos, length: 1, family: 'single', role: 'close', char: ch } : null;
    case "'":
      if (next === "'") return straight(pos, 2, prev, text[pos + 2], 'double', "''");
      if (prev === "'") return null; // second half of '' handled above
      if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return null;
      if (!isWordChar(prev) && isLeadingElision(text, pos)) return null;
      if (prev === 'n' && text[pos - 2] === "'") return null;
      return straight(pos, 1, prev, next, 'single', ch);
    default:
      return null;
  }
}

function straight(
  pos: number,
  length: number,
  prev: string | undefined,
  next: string | undefined,
  family: MarkFamily,
  char: string,
): Mark | null {
  const opening = isOpeningContext(prev) && !(next === undefined || WHITESPACE.test(next));
  const closing = !isOpeningContext(prev) || isClosingContext(next);
  if (opening && !closing) return { pos, length, family, role: 'open', char };
  if (closing && !opening) {
    // A lone straight single after a letter is a possessive (dogs') unless a quotation is open.
    return { pos, length, family, role: 'close', char };
  }
  if (!opening && !closing) return null;
  return { pos, length, family, role: 'either', char };
}

/** Characters that can start a mark; scanning looks only at these (a global regex: reset lastIndex). */
export const MARK_CHARS = /["“”«»„‘’']/g;
