/**
 * Site furniture in article text: the lines a saved or pasted web page carries that are not the story
 * ("Read more: …", "Follow live", share and newsletter prompts, photo credits). They are kept in the
 * text — the reader shows what the editor saved — and marked, so quotes are never taken from them.
 * Pure; every pattern is anchored and free of nested quantifiers (linear time on any line).
 */
import { isSpace } from '../text/classes';
import type { Furniture } from './formats/types';

const MAX_LINE = 300;

/** Labelled links to other stories: "Read more: ‘We will not back down,’ says minister" is furniture, quotes and all. */
const LABELLED =
  /^(?:read (?:more|next)|related(?: articles?| stories| content)?|see also|more on this(?: story)?|watch|listen|follow (?:live|our live coverage)|live(?: updates)?|most (?:read|viewed|popular)|recommended(?: for you)?|topics|tags)\s*:/i;

/** Short prompts to click, share or subscribe; only whole short lines without quotation marks, so prose that happens to start "Sign up numbers…" stays prose. */
const PROMPT =
  /^(?:read more|read next|more on this story|most (?:read|viewed|popular)|recommended(?: for you)?|follow (?:live|us)\b|sign up\b|subscribe\b|get our\b|share (?:this|on|via)\b|share$|copy link$|click here\b|advertisement$|advert$|skip (?:to|past)\b|this article is more than\b|©|copyright\b)/i;
const MAX_PROMPT = 100;

/** Credits under pictures: "Photograph: Jane Roe/Reuters", "(AP Photo/John Doe)", "Image: Getty". */
const CREDIT_START = /^(?:photograph|photo|image|picture|illustration|composite|video)(?: by| credit)?\s*:\s*\S/i;
const CREDIT_AFTER_CAPTION = /[.)]\s(?:photograph|photo|image|picture|illustration|composite)(?: by| credit)?\s*:\s*\S/i;
const QUOTE_MARK = /["“”]/;
/** A caption with a credit at its end is short and quotes nobody; longer prose may say "photo: …" in passing. */
const MAX_CAPTION = 200;
const AGENCY_PHOTO = /\((?:AP|AFP|Reuters|EPA|PA) Photo\b/i;
const AGENCY_TAIL = /\/\s*(?:Getty Images|Reuters|AP|AFP|EPA|PA(?: Media| Wire)?|Shutterstock|Alamy|Bloomberg|Rex(?: Features)?)\)?\.?$/i;

/** Classifies one trimmed line, or returns null for the article's own prose. */
export function classifyLine(line: string): Furniture['kind'] | null {
  if (line.length === 0 || line.length > MAX_LINE) return null;
  if (LABELLED.test(line)) return 'furniture';
  if (line.length <= MAX_PROMPT && !QUOTE_MARK.test(line) && PROMPT.test(line)) return 'furniture';
  if (CREDIT_START.test(line) || AGENCY_PHOTO.test(line)) return 'credit';
  const caption = line.length <= MAX_CAPTION && !QUOTE_MARK.test(line);
  if (caption && (CREDIT_AFTER_CAPTION.test(line) || AGENCY_TAIL.test(line))) return 'credit';
  return null;
}

/**
 * Finds furniture lines anywhere in the text; ranges exclude the line's surrounding white space. Lines
 * (runs without CR or LF) are found by `indexOf` and trimmed by code, and only one short enough to be
 * furniture is cut out and classified: every article loaded passes through here, and most of its
 * lines are paragraphs too long to test.
 */
export function findFurniture(text: string): Furniture[] {
  const found: Furniture[] = [];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (let from = 0; from < text.length; ) {
    if (lf !== -1 && lf < from) lf = text.indexOf('\n', from);
    if (cr !== -1 && cr < from) cr = text.indexOf('\r', from);
    const to = lf === -1 ? (cr === -1 ? text.length : cr) : cr === -1 ? lf : Math.min(lf, cr);
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const kind = end > start && end - start <= MAX_LINE ? classifyLine(text.slice(start, end)) : null;
    if (kind) found.push({ start, end, kind });
    from = to + 1;
  }
  return found;
}

/** Merges two sorted-or-not lists of ranges into one sorted list without duplicates or overlaps. */
export function mergeFurniture(...lists: readonly (readonly Furniture[])[]): Furniture[] {
  const all = lists.flat().slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Furniture[] = [];
  for (const r of all) {
    const last = out.at(-1);
    if (last && r.start < last.end) {
      if (r.end > last.end) out[out.length - 1] = { ...last, end: r.end };
      continue;
    }
    out.push(r);
  }
  return out;
}
