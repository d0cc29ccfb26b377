/**
 * Reported speech without quotation marks, one sentence at a time:
 * `X said (that) …`, `…, X said.`, `…, said X.`, `…, X said, …` (split), `According to X, …` and `…, according to X.`
 */
import { verbGroupStart } from './chain';
import { mainClauseSubject } from './clause';
import { cueAt, looksLikeVerb, type CueHit } from './cues';
import { ACT_FORMS, inflect, isNounLikeLemma, isParticiple, SPEECH_FORMS } from './lexicon';
import { sentenceSubject } from './quoted';
import { isCapitalised, isPlausibleSource, skipModifiersLeft, subjectAfter, subjectBefore, type TokenRange } from './phrases';
import { isComma, isSpeechForm, type Token } from './tokens';

export interface Paraphrase {
  readonly cue: CueHit;
  readonly source: TokenRange;
  /** One or two content parts (two when the attribution splits the sentence). */
  readonly parts: readonly TokenRange[];
  readonly confidence: number;
  /** The content comes before the attribution ("…, X said"). */
  readonly contentFirst: boolean;
}

// Module constants: a regex literal allocates a new RegExp each time it is evaluated, and these are
// evaluated per token.
const AUXILIARY = /^(?:has|have|had|was|were|is|are|will|would)$/;
const AUXILIARY_OR_ALSO = /^(?:has|have|had|was|were|is|are|will|would|also)$/;
const HAVE_FORM = /^(?:has|have|had)$/;
const CONTRACTION_ENDING = /'(?:s|re|ll|d|ve|t)$/;
const DASHES: ReadonlySet<string> = new Set(['–', '—', '-']);
const APPROXIMATE_NUMBER = /^(?:\d|half|a$|an$|one$|two$|three$)/;
/** Verbs in -s that are also plural nouns: a headline's "Clinton Reports" is not a cue. */
const PLURAL_NOUN_CUE = /^(?:states|reports|calls|posts|emails|tweets|claims|charges|questions|attacks|notes|remarks|comments|messages|texts)$/;

/** Words that may follow a cue before the reported content starts ("told reporters on Monday that"). */
const AFTER_CUE = new Set(
  'that reporters journalists me us him her them in on at to a an the statement interview this last week monday tuesday wednesday thursday friday saturday sunday morning night evening afternoon later earlier also'.split(' '),
);

/** Words that start a prepositional phrase: what follows "spoke to" or "reported from" is not a report. */
const PREPOSITIONS = new Set(['to', 'from', 'about', 'by', 'with', 'for', 'on', 'at', 'in', 'into', 'of', 'over', 'during', 'after', 'before', 'up', 'out', 'off', 'back']);

/** Words that may trail a sentence-final attribution ("…, he said on Tuesday in a statement."). */
const TRAILERS = new Set([
  ...PREPOSITIONS,
  'last', 'this', 'earlier', 'later', 'recently', 'today', 'yesterday', 'tonight', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'again', 'then', 'too', 'also', 'week', 'night',
  'morning', 'afternoon', 'evening', 'reporters', 'journalists',
]);

const PLURAL_AND_THIRD_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we']);
const DASH_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['the', 'he', 'she', 'they', 'it', 'but', 'and', 'a', 'an']);
const CLAUSE_PUNCT: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '-', '(', ')']);

/**
 * After a comma, the words at `k` start a new clause of the narrative rather than more of the report:
 * "…, he appears uneasy", "…, and reminded the audience", "…, and he railed".
 */
function startsNewClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next || next.kind !== 'word') return false;
  if (PLURAL_AND_THIRD_PRONOUNS.has(t.lower)) return next.lower !== 'said' && next.lower !== 'says';
  // ", Obama won his party's nomination", ", U.S. forces bombed …": a named subject and its verb.
  if (isCapitalised(t)) {
    let j = k + 1;
    while (j < k + 4 && isCapitalised(tokens[j])) j++;
    const verb = tokens[j];
    return verb !== undefined && verb.kind === 'word' && verb.text === verb.lower && !isSpeechForm(verb) && (AUXILIARY.test(verb.lower) || (verb.lower.length > 4 && verb.lower.endsWith('ed')));
  }
  if (t.lower !== 'and' && t.lower !== 'but') return false;
  if (PLURAL_AND_THIRD_PRONOUNS.has(next.lower)) return true;
  // ", and Brian Deese, the adviser, said …", ", but Democrats have …": a named subject's clause.
  if (isCapitalised(next)) return true;
  return next.text === next.lower && (AUXILIARY_OR_ALSO.test(next.lower) || (next.lower.length > 4 && next.lower.endsWith('ed')));
}

const SUBORDINATORS = new Set(['if', 'when', 'because', 'although', 'though', 'while', 'once', 'unless', 'as', 'since', 'after', 'before', 'whether']);

/** Words that open an adverbial before the clause of a report ("during …", "despite …", "given …", "by …"). */
const ADVERBIAL_LEADS: ReadonlySet<string> = new Set(['during', 'despite', 'given', 'in', 'on', 'at', 'by', 'for', 'with', 'without', 'under', 'even', 'according', 'sometime', 'amid', 'following', 'like', 'unlike', 'instead', 'meanwhile', 'contrary', 'regardless', 'beyond', 'besides', 'throughout']);

/** A short source phrase then a finite cue start at `k` ("and more than 4 in 10 said", "one of them said"). */
function startsAnotherReport(tokens: readonly Token[], k: number, to: number): boolean {
  let j = tokens[k]?.lower === 'and' || tokens[k]?.lower === 'but' ? k + 1 : k;
  const subjectStart = j;
  for (; j < to && j < subjectStart + 10; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (j > subjectStart && isSpeechForm(t) && t.text === t.lower && !isParticiple(t.lower) && !isNounLikeLemma(t.lower)) return true;
    if (CLAUSE_MARKERS.has(t.lower) && !['he', 'she', 'they', 'we', 'i', 'it'].includes(t.lower)) return false;
  }
  return false;
}

/** Words that, after a comma, start a comment on the report rather than more of it (", which …"). */
const CLAUSE_TAILS = new Set(['which', 'while', 'whereas', 'however', 'although', 'according', 'compared']);

/**
 * Trims a content range: leading punctuation and "that", trailing punctuation, and a trailing participial
 * phrase (", conceding the race"), which describes the speaker, not what was said. Null if too short.
 */
function content(tokens: readonly Token[], from: number, to: number, minWords = 3, cut = true): TokenRange | null {
  let a = from;
  let b = to;
  while (a < b && (tokens[a]!.kind === 'punct' || tokens[a]!.lower === 'that')) a++;
  // "if Rubio ran and lost, he would …": after an opening subordinate clause the comma leads to its main clause.
  const subordinate = SUBORDINATORS.has(tokens[a]?.lower ?? '');
  // "that, during the period when …, Gates was …", "that by month's end, Clinton will …": the comma closing
  // an opening adverbial leads to the report's own clause.
  let adverbialComma = -1;
  if (!subordinate && ADVERBIAL_LEADS.has(tokens[a]?.lower ?? '')) {
    for (let k = a + 1; k < b && k < a + 25; k++) {
      if (isComma(tokens[k])) {
        adverbialComma = k;
        break;
      }
    }
  }
  for (let k = a + 3; cut && k < b - 1; k++) {
    const next = tokens[k + 1]!;
    // "… and said …", "… but has withheld …": the subject's next action, not more of the report.
    if ((tokens[k]!.lower === 'and' || tokens[k]!.lower === 'but') && next.text === next.lower && ((isSpeechForm(next) && !isParticiple(next.lower) && !isNounLikeLemma(next.lower)) || HAVE_FORM.test(next.lower))) {
      b = k;
      break;
    }
    if (isComma(tokens[k]) && next.kind === 'word') {
      const participle = isParticiple(next.lower) && next.lower !== 'including' && next.lower !== 'according';
      // ", advised The Associated Press": the main clause's cue closes a report made in a relative clause.
      const mainCue = isSpeechForm(next) && !participle && next.text === next.lower;
      if (participle || mainCue || CLAUSE_TAILS.has(next.lower) || (!subordinate && k !== adverbialComma && startsNewClause(tokens, k + 1))) {
        b = k;
        break;
      }
    }
    // "…; 46 percent said …": a semicolon ends the report, unless a colon introduced a list of them.
    if (tokens[k]!.text === ';' && k - a >= 3 && tokens[from - 1]?.text !== ':') {
      b = k;
      break;
    }
    // "… — the actress also pointed …", "… — a proposal he has raised": a dash opening a new clause or a
    // comment on the report ends it.
    if (tokens[k]!.text === '—' && next.kind === 'word' && DASH_CLAUSE_OPENERS.has(next.lower) && k - a >= 3) {
      b = k;
      break;
    }
    // "…, and more than 4 in 10 said …", "…, one of the prosecutors said …": another source's report.
    if ((isComma(tokens[k]) || tokens[k]!.lower === 'and') && k - a >= 3 && startsAnotherReport(tokens, k + 1, b)) {
      b = k;
      break;
    }
  }
  while (b > a && tokens[b - 1]!.kind === 'punct') b--;
  let words = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.kind === 'word') words++;
  return words >= minWords ? { from: a, to: b } : null;
}

/** Prepositions in -ing: "said during the debate that …" is no gerund. */
const ING_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'following', 'including', 'regarding', 'concerning', 'considering', 'excluding', 'pending', 'according']);

/** Where the reported content starts after a cue: past its audience, time phrase and "that". */
function contentStart(tokens: readonly Token[], cueEnd: number, to: number): number {
  // "declared on national television that …": a "that" within a few words opens the content, unless
  // a verb came first (then "that" is inside the content: "said the plan would resemble that of …").
  for (let k = cueEnd; k < to && k < cueEnd + 14; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote') continue; // "said on ABC’s “This Week” that …"
    if (t.kind !== 'word') break;
    if (t.lower === 'that') return k + 1;
    if (isSpeechForm(t) || t.lower === 'and' || t.lower === 'but' || CLAUSE_MARKERS.has(t.lower)) break;
    // "called for contestants to wear dresses that …", "urged Korea to refrain from actions that …",
    // "called for changing the provisions that …": an infinitive or a gerund opened the content.
    if ((t.lower === 'to' && isInfinitiveVerb(tokens[k + 1])) || (k === cueEnd && t.text === t.lower && t.lower.length > 5 && t.lower.endsWith('ing') && !ING_PREPOSITIONS.has(t.lower))) break;
  }
  let k = cueEnd;
  while (k < to && k < cueEnd + 6) {
    const t = tokens[k]!;
    if (t.kind === 'word' && AFTER_CUE.has(t.lower)) {
      k++;
      if (t.lower === 'that') break;
      continue;
    }
    if (t.kind === 'punct' && (t.text === ',' || t.text === ':')) {
      k++;
      continue;
    }
    break;
  }
  // Only skip the audience when a "that" or a comma closed it; otherwise the words were content.
  for (let j = cueEnd; j < k; j++) {
    const t = tokens[j]!;
    if (t.lower === 'that' || t.text === ',' || t.text === ':') return k;
  }
  return cueEnd;
}

const TELL_FORMS = new Set(['told', 'tells', 'tell', 'telling']);
const AUDIENCE_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/**
 * The tail after a cue is only a time or place phrase ("…, he said in his 2012 book, “Title.”"): the
 * attribution ends the sentence.
 */
function tailIsShort(tokens: readonly Token[], cueEnd: number, to: number): boolean {
  let words = 0;
  let start = cueEnd;
  // The audience ("…, officials told POLITICO on Monday.") may come first.
  while (start < to && isCapitalised(tokens[start])) start++;
  // "…, he told the court in his filing.", "…, she told reporters": a telling verb's plain audience.
  if (start === cueEnd && TELL_FORMS.has(tokens[cueEnd - 1]?.lower ?? '')) {
    if (AUDIENCE_PRONOUNS.has(tokens[start]?.lower ?? '')) start++;
    else if (['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(tokens[start]?.lower ?? '')) {
      start++;
      while (start < to && start < cueEnd + 4 && tokens[start]!.kind === 'word' && !TRAILERS.has(tokens[start]!.lower)) start++;
    }
  }
  for (let k = start; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      // Then only a trailing time or place phrase; "to" before a verb is an infinitive ("urged X to find …").
      if (words === 0 && (!TRAILERS.has(t.lower) || (t.lower === 'to' && isInfinitiveVerb(tokens[k + 1])))) return false;
      words++;
    } else if (isComma(t) && words > 0 && words <= 8 && tokens[k + 1]?.kind === 'word' && TIME_NOUNS.has(tokens[k - 1]!.lower)) {
      // "…, the AP declared on Thursday, two days after …": what follows the time phrase is narrative.
      return true;
    } else if (t.kind === 'quote' ? words === 0 : !['.', '!', '?', ','].includes(t.text)) return false;
  }
  return words <= 8;
}

/** Words that open a comment on the source rather than more of the report (", who …", ", where …"). */
const RELATIVE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'where', 'when']);

const RESUMED_MIN_WORDS = 1;

/**
 * The comma that closes a parenthetical attribution after its cue (`…, he said, …`), past a short
 * trailer of time, place or audience ("said on Saturday,", "suggested in a tweet,", "told them,");
 * -1 when the cue is not followed by one, or by a relative clause about the source.
 */
function closingComma(tokens: readonly Token[], cueEnd: number, to: number): number {
  let k = cueEnd;
  const first = tokens[k];
  if (first && first.kind === 'word') {
    if ((!TRAILERS.has(first.lower) && !AUDIENCE_PRONOUNS.has(first.lower)) || (first.lower === 'to' && isInfinitiveVerb(tokens[k + 1]))) return -1;
    for (; k < to && k < cueEnd + 6; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || CLAUSE_MARKERS.has(t.lower) || (isSpeechForm(t) && !DETERMINERS.has(tokens[k - 1]!.lower)) || t.lower === 'that') break;
    }
  }
  const next = tokens[k + 1];
  if (!isComma(tokens[k]) || !next || next.kind !== 'word' || RELATIVE_OPENERS.has(next.lower)) return -1;
  return k;
}

/** A lower-case word after "to" that is a verb, not the object of a preposition ("to find", not "to the court"). */
function isInfinitiveVerb(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text === t.lower && !DETERMINERS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !/^\d/.test(t.lower) && !TIME_NOUNS.has(t.lower) && !AUDIENCE_PRONOUNS.has(t.lower);
}

const TIME_NOUNS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently']);

const TIME_PHRASE_LEADS = new Set(['on', 'last', 'this', 'early', 'late', 'earlier', 'later', 'for']);
const TIME_PHRASE_WORDS = new Set([...TIME_NOUNS, 'week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'day', 'weeks', 'months', 'years', 'days']);

/** Past a time phrase at `k` ("on Friday", "last week", "on Tuesday night") and a "that" after it, if any. */
function skipTimePhrase(tokens: readonly Token[], k: number, to: number): number {
  if (!TIME_PHRASE_LEADS.has(tokens[k]?.lower ?? '')) return k;
  let j = k + 1;
  while (j < to && j < k + 4 && TIME_PHRASE_WORDS.has(tokens[j]!.lower)) j++;
  if (j === k + 1) return k;
  if (isComma(tokens[j])) j++;
  if (tokens[j]?.lower === 'that') j++;
  return j;
}

/** Cues that take a bare clause as readily as a "that" clause. */
const SAY_LIKE = new Set(
  'say says said saying tell tells told telling add adds added adding write writes wrote writing argue argues argued arguing insist insists insisted insisting warn warns warned warning claim claims claimed claiming predict predicts predicted predicting suggest suggests suggested suggesting explain explains explained explaining acknowledge acknowledges acknowledged acknowledging according'.split(' '),
);

/**
 * Verbs whose plain object is itself the report ("announced his candidacy", "mentioned the wall",
 * "proposed a tax"): on PolNeAR train, at least two thirds of such object reports are annotated
 * attributions, against a third or less for "states", "reported", "posted", "denied" or "spoke".
 */
const NOUN_REPORT_CUES = new Set(
  ['announce', 'propose', 'mention', 'tweet', 'note', 'promise', 'reveal', 'recall', 'ask', 'blast', 'slam'].flatMap(inflect),
);

const CLAUSE_MARKERS = new Set(
  (
    "is was are were has have had will would could can should must may might did do does be been being isn't " +
    "wasn't aren't weren't hasn't haven't won't wouldn't can't couldn't didn't doesn't don't he she they it we " +
    'i there made went came took gave got saw knew thought found left felt kept held brought began ran won ' +
    'lost met paid sent spent built put set became fell rose grew drew broke chose spoke wrote stood understood'
  ).split(' '),
);

/** The content reads as a clause: it has a subject pronoun, an auxiliary, or a past-tense verb. */
function isClausal(tokens: readonly Token[], range: TokenRange): boolean {
  for (let k = range.from; k < range.to && k < range.from + 6; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (CLAUSE_MARKERS.has(t.lower) || CONTRACTION_ENDING.test(t.lower)) return true;
    if (k > range.from && t.text === t.lower && t.lower.length > 4 && t.lower.endsWith('ed')) return true;
    // A gerund report ("reported spending $6 million", "proposes breaking up banks").
    if (k === range.from && t.text === t.lower && t.lower.length > 5 && t.lower.endsWith('ing')) return true;
  }
  return false;
}

/**
 * "with 30 percent of voters saying …", "left 62 percent of voters saying …": a participle cue whose
 * subject is a share of respondents, or any subject of an absolute "with X saying", reports a poll answer.
 */
function pollParticiple(tokens: readonly Token[], source: TokenRange, k: number): boolean {
  if (!isParticiple(tokens[k]!.lower) || k !== source.to) return false;
  const first = tokens[source.from]!.lower;
  return tokens[source.from - 1]?.lower === 'with' || APPROXIMATE_NUMBER.test(first) || tokens.slice(source.from, source.to).some((t) => t.lower === 'percent');
}

/** Index of "which"/"what" just before (or inside) a source phrase, or -1. */
function reportingRelative(tokens: readonly Token[], source: TokenRange, from: number): number {
  for (let j = source.to - 1; j >= source.from - 1 && j >= from; j--) {
    const w = tokens[j]!.lower;
    if (w === 'which' || w === 'what') return j;
  }
  return -1;
}

/** The content opens with a verb (its subject is a relative word before the source): "would be", "was a sign". */
function startsWithVerb(tokens: readonly Token[], range: TokenRange): boolean {
  const t = tokens[range.from]!;
  return t.kind === 'word' && t.text === t.lower && (CLAUSE_MARKERS.has(t.lower) && !SUBJECT_LIKE.has(t.lower));
}

const SUBJECT_LIKE: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'there']);

/** Words that open a sentence's subordinate or adverbial clause, closed by a comma. */
const CLAUSE_LEADS: ReadonlySet<string> = new Set([...SUBORDINATORS, ...ADVERBIAL_LEADS, 'for', 'at', 'though', 'although']);

/**
 * Where the main clause of [from, to) starts: after a colon, or past an opening subordinate or adverbial
 * clause and its comma ("Though he has no shot, Kasich appears …", "At the same time, …: London was …").
 * What X reports "according to X" is that clause (PolNeAR train), not the circumstances before it.
 */
function mainClauseStart(tokens: readonly Token[], from: number, to: number): number {
  let start = from;
  for (let k = from; k < to - 3; k++) if (tokens[k]!.text === ':') start = k + 1;
  let lead = start;
  if (['but', 'and', 'so', 'yet', 'still'].includes(tokens[lead]?.lower ?? '')) lead++;
  if (!CLAUSE_LEADS.has(tokens[lead]?.lower ?? '')) return start;
  for (let k = lead + 1; k < to - 2; k++) {
    if (!isComma(tokens[k])) continue;
    const next = tokens[k + 1]!;
    if (next.kind === 'word' && (isCapitalised(next) || DETERMINERS.has(next.lower) || SUBJECT_LIKE.has(next.lower))) return k + 1;
  }
  return start;
}

/** Words that open a new clause, after which a subject can stand ("…, and Cruz suggested that …"). */
const CLAUSE_OPENERS = new Set(['which', 'that', 'who', 'where', 'what', 'whom', 'even', 'just', 'only', 'nearly', 'about', 'almost', 'roughly', 'some', 'and', 'but', 'while', 'as', 'because', 'though', 'although', 'when', 'after', 'before', 'since', 'so', 'yet', 'or', 'whereas', 'if', 'meanwhile', 'however', 'now', 'later', 'instead', 'also', 'still', 'separately']);

function opensClause(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.kind === 'punct') return CLAUSE_PUNCT.has(t.text);
  return CLAUSE_OPENERS.has(t.lower);
}

/** Prepositions that open an adverbial around a participle cue ("After saying …, X …"). */
const PREPOSED = new Set(['after', 'before', 'while', 'by', 'since', 'upon', 'despite', 'to', 'besides', 'without']);

/** Words before "to VERB" that make it the sentence subject's report ("went on to say", "declined to say"). */
const INFINITIVE_HOSTS = new Set(['on', 'going', 'want', 'wants', 'wanted', 'decided', 'declined', 'refused', 'continued', 'continues', 'began', 'begins', 'tried', 'proceeded', 'took', 'rushed', 'moved', 'sought', 'used', 'went']);

/**
 * Verbs that credit quotations well but paraphrase poorly: on PolNeAR train, fewer than two in five of
 * the reports they introduce ("pledged to …", "spoke about …", "maintained a lead") are annotated.
 */
const WEAK_PARAPHRASE_CUES = new Set(['pledge', 'threaten', 'maintain', 'speak'].flatMap(inflect));

/**
 * A weak cue still reports when a clause or an infinitive follows it at once: "pledged to end the
 * program", "threatened to leave", "maintained that …" (not "pledged to the cause", "spoke about").
 */
function weakCueReports(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k]!.lower;
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  if (next?.lower === 'that') return !SPEAK_FORMS.has(verb);
  if (next?.lower !== 'to' || !INFINITIVE_CUES.has(verb) || !after || after.kind !== 'word' || after.text !== after.lower) return false;
  return !DETERMINERS.has(after.lower) && !PREPOSITIONS.has(after.lower) && !after.lower.endsWith("'s");
}

const SPEAK_FORMS: ReadonlySet<string> = new Set(inflect('speak'));

/** Verbs that report a request or commitment with an infinitive ("promised to act", "urged voters to go"). */
const INFINITIVE_CUES = new Set(
  [...['promise', 'pledge', 'vow', 'threaten', 'urge', 'refuse', 'decline', 'ask', 'tell', 'warn', 'advise', 'encourage', 'beg', 'plead', 'offer', 'propose']].flatMap(inflect),
);

/** The phrase starting at `k` opens its clause, give or take an adverb ("Virtually all analysts say"). */
function atClauseStart(tokens: readonly Token[], k: number, from: number): boolean {
  let j = k - 1;
  for (let guard = 0; guard < 4; guard++) {
    while (j >= from && tokens[j]!.kind === 'word' && tokens[j]!.lower.endsWith('ly') && tokens[j]!.text.length > 4) j--;
    // "Although in September she said …": a time phrase between the opener and the source.
    const skipped = skipModifiersLeft(tokens, j, from);
    if (skipped === j) break;
    j = skipped;
  }
  return j < from || opensClause(tokens[j]);
}

/** Adjectives that open a phrase after a source noun ("sources close to", "people familiar with"). */
const POSTMODIFIERS = new Set(['close', 'closest', 'familiar', 'briefed', 'involved', 'loyal', 'allied', 'opposed', 'sympathetic', 'aligned', 'connected', 'knowledgeable']);

/**
 * For a subject phrase that did not open its clause, the head of the longer subject it ends: from the
 * clause start up to the first preposition, participle or relative word, provided no finite verb stands
 * between the clause start and the cue.
 */
function longSubjectHead(tokens: readonly Token[], from: number, phraseFrom: number): TokenRange | null {
  let start = phraseFrom;
  while (start > from && start > phraseFrom - 14 && !opensClause(tokens[start - 1])) {
    const t = tokens[start - 1]!;
    if (t.kind !== 'word' || CLAUSE_MARKERS.has(t.lower) || cueAt(tokens, start - 1)) return null;
    start--;
  }
  if (start !== from && !opensClause(tokens[start - 1])) return null;
  let end = start;
  while (end < phraseFrom && !PREPOSITIONS.has(tokens[end]!.lower) && !['who', 'that', 'which'].includes(tokens[end]!.lower) && !(end > start && (isParticiple(tokens[end]!.lower) || POSTMODIFIERS.has(tokens[end]!.lower)))) end++;
  return end > start ? { from: start, to: end } : null;
}

/**
 * For a subject phrase inside a relative clause ("people who have battled online threats say …",
 * "organizations that have endorsed him say …"), the noun phrase before "who"/"that" when it opens the
 * clause: at most eight words, with no other cue or sentence punctuation between it and the cue.
 */
function relativeSubjectHead(tokens: readonly Token[], from: number, phraseFrom: number): TokenRange | null {
  let rel = phraseFrom;
  for (; rel >= from && rel > phraseFrom - 24; rel--) {
    const t = tokens[rel]!;
    if (t.kind === 'word' && (t.lower === 'who' || t.lower === 'that')) break;
    if (t.kind === 'quote' || (t.kind === 'punct' && !isComma(t) && t.text !== '-' && t.text !== '’')) return null;
  }
  if (rel <= from || rel <= phraseFrom - 24) return null;
  let start = rel;
  while (start > from && rel - start < 8) {
    const t = tokens[start - 1]!;
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower) || CLAUSE_MARKERS.has(t.lower) || opensClause(t) || cueAt(tokens, start - 1)) break;
    start--;
  }
  if (start === rel || !atClauseStart(tokens, start, from)) return null;
  // "that" after a verb or adjective is a complementiser, not a relative: the head must be a noun phrase.
  const last = tokens[rel - 1]!;
  if (tokens[rel]!.lower === 'that' && !(isCapitalised(last) || (last.lower.endsWith('s') && !last.lower.endsWith('ss')))) return null;
  return { from: start, to: rel };
}

/** The reported content after a cue, unless it is a circumstance of the speaking ("spoke to reporters"). */
function contentAfter(tokens: readonly Token[], cueEnd: number, to: number): TokenRange | null {
  let start = contentStart(tokens, cueEnd, to);
  // "said Tuesday his actions …": a bare time word is not content.
  while (start < to && start < cueEnd + 3 && TIME_NOUNS.has(tokens[start]!.lower)) start++;
  // "said on Friday he met …", "said last week the plan …": a time phrase before a bare clause.
  start = skipTimePhrase(tokens, start, to);
  start = pastAmountAbout(tokens, start, to);
  const first = tokens[start];
  if (!first) return null;
  const verb = tokens[cueEnd - 1]!.lower;
  const infinitive = INFINITIVE_CUES.has(verb);
  const atLeast = (first.lower === 'at' && ['least', 'most'].includes(tokens[start + 1]?.lower ?? '')) || (first.lower === 'about' && APPROXIMATE_NUMBER.test(tokens[start + 1]?.lower ?? ''));
  // "warned of …", "boasted of …": the preposition's object is the report.
  if (first.kind === 'word' && (PREPOSITION_REPORTS.get(first.lower)?.has(verb) ?? false)) {
    const object = content(tokens, start + 1, to, 2);
    return object && !PREPOSITIONS.has(tokens[object.from]!.lower) ? object : null;
  }
  // After "that" the content may open with an adverbial ("said that in one case …", "say that by imposing …").
  const afterThat = tokens[start - 1]?.lower === 'that' && start > cueEnd;
  if (!afterThat && first.kind === 'word' && PREPOSITIONS.has(first.lower) && !atLeast && !(infinitive && first.lower === 'to')) return null;
  if (!afterThat && first.kind === 'word' && TRAILERS.has(first.lower) && PREPOSITIONS.has(tokens[start + 1]?.lower ?? '')) return null;
  // A short report ("said yes", "denied wrongdoing", "said the same") counts unless it is the audience or
  // a bare pronoun or adverb ("told POLITICO", "said it", "said simply").
  const range = content(tokens, start, to, 1);
  if (!range || (range.to - range.from < 3 && !shortReport(tokens, cueEnd, range))) return null;
  // Verbs other than "say" and its closest kin often take a plain object ("noted the attacks",
  // "maintains a lead"): only a clause counts as reported speech.
  const thatClause = tokens[start - 1]?.lower === 'that';
  let toInfinitive = false;
  for (let j = range.from; infinitive && !toInfinitive && j < range.to && j < range.from + 5; j++) toInfinitive = tokens[j]!.lower === 'to';
  const objectReport = NOUN_REPORT_CUES.has(verb) || ACT_FORMS.has(verb) || ((verb === 'for' || verb === 'on') && CALL_FORMS.has(tokens[cueEnd - 2]?.lower ?? ''));
  if (SAY_LIKE.has(verb) || objectReport || thatClause || toInfinitive || isClausal(tokens, range)) return range;
  return plainObject(tokens, cueEnd, range) ? range : null;
}

/** Words for how much was said ("said little about …", "has said almost nothing about …"). */
const AMOUNTS: ReadonlySet<string> = new Set(['little', 'much', 'nothing', 'anything', 'something', 'more', 'less', 'repeatedly']);
const AMOUNT_LEADS: ReadonlySet<string> = new Set(['almost', 'very', 'so', 'too', 'relatively', 'far']);

/**
 * "said little about the plan", "has said much over the years about the Senate's obligation": the amount
 * is not the report, the topic after "about" is (PolNeAR train: 5 such spans failed the half rule for it).
 */
function pastAmountAbout(tokens: readonly Token[], start: number, to: number): number {
  let k = start;
  if (AMOUNT_LEADS.has(tokens[k]?.lower ?? '')) k++;
  if (!AMOUNTS.has(tokens[k]?.lower ?? '')) return start;
  for (let j = k + 1; j < to && j < k + 6; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return start;
    if (t.lower === 'about') return j + 1;
  }
  return start;
}

/** Verbs whose plain object is the audience or that are as often nouns: "emailed supporters", "a stage whisper". */
const AUDIENCE_CUES: ReadonlySet<string> = new Set(['email', 'advise', 'inform', 'message', 'whisper', 'quip', 'snap', 'text'].flatMap(inflect));
const PASSIVE_OR_INFINITIVE = new Set(['was', 'were', 'be', 'been', 'being', 'is', 'are', 'to']);

/**
 * The plain object of a verb of saying is its report ("repeated his promise to repeal …", "acknowledged
 * Mr. Trump's deep unpopularity"): on PolNeAR train about two in five such objects are annotated
 * attributions, which the clause-only rule left out entirely. Not after a passive or "to", not when the
 * cue word is as likely a noun ("report", "remarks") or an adjective ("racially charged"), not for verbs
 * whose object is the audience ("emailed supporters"), and not for an adverb or time phrase ("responded
 * pointedly", "reported daily"). Gold objects keep their modifiers ("war on Nagorno-Karabakh", "its
 * smallest profit in 17 years"): cutting at a preposition lost more than it gained.
 */
function plainObject(tokens: readonly Token[], cueEnd: number, range: TokenRange): boolean {
  const cue = tokens[cueEnd - 1]!;
  if (!SPEECH_FORMS.has(cue.lower) || PASSIVE_OR_INFINITIVE.has(tokens[cueEnd - 2]?.lower ?? '')) return false;
  if (isNounLikeLemma(cue.lower) || PLURAL_NOUN_CUE.test(cue.lower)) return false;
  // "racially charged", "deeply reported": a participle after an adverb is an adjective.
  const before = tokens[cueEnd - 2];
  if (before && before.lower.length > 4 && before.lower.endsWith('ly') && before.text === before.lower) return false;
  if (AUDIENCE_CUES.has(cue.lower)) return false;
  const first = tokens[range.from]!;
  if (first.kind !== 'word' || OBJECT_NON_STARTS.has(first.lower) || DIGITS.test(first.lower)) return false;
  return !((first.lower.endsWith('ly') && first.lower.length > 4) || TIME_NOUNS.has(first.lower));
}

const OBJECT_NON_STARTS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'then', 'as', 'just', 'so']);
const DIGITS = /^\d+$/;

const SHORT_NON_REPORTS: ReadonlySet<string> = new Set(['it', 'itself', 'them', 'this', 'that', 'here', 'there', 'more', 'in', 'to', 'so', 'simply', 'otherwise', 'the', 'a', 'an']);

/** A one- or two-word content after a cue is a report: not a telling verb's audience, a pronoun or an adverb. */
function shortReport(tokens: readonly Token[], cueEnd: number, range: TokenRange): boolean {
  const first = tokens[range.from]!;
  const last = tokens[range.to - 1]!;
  if (first.kind !== 'word' || last.kind !== 'word') return false;
  if (TELL_FORMS.has(tokens[cueEnd - 1]!.lower) && isCapitalised(first)) return false;
  if (range.to - range.from === 1 && SHORT_NON_REPORTS.has(first.lower)) return false;
  return !(first.lower.endsWith('ly') && first.lower.length > 4);
}

/** Cues whose report is the object of a preposition ("warned of a crisis", "boasted of the polls"). */
const PREPOSITION_REPORTS = new Map<string, ReadonlySet<string>>([['of', new Set(['warn', 'boast', 'write'].flatMap(inflect))]]);

/** Labels that end in a colon without naming a source ("Related: …", "UPDATE: …"). */
const NOT_SOURCES = new Set(['contributing', 'notice', 'wow', 'deaths', 'obituary', 'editorial', 'question', 'answer', 'revealed', 'exclusive', 'watch', 'photos', 'update', 'latest', 'daily', 'email', 'morning', 'evening', 'weekly', 'briefing', 'huffpollster', 'newsletter', 'digest', 'roundup', 'podcast', 'blog', 'quiz', 'review', 'preview', 'recap', 'explainer', 'factbox', 'timeline', 'related', 'read', 'update', 'updated', 'note', 'editor', 'watch', 'source', 'sources', 'photo', 'video', 'follow', 'listen', 'see', 'more', 'also', 'transcript', 'breaking', 'exclusive', 'live', 'analysis', 'opinion', 'correction', 'warning', 'q', 'a']);

/**
 * A headline or transcript line "Name: what they said" (`Clinton: Trump will reverse Roe v. Wade`): a short
 * name at the start of a sentence, a colon, then at least three words.
 */
function colonParaphrase(tokens: readonly Token[], sentenceFrom: number, to: number): Paraphrase | null {
  let from = sentenceFrom;
  // "EXCLUSIVE – Roger Stone: …": a kicker in capitals and a dash before the label.
  if (tokens[from]?.kind === 'word' && tokens[from]!.text === tokens[from]!.text.toUpperCase() && DASHES.has(tokens[from + 1]?.text ?? '')) from += 2;
  let colon = from;
  // "Clinton to Planned Parenthood: …": the addressee after "to" is no part of the source.
  let addressee = -1;
  while (colon < to && colon < from + 8 && tokens[colon]!.kind === 'word' && (isCapitalised(tokens[colon]) || (colon > from && addressee < 0 && tokens[colon]!.lower === 'to'))) {
    if (tokens[colon]!.lower === 'to' && colon > from) addressee = colon;
    colon++;
  }
  const mark = tokens[colon];
  if (colon === from || !mark || mark.kind !== 'punct' || mark.text !== ':') return null;
  const label = tokens.slice(from, addressee > 0 ? addressee : colon);
  if (label.some((t) => NOT_SOURCES.has(t.lower) || t.lower.endsWith("'s"))) return null;
  if (label[0]!.lower === 'the' || (label.length === 1 && label[0]!.text.length > 3 && label[0]!.text === label[0]!.text.toUpperCase() && !isComma(tokens[colon + 1]))) {
    // "The Latest:", "HUFFPOLLSTER:" — a column label, unless the line reads like a transcript.
    if (label[0]!.lower === 'the') return null;
  }
  const after = content(tokens, colon + 1, to);
  if (!after) return null;
  const cue = { from: colon, to: colon + 1, speech: true, according: false, learned: false };
  return { cue, source: { from, to: addressee > 0 ? addressee : colon }, parts: [after], confidence: 0.6, contentFirst: false };
}

/**
 * A title-case headline "Clinton Says Russians Hacked DNC": the capitalised cue is a verb here, the
 * capitalised words before it the source, the rest the report.
 */
function headlineParaphrase(tokens: readonly Token[], from: number, to: number): Paraphrase | null {
  let words = 0;
  let capitals = 0;
  // More lower-case words than 30% of the tokens means fewer capitals than 70% of the words: stop early
  // (most sentences are not headlines, and this runs for every capitalised sentence).
  const lowerLimit = (to - from) * 0.3;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    // A word token is never empty; \d is ASCII 0-9.
    if (isCapitalised(t) || (t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57)) capitals++;
    else if (words - capitals > lowerLimit) return null;
  }
  if (words < 4 || capitals < words * 0.7) return null;
  for (let k = from + 1; k < to - 2 && k < from + 8; k++) {
    const t = tokens[k]!;
    if (!isCapitalised(t) || !SPEECH_FORMS.has(t.lower) || !t.lower.endsWith('s') || PLURAL_NOUN_CUE.test(t.lower)) continue;
    const after = content(tokens, k + 1, to);
    if (!after) return null;
    const cue = { from: k, to: k + 1, speech: true, according: false, learned: false };
    return { cue, source: { from, to: k }, parts: [after], confidence: 0.6, contentFirst: false };
  }
  return null;
}

/** Words that open what someone was asked ("whether …", "if …", "about …", "to respond …"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'about', 'to', 'why', 'how', 'what', 'when']);

/**
 * "Asked by Matt Lauer whether she had practiced her speech, she said …", "When asked by Ingraham on
 * Thursday about …": the questioner after "by" is the source and the question its report (PolNeAR train:
 * about ten such questions, none found before).
 */
function askedByParaphrase(tokens: readonly Token[], to: number, hit: CueHit): Paraphrase | null {
  // The questioner runs to the question word, less a time phrase ("by Ingraham on Thursday about …").
  let start = hit.to + 1;
  while (start < to && start < hit.to + 10 && tokens[start]!.kind === 'word' && !QUESTION_OPENERS.has(tokens[start]!.lower)) start++;
  if (!QUESTION_OPENERS.has(tokens[start]?.lower ?? '')) return null;
  let end = hit.to + 1;
  while (end < start && tokens[end]!.lower !== 'on' && !TIME_NOUNS.has(tokens[end]!.lower)) end++;
  const source = { from: hit.to + 1, to: end };
  if (end === source.from || !isPlausibleSource(tokens, source)) return null;
  const part = content(tokens, start, to);
  return part ? { cue: hit, source, parts: [part], confidence: 0.7, contentFirst: false } : null;
}

const PASSIVE_AUX = new Set(['was', 'were', 'been', 'is', 'are', 'as', 'first', 'also', 'originally', 'initially', 'previously']);

/**
 * "As reported by X, …", "… was first reported by X", "As X reported, …": the source stands after "by"
 * or between "As" and the cue, and the content is the rest of the sentence.
 */
function asOrPassiveParaphrase(tokens: readonly Token[], from: number, to: number, k: number, hit: CueHit): Paraphrase | null {
  const by = tokens[hit.to];
  if (by?.lower === 'by' && PASSIVE_AUX.has(tokens[k - 1]?.lower ?? '')) {
    const source = subjectAfter(tokens, hit.to + 1, to);
    if (!source) return null;
    let start = k - 1;
    while (start > from && PASSIVE_AUX.has(tokens[start - 1]!.lower)) start--;
    const before = tokens[start]?.lower === 'as' && start === from ? null : content(tokens, from, start, 2);
    const after = before ? null : content(tokens, source.to, to);
    const part = before ?? after;
    return part ? { cue: hit, source, parts: [part], confidence: 0.7, contentFirst: before !== null } : null;
  }
  // "As the Post reported on Monday, …"
  if (tokens[from]?.lower === 'as' && k > from + 1) {
    const source = subjectBefore(tokens, k, from + 1);
    let comma = hit.to;
    while (comma < to && comma < hit.to + 6 && !isComma(tokens[comma])) comma++;
    const after = source && source.from === from + 1 && isComma(tokens[comma]) ? content(tokens, comma + 1, to) : null;
    return source && after ? { cue: hit, source, parts: [after], confidence: 0.75, contentFirst: false } : null;
  }
  return null;
}

const CALL_FORMS: ReadonlySet<string> = new Set(inflect('call'));

/** A pronoun with a contracted "has"/"is" ("he's said", "she's argued"). */
const CONTRACTED: ReadonlySet<string> = new Set(["he's", "she's", "who's", "they've", "we've", "i've"]);
const PAST_SPEECH_ENDING = /(?:ed|said|told|written)$/;
const POSSESSIVE_ENDING = /'s$|s'$/;

/** Words that make the next word a noun ("a demand", "the call", "its request"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);

/**
 * A cue that can introduce reported speech at `k`: a lexicon verb of saying, one of the speech acts above,
 * or "call for"/"call on" (a proposal or a request, as "propose" and "urge"; plain "call" characterises).
 */
function reportCueAt(tokens: readonly Token[], k: number): CueHit | null {
  const t = tokens[k]!;
  if (t.cueWord) {
    const hit = cueAt(tokens, k);
    // "he's predicted big wins": a pronoun's contracted auxiliary, not a possessive, before a participle.
    if (!hit && CONTRACTED.has(tokens[k - 1]?.lower ?? '') && SPEECH_FORMS.has(t.lower) && t.text === t.lower && PAST_SPEECH_ENDING.test(t.lower)) {
      return { from: k, to: k + 1, speech: true, according: false, learned: false };
    }
    if (!hit || hit.speech) return hit;
    if (ACT_FORMS.has(t.lower)) return { ...hit, speech: true };
    if (!CALL_FORMS.has(t.lower)) return null;
    const prep = tokens[k + 1]?.lower;
    return prep === 'for' || prep === 'on' ? { from: k, to: k + 2, speech: true, according: false, learned: false } : null;
  }
  // One of the speech acts the lexicon lacks (flagged by the tokenizer), as a verb.
  if (!t.actWord || t.lower.length < 5 || t.text !== t.lower) return null;
  const prev = tokens[k - 1];
  if (prev && prev.kind === 'word' && (DETERMINERS.has(prev.lower) || POSSESSIVE_ENDING.test(prev.lower))) return null;
  return { from: k, to: k + 1, speech: true, according: false, learned: false };
}

/** The cue at `k` as the main verb after a long subject (see `clause.ts`), with the content after it. */
function mainClauseParaphrase(tokens: readonly Token[], from: number, to: number, k: number, hit: CueHit): Paraphrase | null {
  const source = mainClauseSubject(tokens, from, k);
  const after = source ? contentAfter(tokens, hit.to, to) : null;
  return source && after ? { cue: hit, source, parts: [after], confidence: 0.65, contentFirst: false } : null;
}

/**
 * "Yellen is likely to stress that …", "I can now say that …": the subject stands before a modal or a
 * control predicate with "to" (see `chain.ts`); the content follows the cue.
 */
function verbGroupParaphrase(tokens: readonly Token[], from: number, to: number, k: number, hit: CueHit): Paraphrase | null {
  const group = verbGroupStart(tokens, k, from);
  if (group <= from) return null;
  const source = subjectBefore(tokens, group, from);
  if (!source || !isPlausibleSource(tokens, source) || !atClauseStart(tokens, source.from, from)) return null;
  const after = contentAfter(tokens, hit.to, to);
  // Only a clause: "is likely to say the plan …", not "would have to tell Obama".
  if (!after || !(tokens[after.from - 1]?.lower === 'that' || isClausal(tokens, after))) return null;
  return { cue: hit, source, parts: [after], confidence: 0.65, contentFirst: false };
}

/** "According to X, …", "…, according to X." and "…, according to X, …" for the cue at `k`. */
function accordingParaphrase(tokens: readonly Token[], from: number, to: number, k: number, hit: CueHit): Paraphrase | null {
  const source = subjectAfter(tokens, hit.to, to);
  if (!source) return null;
  // Everything before "…, according to X" is what X reports: no clause cuts.
  const whole = content(tokens, from, k, 3, false);
  const before = whole ? (content(tokens, mainClauseStart(tokens, whole.from, whole.to), whole.to, 3, false) ?? whole) : whole;
  // "According to X, …": the content starts after the comma that closes the source.
  let comma = source.to;
  while (comma < to && comma < source.to + 20 && !isComma(tokens[comma])) comma++;
  // "Among the precedents at risk, according to Ms. Epstein, are 16 …": content on both sides.
  // "Notably absent, according to members who spoke with reporters, was any mention …": a source with a
  // post-modifier, then the report's verb after the comma.
  const resumed = comma < to && isComma(tokens[k - 1]) && AUXILIARY_OR_ALSO.test(tokens[comma + 1]?.text ?? '');
  const splitAfter = before !== null && ((isComma(tokens[source.to]) && tokens[source.to + 1]?.kind === 'word') || resumed);
  let after = k === from || !before || splitAfter ? content(tokens, comma < to ? comma : source.to, to, splitAfter ? 1 : 3) : null;
  // What follows the source without a comma is more of the source ("people briefed on the talks").
  const lead = after ? tokens[after.from]! : null;
  if (lead && comma >= to && (PREPOSITIONS.has(lead.lower) || ['who', 'which', 'that'].includes(lead.lower))) after = null;
  const parts = [before, after].filter((p): p is TokenRange => p !== null);
  return parts.length > 0 ? { cue: hit, source, parts, confidence: 0.8, contentFirst: before !== null } : null;
}

/**
 * "Noting that only Sen. Kirk voted with Democrats, Tester added …", "Claiming the criticism is designed
 * to pressure moderators, Trump told Fox …": a sentence-initial participle of saying reports what the main
 * clause's subject, after the comma, said (PolNeAR train: 8 of 13 such openings are annotated reports).
 */
function openingParticiple(tokens: readonly Token[], from: number, to: number): Paraphrase | null {
  const t = tokens[from];
  if (!t || !isSpeechForm(t) || !isCapitalised(t) || !isParticiple(t.lower)) return null;
  // "Speaking to the coalition, …", "Responding in an interview, …": the setting of a speech, not a report.
  const first = tokens[from + 1];
  if (SPEAK_FORMS.has(t.lower) || t.lower === 'talking' || !first || first.kind !== 'word' || TRAILERS.has(first.lower)) return null;
  let comma = from + 1;
  while (comma < to && comma < from + 40 && !isComma(tokens[comma])) comma++;
  if (!isComma(tokens[comma])) return null;
  // The subject: a pronoun or a name, then the main verb in lower case.
  let end = comma + 1;
  if (PLURAL_AND_THIRD_PRONOUNS.has(tokens[end]?.lower ?? '')) end++;
  else while (end < to && end < comma + 6 && isCapitalised(tokens[end])) end++;
  const source = { from: comma + 1, to: end };
  const verb = tokens[end];
  if (end === source.from || !verb || verb.kind !== 'word' || verb.text !== verb.lower || !isPlausibleSource(tokens, source)) return null;
  const part = content(tokens, from + 1, comma, 2, false);
  return part ? { cue: { from, to: from + 1, speech: true, according: false, learned: false }, source, parts: [part], confidence: 0.65, contentFirst: false } : null;
}

/** The paraphrase in sentence tokens [from, to), or null. The sentence holds no quotation. */
export function findParaphrase(tokens: readonly Token[], from: number, to: number, sentenceFrom = from, mainSubject: TokenRange | null = null): Paraphrase | null {
  // Headline shapes open with a capitalised word and are short; test them once per sentence.
  if (from === sentenceFrom && to - from <= 40 && isCapitalised(tokens[from])) {
    const headline = colonParaphrase(tokens, from, to) ?? headlineParaphrase(tokens, from, to);
    if (headline) return headline;
  }
  if (from === sentenceFrom) {
    const opening = openingParticiple(tokens, from, to);
    if (opening) return opening;
  }
  for (let k = from; k < to; k++) {
    // Most words are no cue: the tokenizer's flags rule them out before any lookup.
    const t = tokens[k]!;
    if (!t.cueWord && !t.actWord) continue;
    // "Asked by X whether …" (sentence-initial "Asked" is no cue to the lexicon's capitalisation check).
    if (t.lower === 'asked' && tokens[k + 1]?.lower === 'by') {
      const asked = askedByParaphrase(tokens, to, { from: k, to: k + 1, speech: true, according: false, learned: false });
      if (asked) return asked;
    }
    const hit = reportCueAt(tokens, k);
    if (!hit || (WEAK_PARAPHRASE_CUES.has(tokens[k]!.lower) && !weakCueReports(tokens, k))) continue;
    if (hit.according) {
      const found = accordingParaphrase(tokens, from, to, k, hit);
      if (found) return found;
      continue;
    }
    const prev = tokens[k - 1];
    const special = asOrPassiveParaphrase(tokens, from, to, k, hit);
    if (special) return special;
    // "…, saying …" after a comma hangs on the sentence's subject, not on the phrase before the comma.
    const participle = isParticiple(tokens[k]!.lower) && isComma(prev);
    // After a relative clause's report ("Barkley, who said …, said …"), the main clause's subject stands before it.
    const relativeSource = mainSubject && isComma(prev) && k === from + 1 ? mainSubject : null;
    const source = participle ? null : (relativeSource ?? subjectBefore(tokens, k, from));
    const grouped = source || participle ? null : verbGroupParaphrase(tokens, from, to, k, hit);
    if (grouped) return grouped;
    if (source) {
      if (!isPlausibleSource(tokens, source)) {
        // "organizations that have endorsed him say …": the phrase before the cue ends a relative clause.
        const head = relativeSubjectHead(tokens, from, source.from);
        const after = head && isPlausibleSource(tokens, head) ? contentAfter(tokens, hit.to, to) : null;
        if (head && after) return { cue: hit, source: head, parts: [after], confidence: 0.7, contentFirst: false };
        const main = mainClauseParaphrase(tokens, from, to, k, hit);
        if (main) return main;
        continue;
      }
      const lead = skipModifiersLeft(tokens, source.from - 1, from);
      const contentBefore = lead >= from && isComma(tokens[source.from - 1]) ? content(tokens, from, source.from, 3, false) : null;
      // "…, Devine said, by the calendar", "…, Clinton suggested in a tweet, women …": the comma closing the
      // attribution, past a short trailer; what follows it resumes the report.
      const close = contentBefore || (lead >= from && isComma(tokens[source.from - 1])) ? closingComma(tokens, hit.to, to) : -1;
      if (contentBefore && close < 0 && tailIsShort(tokens, hit.to, to)) {
        return { cue: hit, source, parts: [contentBefore], confidence: 0.8, contentFirst: true };
      }
      // "The plan, he said, is dead": the attribution splits one report in two.
      const splitBefore = contentBefore ?? (close >= 0 ? content(tokens, from, source.from, 1) : null);
      if (splitBefore && close >= 0 && !contentBefore) {
        const rest = content(tokens, close, to, 2);
        if (rest) return { cue: hit, source, parts: [splitBefore, rest], confidence: 0.75, contentFirst: true };
      }
      if (contentBefore && close >= 0) {
        // "…, Cruz explained, recalling …": a participle after the cue describes the speaker.
        const after = tokens[close + 1];
        const rest = after && isParticiple(after.lower) && after.lower !== 'including' ? null : content(tokens, close, to, RESUMED_MIN_WORDS);
        return { cue: hit, source, parts: rest ? [contentBefore, rest] : [contentBefore], confidence: 0.75, contentFirst: true };
      }
      // The source opens the sentence or a clause: the content follows the cue.
      const relative = tokens[source.to]?.lower === 'who' || tokens[k - 1]?.lower === 'who';
      if (atClauseStart(tokens, source.from, from) || relative || pollParticiple(tokens, source, k)) {
        const after = contentAfter(tokens, hit.to, to);
        if (!after) continue;
        // "…, which he said would be its lowest ever": the relative word is the report's subject, so the
        // report runs from it, source and cue included (as PolNeAR annotates it).
        const pronoun = reportingRelative(tokens, source, from);
        if (pronoun >= 0 && (pronoun >= source.from || startsWithVerb(tokens, after))) return { cue: hit, source: { from: pronoun + 1, to: source.to }, parts: [{ from: pronoun, to: after.to }], confidence: 0.7, contentFirst: false };
        return { cue: hit, source, parts: [after], confidence: 0.8, contentFirst: false };
      }
      // "Democrats trying to regain the Senate in November say …": a long subject whose head opens the clause.
      const head = longSubjectHead(tokens, from, source.from) ?? relativeSubjectHead(tokens, from, source.from);
      if (head && isPlausibleSource(tokens, head)) {
        const after = contentAfter(tokens, hit.to, to);
        if (after) return { cue: hit, source: head, parts: [after], confidence: 0.7, contentFirst: false };
      }
      // "…, whom he's alienated with his rhetoric, said Larry Sabato": the phrase before was no subject.
      const inverted = isComma(prev) ? invertedParaphrase(tokens, from, to, k, hit) : null;
      if (inverted) return inverted;
      const main = mainClauseParaphrase(tokens, from, to, k, hit);
      if (main) return main;
      continue;
    }
    // "…, saying …", "… and says …": the sentence's subject is the source; after a quotation, the
    // source of the cue just before ("“…,” he said, adding that …").
    const infinitive = prev?.lower === 'to' && INFINITIVE_HOSTS.has(tokens[k - 2]?.lower ?? '');
    // "… and (has) vowed …": a coordinated cue, past any auxiliaries and adverbs.
    const joiner = tokens[skipModifiersLeft(tokens, k - 1, from)];
    const coordinated = joiner !== undefined && ['and', 'then', 'but'].includes(joiner.lower);
    // "After saying he was nervous …, the man …", "In addition to stating that …, Clinton has vowed …":
    // a report in an opening adverbial belongs to the subject after its comma.
    if (isParticiple(tokens[k]!.lower) && k <= sentenceFrom + 3 && PREPOSED.has(prev?.lower ?? '')) {
      let comma = hit.to;
      while (comma < to && comma < hit.to + 40 && !isComma(tokens[comma])) comma++;
      const subject = comma < to ? sentenceSubject(tokens, comma + 1, to) : null;
      const after = subject ? contentAfter(tokens, hit.to, comma) : null;
      if (subject && after) return { cue: hit, source: subject, parts: [after], confidence: 0.65, contentFirst: false };
    }
    if (isParticiple(tokens[k]!.lower) || infinitive || coordinated) {
      const subject = sentenceSubject(tokens, sentenceFrom, k) ?? previousCueSource(tokens, sentenceFrom, k);
      const after = subject ? contentAfter(tokens, hit.to, to) : null;
      if (subject && after) return { cue: hit, source: subject, parts: [after], confidence: 0.65, contentFirst: false };
    }
    const inverted = isComma(prev) ? invertedParaphrase(tokens, from, to, k, hit) : null;
    if (inverted) return inverted;
    const main = infinitive || coordinated ? null : mainClauseParaphrase(tokens, from, to, k, hit);
    if (main) return main;
  }
  return clauseAfterCue(tokens, from, to);
}

/**
 * The last resort: a finite verb of saying followed at once by a clause ("those who back her opponents
 * say the widespread …", "history says there can be …") is a report even when its subject is too long or
 * odd for the phrase rules; the source is the phrase just before the cue.
 */
function clauseAfterCue(tokens: readonly Token[], from: number, to: number): Paraphrase | null {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'quote') return null;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (!t.cueWord || !SAY_LIKE.has(t.lower) || t.text !== t.lower || isParticiple(t.lower) || t.lower === 'according') continue;
    const hit = cueAt(tokens, k);
    if (!hit) continue;
    const source = subjectBefore(tokens, k, from);
    if (!source) continue;
    const after = contentAfter(tokens, hit.to, to);
    if (!after || isParticiple(tokens[after.from]!.lower) || !(tokens[after.from - 1]?.lower === 'that' || isClausal(tokens, after))) continue;
    return { cue: hit, source, parts: [after], confidence: 0.5, contentFirst: false };
  }
  return null;
}

/**
 * "…, said X." or "…, said X, a fellow at …" (a finite verb: "…, telling Reuters" names the audience,
 * not the source), for the cue at `k` after a comma.
 */
function invertedParaphrase(tokens: readonly Token[], from: number, to: number, k: number, hit: CueHit): Paraphrase | null {
  if (isParticiple(tokens[k]!.lower)) return null;
  const after = subjectAfter(tokens, hit.to, to);
  if (!after || !isPlausibleSource(tokens, after) || !(tailIsShort(tokens, after.to, to) || isComma(tokens[after.to]))) return null;
  const before = content(tokens, from, k, 2, false);
  if (!before) return null;
  // "The contrast, said Doyle (, an aide,) would be clear": the report resumes after the source.
  let resume = after.to;
  if (isComma(tokens[resume]) && !tailIsShort(tokens, after.to, to)) {
    const next = tokens[resume + 1];
    const appositive = next !== undefined && next.kind === 'word' && (!isCapitalised(next) || next.lower === 'the' || next.lower === 'a');
    if (appositive) {
      let c = resume + 1;
      while (c < to && c < resume + 16 && !isComma(tokens[c])) c++;
      resume = c;
    }
  }
  const rest = resume < to && isComma(tokens[resume]) ? content(tokens, resume + 1, to, 2) : null;
  return { cue: hit, source: after, parts: rest ? [before, rest] : [before], confidence: 0.75, contentFirst: true };
}

/** The source of the nearest cue before `k` in the sentence ("he said, adding …" → "he"). */
function previousCueSource(tokens: readonly Token[], from: number, k: number): TokenRange | null {
  for (let j = k - 1; j >= from && j >= k - 8; j--) {
    const hit = cueAt(tokens, j);
    if (!hit || hit.according) continue;
    return subjectBefore(tokens, j, from) ?? subjectAfter(tokens, hit.to, k);
  }
  return null;
}

/**
 * A report needs a cue or speech-act word in [from, to), or a colon ("Clinton: …", read up to token `to`
 * inclusive, as `colonParaphrase` does). Most sentences have neither: one pass over their flags rules them
 * out, instead of the headline tests and the cue scans that find nothing.
 */
function mayReport(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.cueWord || t.actWord || (t.kind === 'punct' && t.text === ':')) return true;
  }
  const next = tokens[to];
  return next !== undefined && next.kind === 'punct' && next.text === ':';
}

/** Every paraphrase in a sentence, left to right ("X said …, while Y said …"). */
export function findParaphrases(tokens: readonly Token[], from: number, to: number): Paraphrase[] {
  const out: Paraphrase[] = [];
  if (!mayReport(tokens, from, to)) return out;
  let start = from;
  let mainSubject: TokenRange | null = null;
  while (start < to - 2) {
    const found = findParaphrase(tokens, start, to, from, mainSubject);
    if (!found) break;
    out.push(found);
    let end = Math.max(found.cue.to, found.source.to);
    for (const part of found.parts) end = Math.max(end, part.to);
    if (end <= start) break;
    // "X, who said …, said …": the relative clause's report ends at the comma before the main cue.
    mainSubject = tokens[found.cue.from - 1]?.lower === 'who' && isComma(tokens[end]) ? found.source : null;
    // A report holding a quotation is credited through the quotation: later cues of the sentence may
    // still start their own report ("… had “been friends,” he claimed they had never met").
    let next = end;
    for (const part of found.parts) {
      for (let k = part.to - 1; k >= part.from; k--) {
        if (tokens[k]!.kind !== 'quote') continue;
        next = Math.max(Math.max(found.cue.to, found.source.to, start + 1), Math.min(next, k + 1));
        break;
      }
    }
    // "Noting …, Allen said he …": after an opening participle's report, its source's own cue follows.
    const lastPart = found.parts[found.parts.length - 1]!;
    start = found.cue.to <= found.parts[0]!.from && lastPart.to <= found.source.from ? found.source.from : next;
  }
  // "The president told her that it was not that simple, according to X": a report nested in the content
  // of a sentence-final "according to" ends the scan early; X's report of the whole is found here.
  if (out.length > 0 && !out.some((f) => f.cue.according)) {
    const last = out[out.length - 1]!;
    for (let k = last.cue.to; k < to; k++) {
      const t = tokens[k]!;
      if (!t.cueWord || !isComma(tokens[k - 1])) continue;
      const hit = cueAt(tokens, k);
      if (!hit?.according) continue;
      const outer = accordingParaphrase(tokens, from, to, k, hit);
      if (outer && outer.contentFirst) out.push(outer);
      break;
    }
  }
  return out;
}


/**
 * A report whose content runs into a quotation is credited through the quotation; the words before it
 * are still a report of their own when the speaker's next action separates them from it: "He says he
 * respects Clinton and calls her “…”", "Trump joked that Brooklyn was his answer, but went on to say
 * “…”". Returns the parts of `found` up to that boundary, or null (then the quotation continues the
 * report, which PolNeAR annotates as one mixed report: "said he had received offers, but “…”").
 */
export function partsBeforeQuote(tokens: readonly Token[], found: Paraphrase): TokenRange[] | null {
  if (found.contentFirst) return null;
  const parts: TokenRange[] = [];
  for (const part of found.parts) {
    let quote = part.from;
    while (quote < part.to && tokens[quote]!.kind !== 'quote') quote++;
    if (quote === part.to) {
      parts.push(part);
      continue;
    }
    const end = nextActionBefore(tokens, part.from, quote);
    const prefix = end < 0 ? null : content(tokens, part.from, end, 3, false);
    if (!prefix) return null;
    parts.push(prefix);
    return parts;
  }
  return null;
}

/** The last "and VERB" or ", but VERB" in [from, quote) where the speaker's next action starts, or -1. */
function nextActionBefore(tokens: readonly Token[], from: number, quote: number): number {
  for (let k = quote - 2; k > from; k--) {
    const t = tokens[k]!;
    if (t.lower !== 'and' && t.lower !== 'but') continue;
    const verb = tokens[k + 1]!;
    if (verb.kind !== 'word' || verb.text !== verb.lower || !(CLAUSE_MARKERS.has(verb.lower) || looksLikeVerb(verb)) || SUBJECT_LIKE.has(verb.lower)) continue;
    return isComma(tokens[k - 1]) ? k - 1 : k;
  }
  return -1;
}
