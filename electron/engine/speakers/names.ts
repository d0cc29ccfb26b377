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

export interface NameIndex {
  /** Every multi-word name occurrence, in text order. */
  readonly occurrences: readonly NameOccurrence[];
  /** Full names by their last word, most frequent first. */
  readonly bySurname: ReadonlyMap<string, readonly string[]>;
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

export function isOrganisation(name: string): boolean {
  const words = name.split(' ');
  const last = words[words.length - 1]!.toLowerCase();
  return ORGANISATION_WORDS.has(last) || /^[A-Z]{2,}$/.test(words[words.length - 1]!);
}

function splitAtPossessive(words: string[]): string[][] {
  const out: string[][] = [[]];
  for (const w of words) {
    out[out.length - 1]!.push(w);
    if (/[’']s$/u.test(w)) out.push([]);
  }
  return out.filter((run) => run.length > 0);
}

export function indexNames(text: string): NameIndex {
  const occurrences: NameOccurrence[] = [];
  const counts = new Map<string, number>();
  NAME_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_RUN.exec(text)) !== null) {
    // A single capitalised word is never a full name; most runs are just that (sentence starts).
    if (m[0].indexOf(' ') < 0 && m[0].indexOf('\u00a0') < 0) continue;
    const words = m[0].split(/[ \u00a0]/);
    let offset = m.index;
    for (const run of splitAtPossessive(words)) {
      const runStart = offset;
      offset += run.join(' ').length + 1;
      let i = 0;
      while (i < run.length && NOT_NAME_WORDS.has(run[i]!.toLowerCase())) i++;
      const kept = run.slice(i);
      const name = kept.length >= 2 ? bareName(kept) : null;
      if (!name || !name.includes(' ') || isOrganisation(name)) continue;
      occurrences.push({ name, start: runStart, end: runStart + run.join(' ').length });
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const bySurname = new Map<string, string[]>();
  for (const name of counts.keys()) {
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    const list = bySurname.get(surname) ?? [];
    list.push(name);
    bySurname.set(surname, list);
  }
  for (const list of bySurname.values()) list.sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0));
  return { occurrences, bySurname };
}

/** The full name a bare surname (or short name) stands for in this article, or the name itself. */
export function expandName(index: NameIndex, name: string): string {
  const words = name.split(' ');
  const surname = words[words.length - 1]!;
  const candidates = index.bySurname.get(surname);
  if (!candidates || candidates.length === 0) return name;
  if (words.length === 1) return candidates[0]!;
  // "Hillary Clinton" stays itself even when "Bill Clinton" is more frequent; a longer form with the same
  // first name ("Hillary Rodham Clinton") is not preferred either: the shorter form is what readers know.
  return name;
}
