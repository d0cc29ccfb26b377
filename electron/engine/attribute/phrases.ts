/**
 * Noun phrases around a cue: the source before it ("Kremlin spokesman Dmitry Peskov said"), after it
 * ("said Mr. Abboud"), behind an appositive or relative clause ("Dmitriev, who …, told"), and what part
 * of a phrase names the source (a name, a pronoun, or a description such as "a spokesman for Disney").
 */
import { CUE_MODIFIERS, isNounLikeLemma, QUOTING_FORMS, SOURCE_HEADS, SPEECH_FORMS, SUBJECT_PRONOUNS } from './lexicon';
import { isComma, type Token } from './tokens';

/** A run of tokens [from, to) (token indices). */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/** Words that end a noun phrase when reading away from the cue. */
const PHRASE_STOPS = new Set(
  (
    'and but or nor while because as when after before that which whom whose if since although though where ' +
    'than so yet is was are were has have had will would can could should may might must do does did to in ' +
    'on with by about into over under against during through without this these those there here not also ' +
    'then now even just only both either neither'
  ).split(' '),
);

const NUMBER_WORDS = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|out)$/;

// Regex literals are hoisted to module constants throughout: V8 allocates a new RegExp object each time
// a literal is evaluated, which in per-token code is a large share of the stage's garbage.
const POSSESSIVE = /'s$|s'$/;
const FINAL_S = /s$/;
const LEADING_DIGIT = /^\d/;

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'another', 'most', 'few', 'both', 'all']);

const TIME_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday week weekend month year night morning afternoon ' +
    'evening day today yesterday tonight earlier later recently time past moment point january february ' +
    'march april june july august september october november december spring summer fall autumn winter'
  ).split(' '),
);

/** Occasions of speaking, skipped before a cue only with their preposition ("in a statement said"). */
const EVENT_WORDS = new Set('statement interview release email tweet post appearance speech conference call briefing rally'.split(' '));

const PREPOSITION_LEADS = new Set(['in', 'at', 'during', 'on']);

const TIME_LEADS = new Set(['on', 'last', 'this', 'late', 'early', 'in', 'at', 'a', 'an', 'during', 'that', 'the']);

export function isCapitalised(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const c = token.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) || (c >= 0x391 && c <= 0x42f);
}

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

/** Skips cue modifiers and short time phrases ("on Tuesday", "in a statement") reading left from `i`. */
export function skipModifiersLeft(tokens: readonly Token[], i: number, floor: number): number {
  let j = i;
  for (let guard = 0; guard < 8 && j >= floor; guard++) {
    const t = tokens[j];
    // A parenthesis before the cue ("Kasich (R-OH) said") is skipped whole.
    if (t && t.kind === 'punct' && t.text === ')') {
      let k = j - 1;
      while (k >= floor && k > j - 24 && tokens[k]!.text !== '(') k--;
      if (k >= floor && tokens[k]!.text === '(') {
        j = k - 1;
        continue;
      }
    }
    // A dash-delimited aside before the cue ("The justice — who has … — said") is skipped whole.
    if (t && t.kind === 'punct' && (t.text === '—' || t.text === '–' || t.text === '-')) {
      let k = j - 1;
      while (k >= floor && k > j - 40 && !(tokens[k]!.kind === 'punct' && tokens[k]!.text === t.text)) k--;
      if (k >= floor && tokens[k]!.text === t.text && k < j - 1) {
        j = k - 1;
        while (j >= floor && tokens[j]!.text === t.text) j--; // "--" is two tokens
        continue;
      }
    }
    if (!isWord(t)) break;
    if (CUE_MODIFIERS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4 && t.text === t.lower && !SOURCE_HEADS.has(t.lower))) {
      j--;
      continue;
    }
    if (TIME_WORDS.has(t.lower) || EVENT_WORDS.has(t.lower)) {
      let k = j - 1;
      let preposition = false;
      while (k >= floor && k >= j - 3 && isWord(tokens[k]) && TIME_LEADS.has(tokens[k]!.lower)) {
        if (PREPOSITION_LEADS.has(tokens[k]!.lower)) preposition = true;
        k--;
      }
      // "on Tuesday", "last week"; but "in a statement" only with its preposition ("the Post" is a source).
      if (k < j - 1 && (TIME_WORDS.has(t.lower) || preposition)) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

/** The noun phrase ending at token `end` (inclusive), read leftwards; null when there is none. */
function phraseEndingAt(tokens: readonly Token[], end: number, floor: number): TokenRange | null {
  let j = end;
  let count = 0;
  while (j >= floor && count < 8) {
    const t = tokens[j];
    if (!isWord(t)) break;
    // "Democrats and Republicans have argued": "and" joins two capitalised sources; "nine in 10" is a number.
    const joins =
      (t.lower === 'and' && count > 0 && isCapitalised(tokens[j + 1]) && isCapitalised(tokens[j - 1])) ||
      ((t.lower === 'in' || t.lower === 'of') && count > 0 && NUMBER_WORDS.test(tokens[j + 1]!.lower) && NUMBER_WORDS.test(tokens[j - 1]?.lower ?? ''));
    if (PHRASE_STOPS.has(t.lower) && !joins && !(count > 0 && (t.lower === 'of' || t.lower === 'for' || t.lower === 'to'))) break;
    // Another cue ends the phrase: "he said he asked" reads back only to "he".
    if (count > 0 && (SPEECH_FORMS.has(t.lower) || QUOTING_FORMS.has(t.lower)) && !isCapitalised(t) && !isNounLikeLemma(t.lower)) break;
    if (count > 0 && SUBJECT_PRONOUNS.has(tokens[j + 1]!.lower)) break;
    if (t.lower === 'who' && count === 0) {
      j--;
      count++;
      break;
    }
    if (DETERMINERS.has(t.lower)) {
      j--;
      count++;
      // "the two voters", "all the delegates"
      const before = tokens[j];
      if (j >= floor && before && before.kind === 'word' && ['the', 'all', 'a'].includes(before.lower)) j--;
      break;
    }
    j--;
    count++;
  }
  if (count === 0) return null;
  let from = j + 1;
  // "… mention of Jeb Bush": a connector left at the front is not part of the phrase.
  while (from <= end && ['of', 'for', 'to'].includes(tokens[from]!.lower)) from++;
  if (from > end) return null;
  // "a spokesman for the port authority": the phrase continues back through for/of to a source noun.
  const connector = tokens[from - 1];
  const head = tokens[from - 2];
  if (connector && head && from - 2 >= floor && ['for', 'of', 'at'].includes(connector.lower) && SOURCE_HEADS.has(head.lower)) {
    const outer = phraseEndingAt(tokens, from - 2, floor);
    if (outer) return { from: outer.from, to: end + 1 };
  }
  return { from, to: end + 1 };
}

function skipParenthesisLeft(tokens: readonly Token[], i: number, floor: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'punct' || t.text !== ')') return i;
  let k = i - 1;
  while (k >= floor && k > i - 8 && tokens[k]!.text !== '(') k--;
  return k >= floor && tokens[k]!.text === '(' ? k - 1 : i;
}

/** Index of the previous comma at or after `floor`, within a short window; -1 if none. */
function previousComma(tokens: readonly Token[], i: number, floor: number): number {
  for (let k = i; k >= floor && k >= i - 40; k--) {
    const t = tokens[k]!;
    if (isComma(t)) return k;
    if (t.kind === 'punct' && !['(', ')', '-'].includes(t.text)) return -1;
  }
  return -1;
}

function isAppositiveOrRelative(tokens: readonly Token[], range: TokenRange): boolean {
  const first = tokens[range.from];
  if (!first) return false;
  if (first.lower === 'who' || first.lower === 'which' || first.lower === 'whose') return true;
  if (first.lower === 'in' || first.lower === 'on' || first.lower === 'at' || first.lower === 'speaking') return true;
  return DETERMINERS.has(first.lower) || !isCapitalised(first);
}

/** Auxiliaries that make a stretch a clause of its own rather than an appositive. */
const FINITE_AUXILIARIES = new Set('is was are were has have had will would could can should must may might did does'.split(' '));
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);

/**
 * "…, some of its functions would be performed by other agencies, said X": a finite auxiliary after a subject
 * and before any relative word makes the stretch between the commas a clause of the report, not an appositive of a source.
 */
function hasFiniteVerb(tokens: readonly Token[], range: TokenRange): boolean {
  for (let k = range.from; k < range.to; k++) {
    const w = tokens[k]!.lower;
    if (RELATIVE_WORDS.has(w)) return false;
    // A leading auxiliary continues a relative clause cut by commas ("whose hometown, Miami, is projected …").
    if (FINITE_AUXILIARIES.has(w) && k > range.from) return true;
  }
  return false;
}

/**
 * The source phrase of a cue at token `cue`, read leftwards, or null. Handles
 * "X said", "X has also said", "X on Tuesday said", "X, the secretary of state, said",
 * "X, who …, told", and "a spokeswoman, Anna White, said" (the name wins).
 */
export function subjectBefore(tokens: readonly Token[], cue: number, floor: number): TokenRange | null {
  const end = skipModifiersLeft(tokens, cue - 1, floor);
  if (end < floor) return null;
  const last = tokens[end]!;
  if (isComma(last)) {
    // "X, APPOSITIVE, said": read the segment between the commas.
    const segStart = previousComma(tokens, end - 1, floor);
    if (segStart < 0) return null;
    const segment = { from: segStart + 1, to: end };
    if (segment.to <= segment.from || hasFiniteVerb(tokens, segment)) return null;
    if (!isAppositiveOrRelative(tokens, segment)) return nameRun(tokens, segment) ? segment : null;
    // Step back over up to two appositives/relatives: "Zaheed, acting director of X, which …, said".
    let before = segStart - 1;
    for (let depth = 0; depth < 2; depth++) {
      const phrase = phraseEndingAt(tokens, skipParenthesisLeft(tokens, before, floor), floor);
      if (!phrase) return null;
      const comma = tokens[phrase.from - 1];
      if (!(isComma(comma) && isAppositiveOrRelative(tokens, phrase))) return phrase;
      const outer = previousComma(tokens, phrase.from - 2, floor);
      const earlier = phraseEndingAt(tokens, phrase.from - 2, floor);
      if (!earlier || (outer >= 0 && earlier.from <= outer)) return phrase;
      if (!isAppositiveOrRelative(tokens, earlier)) return earlier;
      before = phrase.from - 2;
    }
    return null;
  }
  const phrase = phraseEndingAt(tokens, end, floor);
  if (!phrase) return null;
  const head = tokens[phrase.to - 1]!;
  // "…, who said" points back to the phrase before the comma.
  if (head.lower === 'who' && phrase.to - phrase.from === 1) {
    const comma = tokens[phrase.from - 1];
    if (isComma(comma)) return phraseEndingAt(tokens, phrase.from - 2, floor);
  }
  return phrase;
}

/** The source phrase after an inverted cue ("said Mr. Abboud", "according to officials"). */
export function subjectAfter(tokens: readonly Token[], start: number, ceiling: number): TokenRange | null {
  let j = start;
  let count = 0;
  while (j < ceiling && count < 8) {
    const t = tokens[j];
    if (!isWord(t)) break;
    // "Sen. X of Texas", "a spokesman for the port authority": of/for/at continue a name or a source noun.
    const connector =
      (t.lower === 'of' || t.lower === 'for' || t.lower === 'at') &&
      count > 0 &&
      (isCapitalised(tokens[j + 1]) || SOURCE_HEADS.has(tokens[j - 1]!.lower));
    if ((PHRASE_STOPS.has(t.lower) || t.lower === 'who') && !connector && !(count === 0 && DETERMINERS.has(t.lower))) break;
    if ((t.lower === 'for' || t.lower === 'of') && !connector) break;
    j++;
    count++;
  }
  return count > 0 ? { from: start, to: j } : null;
}

const NAME_CONNECTORS = new Set(['bin', 'al', 'el', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'la', 'le', 'ibn', 'abu', 'del', 'dos', 'of']);

/** The last run of capitalised words in a range (the name in "Kremlin spokesman Dmitry Peskov"). */
export function nameRun(tokens: readonly Token[], range: TokenRange): TokenRange | null {
  let to = range.to;
  while (to > range.from && !isCapitalised(tokens[to - 1])) to--;
  if (to <= range.from) return null;
  let from = to - 1;
  while (from > range.from) {
    const t = tokens[from - 1]!;
    if (isCapitalised(t)) from--;
    else if (NAME_CONNECTORS.has(t.lower) && isCapitalised(tokens[from - 2]) && from - 2 >= range.from) from--;
    else break;
  }
  return { from, to };
}

export type MentionKind = 'name' | 'pronoun' | 'description';

/** How a source phrase names its source. */
export function mentionKind(tokens: readonly Token[], range: TokenRange): MentionKind {
  const head = tokens[range.to - 1]!;
  if (range.to - range.from === 1 && SUBJECT_PRONOUNS.has(head.lower)) return 'pronoun';
  // "a spokesman for Disney": the head is the lower-case noun before for/of/at, not the name after it.
  for (let i = range.from + 1; i < range.to - 1; i++) {
    const t = tokens[i]!;
    if ((t.lower === 'for' || t.lower === 'of' || t.lower === 'at') && !isCapitalised(tokens[i - 1])) return 'description';
  }
  if (isCapitalised(head) && !(range.to - range.from === 1 && DETERMINERS.has(head.lower))) return 'name';
  return 'description';
}

/** True when a phrase could be someone who speaks (a name, a pronoun, or a person/body noun as head). */
export function isPlausibleSource(tokens: readonly Token[], range: TokenRange): boolean {
  const kind = mentionKind(tokens, range);
  if (kind === 'pronoun') return true;
  if (kind === 'name') return true;
  // The head of "a spokesman for Disney" is the noun before for/of/at.
  let headIndex = range.to - 1;
  for (let i = range.from + 1; i < range.to - 1; i++) {
    const t = tokens[i]!;
    if (t.lower === 'for' || t.lower === 'of' || t.lower === 'at') {
      headIndex = i - 1;
      break;
    }
  }
  const head = tokens[headIndex]!.lower.replace(POSSESSIVE, '');
  if (SOURCE_HEADS.has(head) || SOURCE_HEADS.has(head.replace(FINAL_S, '')) || LEADING_DIGIT.test(head) || NUMBER_WORDS.test(head)) return true;
  // Otherwise a determined phrase ("the airline", "six Gannett newspapers") or a plural head.
  const first = tokens[range.from]!;
  return DETERMINERS.has(first.lower) || isCapitalised(first) || LEADING_DIGIT.test(first.lower) || (head.endsWith('s') && !head.endsWith('ss'));
}
