/**
 * Sentence boundaries inside one paragraph, ignoring full stops inside quotations so that a quote of
 * several sentences stays in the sentence that introduces or attributes it.
 */
import type { Span } from './paragraphs';

/** Words that end in a full stop without ending the sentence (titles, initials, months, US states). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr sen rep gov gen lt col capt sgt maj adm cmdr prof rev st jr sr no vs etc inc co corp ltd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept est fig op approx pres ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo u.s u.k u.n d.c e.g i.e a.m p.m'
  ).split(' '),
);

/** Marks that may close a sentence after its final stop: " ” ’ ' » ) ] (by code: ” and ’ read as strings were allocated each time). */
export function isClosingMark(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x27 || code === 0xbb || code === 0x29 || code === 0x5d;
}

/** Candidate sentence ends (a global regex: reset lastIndex). */
export const SENTENCE_END = /[.!?]/g;

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isOpener(ch: string): boolean {
  return ch === '"' || ch === '“' || ch === '‘' || ch === "'" || ch === '«' || ch === '„' || ch === '(' || ch === '[';
}

/** The word that ends at `end` (exclusive), lower-cased, letters and inner dots only. */
function wordBefore(text: string, end: number, floor: number): string {
  let i = end;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
    if (!letter) break;
    i--;
  }
  return text.slice(i, end).toLowerCase();
}

/** Words that start sentences and never follow a title: "… in Washington, D.C. He said …" splits. */
const SENTENCE_STARTERS = /^(?:He|She|They|It|We|I|The|But|And|In|This|That|There|A|An|His|Her|Their|On|At|After|When|Some|Many)\b/;

function isAbbreviation(text: string, dot: number, floor: number, next: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (word.length === 0) return false;
  if (word.includes('.') && SENTENCE_STARTERS.test(text.slice(next, next + 6))) return false;
  if (word.length === 1) return true; // an initial: "John F. Kennedy"
  if (ABBREVIATIONS.has(word)) return true;
  return word.includes('.') && word.length <= 6; // "U.S." and the like
}

/**
 * Splits [span.start, span.end) at sentence ends outside `masked` (sorted, disjoint spans such as quote
 * interiors). A sentence ends at . ! ? (plus closing marks) followed by space and a capital, digit or
 * opening mark. Linear in the span length.
 */
export function splitSentences(text: string, span: Span, masked: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  let start = span.start;
  let m = 0;
  let i = span.start;
  let nextEnd = -1;
  while (i < span.end) {
    while (m < masked.length && masked[m]!.end <= i) m++;
    const mask = masked[m];
    let quoted = false;
    if (mask && mask.start <= i && i < mask.end) {
      // A quotation that ends its own sentence ("… home.” He left.) ends the outer sentence too.
      i = Math.max(mask.end - 1, i);
      quoted = true;
    }
    const ch = text[i];
    if (!quoted && ch !== '.' && ch !== '!' && ch !== '?') {
      // Jump to the next candidate sentence end (or the next mask), instead of stepping a character.
      // The search result is kept until passed, so the text is searched once overall.
      if (nextEnd < i) {
        SENTENCE_END.lastIndex = i;
        // test() rather than exec(): no match object to allocate; every match is one character long.
        nextEnd = SENTENCE_END.test(text) ? SENTENCE_END.lastIndex - 1 : Number.MAX_SAFE_INTEGER;
      }
      const stop = Math.min(nextEnd, span.end, mask && mask.start > i ? mask.start : span.end);
      i = stop > i ? stop : i + 1;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < span.end && isClosingMark(text.charCodeAt(j))) j++;
      if (j < span.end && (text[j] === ' ' || text[j] === '\u00a0')) {
        let k = j;
        while (k < span.end && (text[k] === ' ' || text[k] === '\u00a0')) k++;
        const next = text.charCodeAt(k);
        const startsSentence = k < span.end && (isUpper(next) || isDigit(next) || isOpener(text[k]!));
        if (startsSentence && (quoted || !(ch === '.' && isAbbreviation(text, i, span.start, k)))) {
          out.push({ start, end: j });
          start = k;
          i = k;
          continue;
        }
      }
    }
    i++;
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}
