/**
 * Pronoun sources ("he said") resolved to the nearest compatible person before them: the latest speaker
 * when one is close, else the latest person named in the text. Gender comes from honorifics (Mr, Ms) and
 * a short list of common first names; unknown gender is compatible with both.
 */
import { firstAtOrAfter } from '../text/search';
import { isOrganisation } from './names';

export type Gender = 'male' | 'female' | null;

export interface Antecedent {
  readonly name: string;
  readonly start: number;
  /** Credited with a statement (a speaker), rather than merely named. */
  readonly speaker: boolean;
  readonly gender: Gender;
}

const FEMALE = new Set(
  (
    'hillary nancy elizabeth sarah melania ivanka kellyanne michelle tammy anna maria mary susan karen jennifer ' +
    'linda patricia barbara theresa angela carly megyn debbie kamala condoleezza madeleine samantha nikki ' +
    'sheryl jill laura hope huma donna jane janet katie amy kate kristen emily rachel rebecca lisa julie ann ' +
    'anne marie claire catherine kathleen sheila dana diane ursula christine giorgia marine kristi tulsi ' +
    'elise kirsten dianne maxine ilhan alexandria liz ruth sonia elena ayanna katrina heather ' +
    'stephanie nicole jessica ashley amanda melissa deborah sharon carol cynthia kathy joan margaret'
  ).split(' '),
);

const MALE = new Set(
  (
    'donald bernie barack john joe mike michael marco ted jeb ben chris rand bill george paul mitch kevin ' +
    'james robert david richard thomas charles mark steven stephen jeff jeffrey william vladimir sergei sergey ' +
    'dmitry yuri kirill emmanuel volodymyr boris keir rishi olaf justin xi benjamin recep narendra ron tim ' +
    'reince sean corey newt rudy eric jared steve peter andrew jim tom dan daniel matt matthew brian ' +
    'scott gary frank jack larry jerry greg harry henry adam jason josh ryan nick anthony antony kenneth ' +
    'rick roger lamar elijah chuck harold howard martin luther'
  ).split(' '),
);

// Module constants: a regex literal allocates a new RegExp each time it is evaluated.
const MALE_HONORIFIC = /^(?:mr\.?|sir|lord|king|prince)\s/i;
const FEMALE_HONORIFIC = /^(?:mrs\.?|ms\.?|miss|dame|lady|queen|princess)\s/i;
const CONTRACTION = /['’].*$/u;

/** First letters of the honorifics below, lower case. */
const HONORIFIC_INITIALS: ReadonlySet<number> = new Set([...'mslkpdq'].map((ch) => ch.charCodeAt(0)));

/** Gender suggested by an honorific in the mention or a first name. */
export function genderOf(mention: string, name: string): Gender {
  // Most mentions start with none of the honorifics' first letters; they skip both patterns.
  if (HONORIFIC_INITIALS.has(mention.charCodeAt(0) | 0x20)) {
    if (MALE_HONORIFIC.test(mention)) return 'male';
    if (FEMALE_HONORIFIC.test(mention)) return 'female';
  }
  const space = name.indexOf(' ');
  const first = (space < 0 ? name : name.slice(0, space)).toLowerCase();
  if (FEMALE.has(first)) return 'female';
  if (MALE.has(first)) return 'male';
  return null;
}

/** How far back (in characters) the latest speaker is preferred over a merely named person. */
const SPEAKER_REACH = 1500;

function compatible(pronoun: string, a: Antecedent): boolean {
  if (isOrganisation(a.name)) return false;
  if (pronoun === 'he') return a.gender !== 'female';
  if (pronoun === 'she') return a.gender !== 'male';
  return true;
}

/**
 * The name a singular personal pronoun at `at` stands for, or null. `speakers` and `named` are sorted by
 * start; `named` may be asked for only the people named in [from, to) (more do no harm), as only those
 * within reach before the pronoun count. Plural and impersonal pronouns (they, we, it) are left
 * unresolved: their referent is usually a group the article never names as such.
 */
export function resolvePronoun(
  pronoun: string,
  at: number,
  speakers: readonly Antecedent[],
  named: readonly Antecedent[] | ((from: number, to: number) => readonly Antecedent[]),
): string | null {
  const p = pronoun.toLowerCase().replace(CONTRACTION, '');
  if (p !== 'he' && p !== 'she' && p !== 'i') return null;
  const speaker = nearest(p, at, speakers, SPEAKER_REACH);
  if (speaker) return speaker.name;
  return nearest(p, at, typeof named === 'function' ? named(at - NAMED_REACH, at) : named, NAMED_REACH)?.name ?? null;
}

/** How far back (in characters) a merely named person can be the referent. */
const NAMED_REACH = 3000;

const startOf = (a: Antecedent): number => a.start;

/** The nearest compatible antecedent before `at` within `reach` characters (the window bounds the work). */
function nearest(p: string, at: number, list: readonly Antecedent[], reach: number): Antecedent | null {
  for (let i = firstAtOrAfter(list, at, startOf) - 1; i >= 0; i--) {
    const a = list[i]!;
    if (at - a.start > reach) return null;
    if (compatible(p, a)) return a;
  }
  return null;
}

