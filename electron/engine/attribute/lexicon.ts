/**
 * The cue lexicon. The lemmas are the verbs of saying among the PolNeAR train cues (Newell et al., 2018)
 * that occur at least twice, read off the cue frequency list; verbs of belief and intention that PolNeAR
 * also annotates ("think", "want", "figure") are deliberately absent. Inflections are generated, so the
 * lists stay short and readable.
 */

/** Verbs that report speech and can introduce paraphrase as well as quotation. */
const SPEECH_LEMMAS = (
  'say tell add write ask report note announce suggest argue tweet explain acknowledge declare respond ' +
  'insist warn claim state reply promise pledge vow recall concede admit confirm deny predict urge reveal ' +
  'assert stress emphasize reiterate complain joke boast quip conclude remark observe mention post email ' +
  'testify caution counter contend maintain allege echo repeat shout lament propose indicate estimate ' +
  'advise inform brag exclaim retort recount answer threaten muse wonder charge blast slam speak ' +
  'predict disclose signal affirm guarantee acknowledge proclaim whisper yell scream cry snap ' +
  'text message announce suggest hint recommend apologize'
).split(' ');

/**
 * Verbs that credit quoted words to someone but are too loose for paraphrase ("called it “a disaster”",
 * "the sign read “…”"): cues for quotations only.
 */
const QUOTING_LEMMAS = (
  'call describe dub label term praise criticize accuse mock decry denounce dismiss cite quote ' +
  'characterize thank attack defend question reject chant declare begin open continue tout hail ridicule ' +
  'scold chide lash urge plead'
).split(' ');

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  speak: ['spoke', 'speaks', 'speaking', 'spoken'],
  begin: ['began', 'begins', 'beginning', 'begun'],
  text: ['texted', 'texts', 'texting'],
};

/** Verbs whose final consonant doubles before -ed/-ing. */
const DOUBLING = new Set(['admit', 'quip', 'refer', 'commit', 'regret', 'snap', 'plan', 'slam', 'scream']);

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && 'aeiou'.includes(ch);
}

/** The lemma and its -s, -ed and -ing forms. */
export function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  const last = lemma.at(-1);
  const consonantY = last === 'y' && !isVowel(lemma.at(-2));
  const stem = consonantY ? lemma.slice(0, -1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : consonantY ? `${stem}ies` : `${lemma}s`;
  const doubled = DOUBLING.has(lemma) ? lemma + (last ?? '') : lemma;
  const past = last === 'e' ? `${lemma}d` : consonantY ? `${stem}ied` : `${doubled}ed`;
  const ing = last === 'e' && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${doubled}ing`;
  return [lemma, third, past, ing];
}

function formsOf(lemmas: readonly string[]): Set<string> {
  return new Set(lemmas.flatMap(inflect));
}

/** Word forms of verbs of saying ("said", "tells", "adding"). */
export const SPEECH_FORMS: ReadonlySet<string> = formsOf(SPEECH_LEMMAS);

/** Word forms that credit quotations but not paraphrase. */
export const QUOTING_FORMS: ReadonlySet<string> = new Set([...formsOf(QUOTING_LEMMAS)].filter((w) => !SPEECH_FORMS.has(w)));

/**
 * True for a bare lemma that is also a common noun ("report", "state", "call"): a verb only after a plural
 * or pronoun subject. Lemmas that are rarely nouns ("say", "argue") need no such check.
 */
export function isNounLikeLemma(word: string): boolean {
  return NOUN_LIKE.has(word);
}

/** The -s form of a noun-like lemma ("states", "emails"): as often a plural noun as a verb. */
export function isNounLikeThirdPerson(word: string): boolean {
  return NOUN_LIKE_THIRD.has(word);
}

const NOUN_LIKE: ReadonlySet<string> = new Set(
  (
    'report state call post answer joke promise pledge vow echo signal text message charge question attack ' +
    'quote tweet email estimate comment remark claim counter caution note brag cry snap hint shout request ' +
    'praise label term title open defend reject thank cite read'
  ).split(' '),
);

/** A participle cue ("…, saying …") takes its speaker from the clause it hangs on. */
export function isParticiple(word: string): boolean {
  return word.endsWith('ing');
}

/** Auxiliaries and adverbs that sit between a speaker and the cue ("has also said", "later told"). */
export const CUE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'has have had also later then previously recently again once reportedly repeatedly publicly often ' +
    'frequently already just still further quickly finally simply privately flatly openly will would could ' +
    'did does do not never was is were are been be has\u2019 first initially subsequently earlier ' +
    'separately specifically even herself himself themselves itself angrily proudly bluntly curtly since ' +
    'ever long already privately now here ' +
    'famously loudly quietly softly firmly clearly sharply strongly explicitly wrongly falsely correctly ' +
    "don't doesn't didn't won't wouldn't can't hasn't haven't hadn't isn't wasn't"
  ).split(' '),
);

/** Words for people and bodies that can speak: the heads of descriptive sources ("a spokesman for Disney"). */
export const SOURCE_HEADS: ReadonlySet<string> = new Set(
  (
    'spokesman spokeswoman spokesperson spokespeople official officials source sources aide aides adviser ' +
    'advisers advisor advisors campaign statement report reports analyst analysts expert experts lawyer ' +
    'lawyers attorney attorneys candidate candidates president senator senators governor mayor minister ' +
    'secretary leader leaders director chairman chairwoman chief executive ceo agency department ministry ' +
    'committee group groups officer officers police prosecutor prosecutors judge court voters voter ' +
    'supporters supporter critics critic democrats republicans residents witnesses witness members member ' +
    'people person man woman team staff administration government poll polls survey study researchers ' +
    'observers organizers activists economists strategist strategists operative operatives representative ' +
    'representatives delegates delegate nominee nominees host anchor reporter reporters journalist writer ' +
    'columnist editor editors newspaper paper article website site network friend friends father mother ' +
    'son daughter wife husband owner founder chair manager managers ambassador envoy diplomat diplomats ' +
    'pastor priest professor scholar historian doctor doctors counsel agent agents insider insiders ' +
    'immigrants women men students student worker workers parents families family user users fans crowd ' +
    'protesters demonstrators office offices legislators lawmakers lawmaker congressman congresswoman ' +
    'memo letter filing documents document data figures numbers tweet post message release remarks ' +
    'comments complaint lawsuit indictment percent majority half third quarter plurality respondents ' +
    'americans aide allies ally backers opponents opponent rivals rival adviser advisers sources official ' +
    'party outlets outlet media press pundits commentators conservatives liberals progressives republican ' +
    'republicans democrat democrats independents evangelicals economist economists fellow director ' +
    'commentator host hosts blogger bloggers author authors employee employees citizens delegates ' +
    'chairwoman superdelegate superdelegates nominee organization organizations union unions spokesmen ' +
    'consultant consultants pollster pollsters researcher scientist scientists observer insider aide ' +
    'investigators authorities officials judge justices senators governors mayors leadership airline ' +
    'company companies firm firms airport hospital military army navy school university college church ' +
    'coalition alliance council board panel jury commission bureau service services ministry embassy ' +
    'prosecutors lawyers attorneys spokesperson candidates others another one both several many some ' +
    'newspapers newspaper magazine channel station broadcaster agency agencies outlet website'
  ).split(' '),
);

/** Pronouns that can be the source of a cue. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  "he she they i we it you who he'd she'd they'd i'd we'd he's she's they've we've i've he'll she'll they'll".split(' '),
);

const NOUN_LIKE_THIRD: ReadonlySet<string> = new Set([...NOUN_LIKE].map((lemma) => inflect(lemma)[1]!));

/**
 * Speech acts whose object or clause is itself a report although the cue lexicon only credits quotations
 * with them or lacks them: "accused X of …" (an allegation), "reminded/assured X that …", "demanded",
 * "requested", "encouraged X to …" (requests, like "urged"), "implied that …". On PolNeAR train these
 * verbs head about 200 annotated speech attributions without quotation marks.
 */
export const ACT_FORMS: ReadonlySet<string> = new Set(['accuse', 'remind', 'assure', 'demand', 'request', 'encourage', 'imply'].flatMap(inflect));

/** Verbs of saying the lexicon lacks that report a clause only ("speculated that …", "forecast that …"). */
export const CLAUSE_ACT_FORMS: ReadonlySet<string> = new Set([...inflect('speculate'), 'forecast', 'forecasts', 'forecasted', 'forecasting']);
