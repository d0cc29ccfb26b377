/**
 * The canonicalise stage (within one article): each statement's source becomes a SpeakerRef whose name is
 * the fullest form the article gives ("Mr Rubio" → "Marco Rubio"), pronouns resolved to the nearest
 * compatible person. Merging across articles happens in `merge.ts`, which sees every article.
 */
import type { SpeakerRef } from '../../../shared/types';
import type { Attributed, Mention, Statement } from '../attribute';
import { expandName, indexNames, namesNear, type NameIndex, type NameOccurrence } from './names';
import { genderOf, resolvePronoun, type Antecedent } from './pronouns';
import { isSpace } from '../text/classes';

export interface CanonicalStatement extends Statement {
  readonly speaker: SpeakerRef | null;
}

export interface Canonicalised {
  readonly article: Attributed['article'];
  readonly statements: readonly CanonicalStatement[];
}

// Module constants: a regex literal allocates a new RegExp each time it is evaluated.
const WHITESPACE_RUNS = /\s+/g;
const TRAILING_COMMAS = /[,\s]+$/u;

/** Runs of whitespace become one space; trailing commas and spaces go. */
export function tidyDescription(text: string): string {
  // Most descriptions are already tidy (single spaces, no trailing comma): skip both replacements.
  let tidy = text.length > 0;
  for (let i = 0; tidy && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || i + 1 === text.length || text.charCodeAt(i + 1) === 32)) tidy = false;
  }
  if (tidy && text.charCodeAt(text.length - 1) !== 44) return text;
  return text.replace(WHITESPACE_RUNS, ' ').replace(TRAILING_COMMAS, '');
}

/**
 * One article's name index, built on first need (many articles credit no one, or only by full name), and
 * its named people once every name was read. State passed to plain functions rather than closures made per
 * article (tsx, which runs the bench and the evals, wraps each named closure in a defineProperty call).
 */
interface Names {
  readonly text: string;
  index: NameIndex | null;
  everyone: Antecedent[] | null;
}

function nameIndex(names: Names): NameIndex {
  return (names.index ??= indexNames(names.text));
}

function antecedents(names: Names, index: NameIndex, occurrences: readonly NameOccurrence[]): Antecedent[] {
  const people: Antecedent[] = [];
  for (const o of occurrences) {
    const name = expandName(index, o.name);
    people.push({ name, start: o.start, speaker: false, gender: genderOf(names.text.slice(o.start, o.end), name) });
  }
  return people;
}

/** The people named around [from, to) (see `namesNear`), in text order, as a pronoun's possible antecedents. */
function namedPeople(names: Names, from: number, to: number): Antecedent[] {
  const index = nameIndex(names);
  const occurrences = namesNear(index, from, to);
  // Every name of the text: made into people once.
  if (occurrences === index.all) return (names.everyone ??= antecedents(names, index, occurrences));
  return antecedents(names, index, occurrences);
}

function nameOf(mention: Mention, names: Names): string | null {
  if (mention.kind === 'pronoun') return null;
  // A multi-word name is already full; only a bare surname needs the article's index.
  if (mention.name) return mention.name.includes(' ') ? mention.name : expandName(nameIndex(names), mention.name);
  return tidyDescription(mention.text);
}

// Explicit fields rather than a spread: spreads are slow in V8 on this hot path.
function withSpeaker(s: Statement, speaker: SpeakerRef | null): CanonicalStatement {
  return { start: s.start, end: s.end, kind: s.kind, cue: s.cue, source: s.source, confidence: s.confidence, utterance: s.utterance, paragraph: s.paragraph, speaker };
}

export function canonicalise(attributed: Attributed): Canonicalised {
  const names: Names = { text: attributed.article.text, index: null, everyone: null };
  // Speakers seen so far, in text order; later pronouns prefer them over merely named people.
  const speakers: Antecedent[] = [];
  const statements: CanonicalStatement[] = [];
  for (const s of attributed.statements) {
    const m = s.source;
    if (!m) {
      statements.push(withSpeaker(s, null));
      continue;
    }
    let name = nameOf(m, names);
    if (name === null) name = resolvePronoun(m.text, m.start, speakers, (from, to) => namedPeople(names, from, to)) ?? m.text;
    else if (m.name && m.start > (speakers[speakers.length - 1]?.start ?? -1)) {
      // A continued quote repeats an earlier mention; only new mentions extend the (sorted) list.
      speakers.push({ name, start: m.start, speaker: true, gender: genderOf(m.text, name) });
    }
    statements.push(withSpeaker(s, { name, mention: m.text, start: m.start, end: m.end }));
  }
  return { article: attributed.article, statements };
}
