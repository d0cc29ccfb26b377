/**
 * Cue recognition: a token that introduces or credits speech. Known verbs come from the lexicon; a verb the
 * lexicon lacks is still recognised by where it stands (see `learnedCueAfterQuote`), which is how a spun
 * text's "he mentioned" or "he famous" after a closing quote is still read as an attribution.
 */
import { isNounLikeLemma, isNounLikeThirdPerson, QUOTING_FORMS, SOURCE_HEADS, SPEECH_FORMS } from './lexicon';
import { isCapitalised, type TokenRange } from './phrases';
import type { Token } from './tokens';

export interface CueHit extends TokenRange {
  /** A verb of saying (can introduce paraphrase), as opposed to a verb that only credits quoted words. */
  readonly speech: boolean;
  /** "according to X": the source follows the cue. */
  readonly according: boolean;
  /** Recognised by position, not by the lexicon. */
  readonly learned: boolean;
}

/** What can precede a bare-lemma verb: plural nouns, pronouns, auxiliaries and modals. */
const PLURAL_SUBJECT = /^(?:[a-z'-]*[^s']s|i|we|you|they|will|would|could|can|may|might|should|must|did|do|does|to|not|also|often|still|never|just|who)$/;

// Regex literals are hoisted to module constants throughout: V8 allocates a new RegExp object each time
// a literal is evaluated, which in per-token code is a large share of the stage's garbage.
const POSSESSIVE = /'s$|s'$/;
const VERB_ENDING = /(?:ed|[^s]s)$/;

const NOUN_MARKERS = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);

function isLowerWord(t: Token | undefined): t is Token {
  if (t === undefined || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c >= 97 && c <= 122 && (t.text === t.lower || t.text.toLowerCase() === t.text);
}

/** The lexicon cue starting at token `i`, or null. */
export function cueAt(tokens: readonly Token[], i: number): CueHit | null {
  const t = tokens[i];
  if (!t?.cueWord) return null;
  if (t.text === 'According' && tokens[i + 1]?.lower === 'to') {
    return { from: i, to: i + 2, speech: true, according: true, learned: false };
  }
  if (!isLowerWord(t)) return null;
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    return { from: i, to: i + 2, speech: true, according: true, learned: false };
  }
  const speech = SPEECH_FORMS.has(t.lower);
  if (!speech && !QUOTING_FORMS.has(t.lower)) return null;
  const prev = tokens[i - 1];
  // "a call", "the report", "to say": nouns and infinitives, not cues.
  if (prev && prev.kind === 'word' && NOUN_MARKERS.has(prev.lower)) return null;
  // "Ushakov’s remarks": a possessive makes the next word a noun.
  if (prev && prev.kind === 'word' && POSSESSIVE.test(prev.lower)) return null;
  // A bare lemma ("state", "call") is a verb only after a plural subject, a pronoun or an auxiliary.
  if (isNounLikeLemma(t.lower) && !(prev && prev.kind === 'word' && PLURAL_SUBJECT.test(prev.lower) && prev.text !== prev.text.toUpperCase())) return null;
  // Its -s form ("states", "emails", "reports") is a plural noun unless a singular subject precedes it
  // or "that", a colon or a comma follows it.
  if (isNounLikeThirdPerson(t.lower)) {
    const next = tokens[i + 1];
    // A pronoun, a name or a source noun before it ("he states", "Trump tweets", "mayor vows"); not
    // "30 states", "battleground states" or "United States".
    const singular =
      prev !== undefined &&
      prev.kind === 'word' &&
      (['he', 'she', 'it', 'who', 'which', 'that'].includes(prev.lower) ||
        (!prev.lower.endsWith('s') && prev.lower !== 'united' && (isCapitalised(prev) || SOURCE_HEADS.has(prev.lower))));
    const complement = next !== undefined && (next.lower === 'that' || next.text === ':' || next.text === ',');
    // "states" and "emails" are nouns far more often than verbs: only a complement makes them cues.
    const clausal = next !== undefined && (next.lower === 'that' || next.text === ':');
    if (!complement && !singular) return null;
    if ((t.lower === 'states' || t.lower === 'emails') && !clausal) return null;
  }
  return { from: i, to: i + 1, speech, according: false, learned: false };
}

/** Looks like a finite verb: a lower-case word in -ed or -s that is not a function word. */
export function looksLikeVerb(t: Token | undefined): t is Token {
  return isLowerWord(t) && t.lower.length >= 4 && VERB_ENDING.test(t.lower) && !NOT_VERBS.has(t.lower);
}

const NOT_VERBS = new Set(['this', 'thus', 'was', 'has', 'does', 'is', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'always', 'perhaps', 'towards', 'afterwards', 'sometimes', 'news', 'less', 'unless', 'across', 'indeed', 'needed', 'seemed', 'wanted', 'hoped', 'believed', 'tried', 'moved', 'used']);

/** What may follow a cue at the end of an attribution clause. */
function endsAttribution(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return true;
  return ['to', 'on', 'in', 'at', 'during', 'after', 'before', 'while', 'that', 'and', 'with', 'from', 'of', 'last', 'this', 'later', 'earlier', 'recently', 'when'].includes(t.lower) || isCapitalised(t);
}

/**
 * A cue the lexicon lacks, recognised by position right after a quotation that closed on a comma,
 * question or exclamation mark: `,” he VERBed.` / `,” VERBed Name.`, with a pronoun or a short name as source.
 * Returns the cue and the source phrase.
 */
export function learnedCueAfterQuote(tokens: readonly Token[], i: number, end: number): { cue: CueHit; source: TokenRange } | null {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return null;
  const pronoun = ['he', 'she', 'they', 'we', 'i'].includes(first.lower);
  let sourceEnd = i + (pronoun ? 1 : 0);
  if (!pronoun) while (sourceEnd < end && sourceEnd < i + 4 && isCapitalised(tokens[sourceEnd])) sourceEnd++;
  if (sourceEnd > i) {
    const verb = tokens[sourceEnd];
    if (sourceEnd < end && looksLikeVerb(verb) && (sourceEnd + 1 >= end || endsAttribution(tokens[sourceEnd + 1]))) {
      return { cue: { from: sourceEnd, to: sourceEnd + 1, speech: true, according: false, learned: true }, source: { from: i, to: sourceEnd } };
    }
    return null;
  }
  if (looksLikeVerb(first) && first.lower.endsWith('ed')) {
    let j = i + 1;
    while (j < end && j < i + 5 && isCapitalised(tokens[j])) j++;
    if (j > i + 1 && (j >= end || tokens[j]!.kind === 'punct')) {
      return { cue: { from: i, to: i + 1, speech: true, according: false, learned: true }, source: { from: i + 1, to: j } };
    }
  }
  return null;
}

/**
 * A cue the lexicon lacks before a quotation or paraphrase: a verb in -ed right after a named source and
 * followed by its audience or by "that" (`Peskov advised reporters that …`, `Ushakov, advised Channel One`).
 */
export function learnedCueBefore(tokens: readonly Token[], k: number): CueHit | null {
  const verb = tokens[k];
  if (!looksLikeVerb(verb) || !verb.lower.endsWith('ed')) return null;
  const next = tokens[k + 1];
  if (!next || next.kind !== 'word') return null;
  const audience = isCapitalised(next) || ['reporters', 'journalists', 'that', 'him', 'her', 'them', 'us', 'me', 'which'].includes(next.lower);
  return audience ? { from: k, to: k + 1, speech: true, according: false, learned: true } : null;
}
