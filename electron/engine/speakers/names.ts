/**
 * The names an article mentions: runs of capitalised words with titles and sentence-initial function words
 * dropped, indexed by surname so "Rubio" or "Mr Rubio" can be expanded to "Marco Rubio".
 */
import { bareName } from '../attribute/mention';

export interface NameOccurrence {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * An article's names, worked out as they are asked for: most articles ask for the full name of two or
 * three surnames, and only some (a pronoun with no speaker near it) for every name in the text. Reading
 * every capitalised run into names was two thirds of indexing; a surname's full name needs only the runs
 * that contain it.
 */
export interface NameIndex {
  /** The multi-word capitalised runs (a single word is never a full name), in text order. */
  readonly runs: readonly string[];
  /** Where each run starts. */
  readonly runStarts: readonly number[];
  /** Every multi-word name occurrence, in text order, once asked for. */
  occurrences: readonly NameOccurrence[] | null;
  /** The full name asked for by each surname (null: none), once asked for. */
  readonly fullNames: Map<string, string | null>;
}

// A capitalised word, then more capitalised words or name particles, each after one space. The separator
// is mandatory between repetitions, so the pattern cannot match one stretch in two ways (linear).
// Latin letters are spelled out: V8 runs explicit ranges much faster than \p{Lu}.
// Only short words keep a full stop (initials and abbreviations: "J.", "Jr."), so "Lavrov. Rubio" is two runs.
export const NAME_RUN =
  /[A-ZÀ-ÖØ-Þ](?:[a-z]{0,2}\.|[A-Za-zÀ-ÖØ-öø-ÿ’'-]*)(?:[ \u00a0](?:[A-ZÀ-ÖØ-Þ](?:[a-z]{0,2}\.|[A-Za-zÀ-ÖØ-öø-ÿ’'-]*)|bin|al|de|da|van|von|der|ibn|el|la|le|du|di)(?=[ \u00a0,.;:!?)’'”"]|$))*/g;

/** Words that start a sentence or a capitalised stretch without being part of a name. */
const NOT_NAME_WORDS = new Set(
  (
    'the a an and but or in on at as after before when while if for from to of by with this that these those ' +
    'he she it they we i his her their its our my mr mrs ms dr it’s there here then yet so still however ' +
    'meanwhile although though since because during under over about among between into through monday ' +
    'tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december read follow watch related more source sign get listen who what why how'
  ).split(' '),
);

/** Words that make a capitalised run an organisation or place rather than a person. */
export const ORGANISATION_WORDS = new Set(
  (
    'news post times journal party committee department house congress senate court university campaign ' +
    'association council agency fund group institute foundation inc corp network press office ministry ' +
    'administration government service services company bank union league commission center centre ' +
    'times tribune herald daily magazine cnn nbc abc cbs fox msnbc reuters ap bbc kremlin pentagon ' +
    'republicans democrats states state nations army force police city county club street'
  ).split(' '),
);

/** Two or more capital letters A–Z and nothing else ("CNN", "FBI"). */
function isAllCapitals(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

export function isOrganisation(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return ORGANISATION_WORDS.has(last.toLowerCase()) || isAllCapitals(last);
}

/** A word ending in ’s or 's ends a name run: "Mr Putin’s adviser Yuri Ushakov" holds two. */
function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const c = word.charCodeAt(n - 2);
  return c === 0x2019 || c === 39;
}

/** The words of a run, split at single spaces and no-break spaces (a char scan: cheaper than a regex split). */
function splitAtSpaces(run: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === 32 || c === 0xa0) {
      words.push(run.slice(start, i));
      start = i + 1;
    }
  }
  words.push(run.slice(start));
  return words;
}

/** The person names in one multi-word run that starts at `start`, appended to `out`. */
function namesInRun(run: string, start: number, out: NameOccurrence[]): void {
  const words = splitAtSpaces(run);
  // Runs end after each possessive; each is read on its own, its offset counted from the words.
  let runStart = start;
  let from = 0;
  let length = -1;
  for (let to = 1; to <= words.length; to++) {
    length += words[to - 1]!.length + 1;
    if (to < words.length && !isPossessive(words[to - 1]!)) continue;
    let first = from;
    while (first < to && NOT_NAME_WORDS.has(words[first]!.toLowerCase())) first++;
    const name = to - first >= 2 ? bareName(words.slice(first, to)) : null;
    if (name && name.includes(' ') && !isOrganisation(name)) out.push({ name, start: runStart, end: runStart + length });
    runStart += length + 1;
    length = -1;
    from = to;
  }
}

export function indexNames(text: string): NameIndex {
  const runs: string[] = [];
  const runStarts: number[] = [];
  NAME_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_RUN.exec(text)) !== null) {
    const match = m[0];
    // A single capitalised word is never a full name; most runs are just that (sentence starts).
    if (match.indexOf(' ') < 0 && match.indexOf('\u00a0') < 0) continue;
    runs.push(match);
    runStarts.push(m.index);
  }
  return { runs, runStarts, occurrences: null, fullNames: new Map() };
}

/** Every multi-word person name in the text, in text order. */
export function nameOccurrences(index: NameIndex): readonly NameOccurrence[] {
  if (index.occurrences) return index.occurrences;
  const out: NameOccurrence[] = [];
  for (let r = 0; r < index.runs.length; r++) namesInRun(index.runs[r]!, index.runStarts[r]!, out);
  return (index.occurrences = out);
}

function surnameOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** The most frequent full name with this last word (the first to occur of equally frequent ones), or null. */
function fullNameOf(index: NameIndex, surname: string): string | null {
  const known = index.fullNames.get(surname);
  if (known !== undefined) return known;
  // A name's last word is in its run: only runs holding the surname are read.
  const found: NameOccurrence[] = [];
  for (let r = 0; r < index.runs.length; r++) if (index.runs[r]!.includes(surname)) namesInRun(index.runs[r]!, index.runStarts[r]!, found);
  const counts = new Map<string, number>();
  for (const o of found) if (surnameOf(o.name) === surname) counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [name, n] of counts) {
    if (n > most) {
      best = name;
      most = n;
    }
  }
  index.fullNames.set(surname, best);
  return best;
}

/** The full name a bare surname (or short name) stands for in this article, or the name itself. */
export function expandName(index: NameIndex, name: string): string {
  // "Hillary Clinton" stays itself even when "Bill Clinton" is more frequent; a longer form with the same
  // first name ("Hillary Rodham Clinton") is not preferred either: the shorter form is what readers know.
  if (name.lastIndexOf(' ') >= 0) return name;
  return fullNameOf(index, name) ?? name;
}
