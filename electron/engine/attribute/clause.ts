/**
 * A light clause reading for reported speech whose subject the phrase rules before the cue cannot take:
 * long subjects with appositives, relative clauses or post-modifiers ("Sen. Chuck Grassley, facing a
 * challenge in Iowa, said …", "Democrats in Iowa who watched the debate said …", "Thirty-one percent of
 * those surveyed say …"). The cue is read as the main verb of its sentence when everything before it,
 * past an opening adverbial, is one subject: no finite verb at the top level, no other cue, no clause
 * punctuation. The source is the subject's head noun phrase.
 */
import { cueAt } from './cues';
import { SUBJECT_PRONOUNS } from './lexicon';
import { isCapitalised, skipModifiersLeft, type TokenRange } from './phrases';
import { isComma, type Token } from './tokens';

/** Words that open a sentence-initial adverbial, closed by a comma ("By 58% to 33%, …", "On Monday, …"). */
const ADVERBIAL_OPENERS = new Set(
  'after before in on at during when while as since although though if by for from with without despite under over following amid like unlike earlier later last this meanwhile however still separately instead'.split(' '),
);

/** Finite auxiliaries and verbs that, at the top level before the cue, show the subject already has its verb. */
const FINITE = new Set(
  (
    "is was are were has have had will would could can should must may might did do does isn't wasn't aren't " +
    "weren't hasn't haven't won't wouldn't can't couldn't didn't doesn't don't made went came took gave got " +
    'saw knew thought found left felt kept held brought began ran won lost met paid sent spent built put ' +
    'became fell rose grew drew broke chose spoke wrote stood understood'
  ).split(' '),
);

/** Words that open a relative clause or a reduced post-modifier inside a subject. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Words that end the head noun phrase of a subject. */
const HEAD_ENDS = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'with', 'who', 'whom', 'whose', 'which', 'that', 'close', 'familiar', 'briefed', 'involved', '(']);

/** Words that a subject cannot start with. */
const NOT_SUBJECT_START = new Set(['and', 'but', 'or', 'so', 'because', 'if', 'when', 'while', 'although', 'though', 'as', 'since', 'than', 'whether', 'where', 'what', 'how', 'why', 'there', 'it', 'to', 'not', 'no']);

/**
 * The subject of the finite cue at `cue` when the whole stretch [from, cue) before it (past an opening
 * adverbial) is that subject; the returned range is its head noun phrase ("Sen. Chuck Grassley", "Democrats",
 * "Thirty-one percent"). Null when a finite verb, another cue or clause punctuation stands at the top level.
 */
export function mainClauseSubject(tokens: readonly Token[], from: number, cue: number): TokenRange | null {
  const t = tokens[cue];
  if (!t || t.text !== t.lower || t.lower.endsWith('ing')) return null;
  let start = from;
  const first = tokens[start];
  if (first && first.kind === 'word' && ADVERBIAL_OPENERS.has(first.lower)) {
    let k = start;
    while (k < cue && k < start + 14 && !isComma(tokens[k])) k++;
    if (k >= cue || !isComma(tokens[k])) return null;
    start = k + 1;
  }
  // Auxiliaries and adverbs before the cue ("has also said") and a comma closing an appositive.
  let end = skipModifiersLeft(tokens, cue - 1, start) + 1;
  while (end > start && isComma(tokens[end - 1])) end--;
  if (end - start < 2 || end - start > 28) return null;
  const lead = tokens[start]!;
  if (lead.kind !== 'word' || NOT_SUBJECT_START.has(lead.lower) || (SUBJECT_PRONOUNS.has(lead.lower) && lead.lower !== 'we')) return null;
  // Top level: outside commas (appositives, parentheticals) and after a relative word (its clause runs to the cue).
  let inCommas = false;
  let inParens = 0;
  for (let k = start; k < end; k++) {
    const w = tokens[k]!;
    if (w.kind === 'quote') return null;
    if (w.kind === 'punct') {
      if (w.text === '(') inParens++;
      else if (w.text === ')') inParens = Math.max(0, inParens - 1);
      else if (isComma(w)) inCommas = !inCommas;
      else if (w.text !== '-' && w.text !== '.' && w.text !== '’') return null;
      continue;
    }
    if (k > start && w.cueWord && cueAt(tokens, k)) return null;
    if (RELATIVES.has(w.lower) && k > start) break;
    if (inCommas || inParens > 0) continue;
    if (FINITE.has(w.lower) || (k > start && SUBJECT_PRONOUNS.has(w.lower) && w.lower !== 'who') || w.lower === 'and' || w.lower === 'but') return null;
  }
  // The head: from the start up to a preposition, relative word, comma or parenthesis.
  let head = start;
  while (head < end && !isComma(tokens[head]) && !HEAD_ENDS.has(tokens[head]!.lower)) head++;
  if (head === start) return null;
  // "Thirty-one percent of those surveyed": a quantity's "of" phrase is part of the source.
  const h = tokens[head - 1]!;
  if (tokens[head]?.lower === 'of' && (/^\d/.test(h.text) || ['percent', 'majority', 'half', 'third', 'most', 'many', 'some', 'none', 'all', 'few', 'several', 'one', 'two', 'three', 'each', 'both'].includes(h.lower))) {
    let k = head + 1;
    while (k < end && tokens[k]!.kind === 'word' && !HEAD_ENDS.has(tokens[k]!.lower)) k++;
    head = k;
  }
  const range = { from: start, to: head };
  return isCapitalised(tokens[start]) || tokens[start]!.kind === 'word' ? range : null;
}
