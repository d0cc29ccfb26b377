/**
 * Attribution of quotations within one sentence: the cue and source after the closing mark
 * (`“…,” he said`, `“…,” said X`, `“…” — Senator X`), else before the opening mark (`X said: “…”`,
 * `according to X, “…”`, `X said it was “unlikely”`, `Name: “…”`), else none.
 */
import { cueAt, learnedCueAfterQuote, learnedCueBefore, looksLikeVerb, type CueHit } from './cues';
import { isParticiple, SOURCE_HEADS, SUBJECT_PRONOUNS } from './lexicon';
import { isCapitalised, isPlausibleSource, nameRun, subjectAfter, subjectBefore, type TokenRange } from './phrases';
import { isComma, type Token } from './tokens';

export interface QuoteAttribution {
  readonly cue: CueHit;
  readonly source: TokenRange;
  /** Tokens covered by the attribution clause, for telling direct from mixed quotation. */
  readonly clause: TokenRange;
  readonly confidence: number;
  /** The attribution follows the quote (so a quote after it continues the same utterance). */
  readonly after: boolean;
}

// Regex literals are hoisted to module constants throughout: V8 allocates a new RegExp object each time
// a literal is evaluated, which in per-token code is a large share of the stage's garbage.
const POSSESSIVE = /'s$|s'$/;
const TITLE_WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

const DASHES = new Set(['—', '–', '-']);

/** Words that may stand between a cue and the quote it introduces without making the quote mixed. */
const INTRO_FILLERS = new Set(
  'that reporters journalists me us him her them a an the in on at to with statement interview this last week monday tuesday wednesday thursday friday saturday sunday morning night evening afternoon later earlier simply also then'.split(' '),
);

function clauseOf(tokens: readonly Token[], cue: CueHit, source: TokenRange, limit: number): TokenRange {
  const from = Math.min(cue.from, source.from);
  let to = Math.max(cue.to, source.to);
  while (to < limit && to - cue.to < 6) {
    const t = tokens[to]!;
    if (t.kind === 'punct' && t.text !== '(' && t.text !== ')') {
      to++;
      continue;
    }
    if (t.kind === 'word' && (INTRO_FILLERS.has(t.lower) || isCapitalised(t))) {
      to++;
      continue;
    }
    break;
  }
  return { from, to };
}

/** Capitalised words that open a sentence with an adverbial, not with its subject ("After the talks, …"). */
const ADVERBIAL_OPENERS = new Set(
  (
    'after before in on at during when while as since although though if speaking asked earlier later last ' +
    'this meanwhile however still for from with without despite under over following instead yet even once ' +
    'unlike like by amid outside inside back then now today yesterday tonight separately whether because'
  ).split(' '),
);

/** The first sentence subject: a pronoun, a capitalised run, or a short determiner phrase ("The email"). */
export function sentenceSubject(tokens: readonly Token[], from: number, limit: number): TokenRange | null {
  let start = from;
  const opener = tokens[from];
  if (opener && opener.kind === 'word' && ADVERBIAL_OPENERS.has(opener.lower)) {
    // Skip the opening adverbial up to its comma ("On Monday, …"); without one there is no subject.
    start = -1;
    for (let k = from; k < limit && k < from + 12; k++) {
      const t = tokens[k]!;
      if (isComma(t)) {
        start = k + 1;
        break;
      }
      if (t.kind === 'quote') break;
    }
    if (start < 0) return null;
  }
  const first = tokens[start];
  if (!first || first.kind !== 'word') return null;
  if (SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'who' && first.lower !== 'it') return { from: start, to: start + 1 };
  if (['but', 'and', 'so', 'still', 'yet', 'meanwhile'].includes(first.lower)) return sentenceSubject(tokens, start + 1, limit);
  let end = start;
  if (['the', 'a', 'an', 'his', 'her', 'their'].includes(first.lower)) {
    end = start + 1;
    // Up to the verb: a past form or a cue ("The email goes" stops at "goes" as a cue-like -s word only
    // when it is not a plural source noun).
    // The word right after the determiner is its noun, not the verb ("The departments declined").
    while (end < limit && end < start + 5 && tokens[end]!.kind === 'word' && (end === start + 1 || !isVerbAt(tokens, end))) end++;
    return end > start + 1 ? { from: start, to: end } : null;
  }
  while (end < limit && end < start + 6 && isCapitalised(tokens[end])) end++;
  // "White House officials": a source noun after the name is the head.
  while (end > start && end < limit && SOURCE_HEADS.has(tokens[end]!.lower) && tokens[end]!.text === tokens[end]!.lower) end++;
  return end > start ? { from: start, to: end } : null;
}

/** A cue, or a verb-like word that is not a plural source noun: where a determiner phrase subject ends. */
function isVerbAt(tokens: readonly Token[], k: number): boolean {
  return cueAt(tokens, k) !== null || (looksLikeVerb(tokens[k]) && !SOURCE_HEADS.has(tokens[k]!.lower));
}

/** Attribution in the tokens after a quotation, [from, to) ending at the next quote or sentence end. */
export function attributionAfter(tokens: readonly Token[], from: number, to: number, closedOnPunct: boolean): QuoteAttribution | null {
  let i = from;
  while (i < to && isComma(tokens[i])) i++;
  if (i >= to) return null;
  const first = tokens[i]!;
  if (first.kind === 'punct' && DASHES.has(first.text)) {
    const source = subjectAfter(tokens, i + 1, to);
    if (source && nameRun(tokens, source)) {
      const cue = { from: i, to: i + 1, speech: true, according: false, learned: false };
      return { cue, source, clause: { from: i, to: source.to }, confidence: 0.8, after: true };
    }
    return null;
  }
  for (let k = i; k < to && k < i + 16; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote') break;
    const hit = cueAt(tokens, k);
    if (!hit) continue;
    if (k === i) {
      const source = hit.according ? subjectAfter(tokens, hit.to, to) : subjectAfter(tokens, hit.to, to);
      if (source && isPlausibleSource(tokens, source)) {
        return { cue: hit, source, clause: { from: i, to }, confidence: 0.93, after: true };
      }
      return null;
    }
    const source = subjectBefore(tokens, k, i);
    const adjacent = source !== null && tokens.slice(i, source.from).every((t) => t.kind === 'punct');
    if (source && adjacent && (hit.speech || isPlausibleSource(tokens, source))) {
      return { cue: hit, source, clause: { from: i, to }, confidence: 0.95, after: true };
    }
    break;
  }
  if (!closedOnPunct) return null;
  const learned = learnedCueAfterQuote(tokens, i, to);
  if (!learned) return null;
  return { ...learned, clause: { from: i, to }, confidence: 0.7, after: true };
}

const CIRCUMSTANCE_PREPOSITIONS = new Set(['on', 'in', 'to', 'for', 'during', 'at', 'of', 'with', 'from', 'about']);

/** The quotation after cue `hit` (at token `quote`) names a programme, book or outlet. */
function namesTitle(tokens: readonly Token[], hit: CueHit, quote: number): boolean {
  const gap = tokens.slice(hit.to, quote);
  const last = gap[gap.length - 1];
  if (gap.length === 0) return ['told', 'tells', 'telling', 'tell'].includes(tokens[hit.from]!.lower);
  if (last!.text === ':' || last!.lower === 'that') return false;
  const words = gap.filter((t) => t.kind === 'word');
  if (last!.text === ',' && words.length <= 2) return false;
  const possessive = last!.kind === 'word' && POSSESSIVE.test(last!.lower);
  return CIRCUMSTANCE_PREPOSITIONS.has(words[0]?.lower ?? '') || possessive;
}

/** Title case, short: "Face the Nation", "An American Son" (not "we will win"). */
export function looksLikeTitle(text: string): boolean {
  const words = text.match(TITLE_WORDS) ?? [];
  if (words.length === 0 || words.length > 8 || !STARTS_UPPER.test(words[0]!)) return false;
  return words.every((w) => w.length < 4 || STARTS_UPPER_OR_DIGIT.test(w));
}

/** Attribution in the tokens before a quotation, [from, to), reading leftwards from the quote. */
export function attributionBefore(
  tokens: readonly Token[],
  from: number,
  to: number,
  sentenceStart: number,
  title: (quoteToken: number) => string = () => '',
): QuoteAttribution | null {
  for (let k = to - 1; k >= from; k--) {
    const hit = cueAt(tokens, k);
    if (!hit) continue;
    if (hit.according) {
      const source = subjectAfter(tokens, hit.to, to);
      if (source) return { cue: hit, source, clause: clauseOf(tokens, hit, source, to), confidence: 0.9, after: false };
      continue;
    }
    // A verb that only credits quoted words must stand close to the quote ("called it “…”").
    if (!hit.speech && to - hit.to > 4) continue;
    // "said on CBS’s “Face the Nation”", "told “Fox and Friends”": a title in the circumstances of the
    // speaking, not the words spoken.
    if (namesTitle(tokens, hit, to) && looksLikeTitle(title(to))) return null;
    const afterComma = isComma(tokens[k - 1]);
    let source = isParticiple(tokens[k]!.lower) && afterComma ? null : subjectBefore(tokens, k, from);
    let confidence = 0.9;
    // "…, saying “…”" and "went on to say “…”" take the sentence's subject.
    if (!source && (isParticiple(tokens[k]!.lower) || tokens[k - 1]?.lower === 'to')) {
      source = sentenceSubject(tokens, sentenceStart, k);
      confidence = 0.75;
    }
    if (source && (hit.speech || isPlausibleSource(tokens, source))) {
      return { cue: hit, source, clause: clauseOf(tokens, hit, source, to), confidence, after: false };
    }
  }
  // "Name: “…”" — a colon introduction without a verb.
  const colon = tokens[to - 1];
  if (colon && colon.kind === 'punct' && colon.text === ':' && to - 1 > from) {
    const source = subjectBefore(tokens, to - 1, from);
    if (source && source.from === from && nameRun(tokens, source)) {
      const cue = { from: to - 1, to, speech: true, according: false, learned: false };
      return { cue, source, clause: { from: source.from, to }, confidence: 0.7, after: false };
    }
  }
  for (let k = from; k < to; k++) {
    const hit = learnedCueBefore(tokens, k);
    if (!hit) continue;
    const source = subjectBefore(tokens, k, from);
    if (source && nameRun(tokens, source)) {
      return { cue: hit, source, clause: clauseOf(tokens, hit, source, to), confidence: 0.65, after: false };
    }
  }
  return null;
}

const EMBEDDING_FILLERS = new Set(['and', 'but', 'that', 'or', 'then', 'so']);

/** A word in [range) outside the clause, other than a filler. */
function hasWordOutside(tokens: readonly Token[], range: TokenRange, clause: TokenRange | null): boolean {
  for (let k = range.from; k < range.to; k++) {
    const t = tokens[k]!;
    const outside = !clause || k < clause.from || k >= clause.to;
    if (t.kind === 'word' && outside && !EMBEDDING_FILLERS.has(t.lower)) return true;
  }
  return false;
}

/** True when the words around the quote, outside its attribution clause, make it part of a larger sentence. */
export function isEmbedded(tokens: readonly Token[], before: TokenRange, after: TokenRange, clause: TokenRange | null): boolean {
  return hasWordOutside(tokens, before, clause) || hasWordOutside(tokens, after, clause);
}
