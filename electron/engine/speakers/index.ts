/**
 * The canonicalise stage (within one article): each statement's source becomes a SpeakerRef whose name is
 * the fullest form the article gives ("Mr Rubio" → "Marco Rubio"), pronouns resolved to the nearest
 * compatible person. Merging across articles happens in `merge.ts`, which sees every article.
 */
import type { SpeakerRef } from '../../../shared/types';
import type { Attributed, Mention, Statement } from '../attribute';
import { expandName, indexNames, type NameIndex } from './names';
import { genderOf, resolvePronoun, type Antecedent } from './pronouns';

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

function tidyDescription(text: string): string {
  return text.replace(WHITESPACE_RUNS, ' ').replace(TRAILING_COMMAS, '');
}

function nameOf(mention: Mention, index: () => NameIndex): string | null {
  if (mention.kind === 'pronoun') return null;
  // A multi-word name is already full; only a bare surname needs the article's index.
  if (mention.name) return mention.name.includes(' ') ? mention.name : expandName(index(), mention.name);
  return tidyDescription(mention.text);
}

// Explicit fields rather than a spread: spreads are slow in V8 on this hot path.
function withSpeaker(s: Statement, speaker: SpeakerRef | null): CanonicalStatement {
  return { start: s.start, end: s.end, kind: s.kind, cue: s.cue, source: s.source, confidence: s.confidence, utterance: s.utterance, paragraph: s.paragraph, speaker };
}

export function canonicalise(attributed: Attributed): Canonicalised {
  const text = attributed.article.text;
  // Built on first need: many articles credit no one, or only by full name.
  let index: NameIndex | null = null;
  const names = (): NameIndex => (index ??= indexNames(text));
  let named: Antecedent[] | null = null;
  const namedPeople = (): Antecedent[] =>
    (named ??= names().occurrences.map((o) => {
      const name = expandName(names(), o.name);
      return { name, start: o.start, speaker: false, gender: genderOf(text.slice(o.start, o.end), name) };
    }));
  // Speakers seen so far, in text order; later pronouns prefer them over merely named people.
  const speakers: Antecedent[] = [];
  const statements = attributed.statements.map((s): CanonicalStatement => {
    const m = s.source;
    if (!m) return withSpeaker(s, null);
    let name = nameOf(m, names);
    if (name === null) name = resolvePronoun(m.text, m.start, speakers, namedPeople) ?? m.text;
    else if (m.name && m.start > (speakers[speakers.length - 1]?.start ?? -1)) {
      // A continued quote repeats an earlier mention; only new mentions extend the (sorted) list.
      speakers.push({ name, start: m.start, speaker: true, gender: genderOf(m.text, name) });
    }
    return withSpeaker(s, { name, mention: m.text, start: m.start, end: m.end });
  });
  return { article: attributed.article, statements };
}
