/**
 * The names an article mentions: runs of capitalised words with titles and sentence-initial function words
 * dropped, looked up by surname so "Rubio" or "Mr Rubio" can be expanded to "Marco Rubio".
 */
import { bareName } from '../attribute/mention';

export interface NameOccurrence {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * An article's names, read only where they are asked for. Most articles ask for the full names of two or
 * three surnames, which need only the runs holding them; a pronoun with no speaker near it asks for the
 * people named in the stretch before it. Scanning every capitalised run of every article, and reading
 * each into names, was most of the canonicalise stage.
 */
export interface NameIndex {
  readonly text: string;
  /** The full name asked for by each surname (null: none), once asked for. */
  readonly fullNames: Map<string, string | null>;
  /** Every multi-word name occurrence in text order, once needed (see `namesNear`). */
  all: readonly NameOccurrence[] | null;
}

// A capitalised word, then more capitalised words or name particles, each after one space. The separator
// is mandatory between repetitions, so the pattern cannot match one stretch in two ways (linear).
// Latin letters are spelled out: V8 runs explicit ranges much faster than \p{Lu}.
// Only short words keep a full stop (initials and abbreviations: "J.", "Jr."), so "Lavrov. Rubio" is two runs.
/** Name particles, the lower-case words a run may hold after its first ("Osama bin Laden", "Ludwig van Beethoven"). */
const PARTICLE_WORDS = ['bin', 'al', 'de', 'da', 'van', 'von', 'der', 'ibn', 'el', 'la', 'le', 'du', 'di'];
export const NAME_RUN = new RegExp(
  String.raw`[A-ZÀ-ÖØ-Þ](?:[a-z]{0,2}\.|[A-Za-zÀ-ÖØ-öø-ÿ’'-]*)(?:[ \u00a0](?:[A-ZÀ-ÖØ-Þ](?:[a-z]{0,2}\.|[A-Za-zÀ-ÖØ-öø-ÿ’'-]*)|${PARTICLE_WORDS.join('|')})(?=[ \u00a0,.;:!?)’'”"]|$))*`,
  'g',
);

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
  return { text, fullNames: new Map(), all: null };
}

/**
 * No run holds this character: it is neither a letter of the pattern, a full stop, an apostrophe, a hyphen
 * nor a space. A scan started where the whole scan is between runs (just after such a character, where a
 * run it found ends, or where no run holds the character before) finds the runs the whole scan would.
 */
export function endsRuns(code: number): boolean {
  if (code < 0x80) return !((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 32 || code === 39 || code === 45 || code === 46);
  return !((code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) || code === 0xa0 || code === 0x2019);
}

/** NAME_RUN's capitals, [A-ZÀ-ÖØ-Þ]: a run's words other than particles start with one. */
function isRunCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/** NAME_RUN's particles, the lower-case words a run may hold after its first. */
const PARTICLES: ReadonlySet<string> = new Set(PARTICLE_WORDS);

/**
 * The nearest place at or before `at` where the whole scan is between runs, looked for down to `limit`:
 * -1 if there is none above it, or `limit` itself when the caller knows the scan is between runs there
 * (`limitBetween`; 0 always is). Such a place follows a character that ends runs, or a space after a word
 * no run holds: a run's word before a space is a capitalised word or a particle, so a whole stretch of
 * word characters with no capital that is no particle ends any run before the space.
 */
function betweenRunsBefore(text: string, at: number, limit: number, limitBetween: boolean): number {
  let p = at;
  while (p > limit) {
    const c = text.charCodeAt(p - 1);
    if (endsRuns(c)) return p;
    if (c !== 32 && c !== 0xa0) {
      p--;
      continue;
    }
    let word = p - 1;
    let capital = false;
    while (word > limit) {
      const d = text.charCodeAt(word - 1);
      if (d === 32 || d === 0xa0 || endsRuns(d)) break;
      if (isRunCapital(d)) capital = true;
      word--;
    }
    // A stretch cut short by the limit is not known whole.
    if (word === limit && limit > 0) break;
    if (!capital && !PARTICLES.has(text.slice(word, p - 1))) return p;
    p = word;
  }
  return limit === 0 || limitBetween ? limit : -1;
}

/** How far back before a stretch a place between runs is looked for, before reading every run. */
const MAX_LOOK_BACK = 400;

/** Whether a run holds two or more words (only those can hold a full name). */
function isMultiWord(run: string): boolean {
  return run.indexOf(' ') >= 0 || run.indexOf('\u00a0') >= 0;
}

/** Every multi-word name occurrence in the text, in text order. */
function allNames(index: NameIndex): readonly NameOccurrence[] {
  if (index.all) return index.all;
  return (index.all = namesInRuns(index.text, 0, Infinity));
}

/** The multi-word name occurrences of the runs that start in [start, to), in text order; `start` is between runs. */
function namesInRuns(text: string, start: number, to: number): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  NAME_RUN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = NAME_RUN.exec(text)) !== null && m.index < to) if (isMultiWord(m[0])) namesInRun(m[0], m.index, out);
  return out;
}

/**
 * The multi-word name occurrences of the runs that overlap [from, to), in text order, with perhaps others
 * (the callers look at a stretch of text, and skip names outside it). Where no character shortly before
 * `from` ends runs, every run of the text is read, once, so the work stays linear in the text however
 * often this is asked.
 */
export function namesNear(index: NameIndex, from: number, to: number): readonly NameOccurrence[] {
  if (index.all) return index.all;
  const text = index.text;
  const at = Math.max(0, Math.min(from, text.length));
  const start = betweenRunsBefore(text, at, Math.max(0, at - MAX_LOOK_BACK), false);
  return start < 0 ? allNames(index) : namesInRuns(text, start, to);
}

/** The most frequent full name with this last word (the first to occur of equally frequent ones), or null. */
function fullNameOf(index: NameIndex, surname: string): string | null {
  const known = index.fullNames.get(surname);
  if (known !== undefined) return known;
  const text = index.text;
  // Only the runs that hold the surname are read, each found by a scan from a place where the whole scan
  // is between runs (see `betweenRunsBefore`), and never before `between` (0, the end of a run read, or a
  // place before the next run): it only moves forward, so the text is read once per surname at most.
  const found: NameOccurrence[] = [];
  let between = 0;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    // A full name's last word follows another word of its run, after a space: one that starts a run
    // (most bare surnames: "Rubio said", "said Rubio") is passed without reading the run.
    const before = text.charCodeAt(at - 1);
    if (at < between || (before !== 32 && before !== 0xa0)) continue;
    const start = betweenRunsBefore(text, at, between, true);
    if (start === at) continue;
    NAME_RUN.lastIndex = start;
    for (;;) {
      const m = NAME_RUN.exec(text);
      if (m === null || m.index > at) {
        // No run starts before this one (or the end): the whole scan is between runs up to it.
        between = m === null ? text.length : m.index;
        break;
      }
      between = NAME_RUN.lastIndex;
      if (isMultiWord(m[0]) && m[0].includes(surname)) namesInRun(m[0], m.index, found);
      if (between > at) break;
    }
  }
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

function surnameOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** The full name a bare surname (or short name) stands for in this article, or the name itself. */
export function expandName(index: NameIndex, name: string): string {
  // "Hillary Clinton" stays itself even when "Bill Clinton" is more frequent; a longer form with the same
  // first name ("Hillary Rodham Clinton") is not preferred either: the shorter form is what readers know.
  if (name.lastIndexOf(' ') >= 0) return name;
  return fullNameOf(index, name) ?? name;
}
