import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareName } from '../../../electron/engine/attribute/mention';
import { expandName, indexNames, isOrganisation, NAME_RUN, nameOccurrences, type NameOccurrence } from '../../../electron/engine/speakers/names';

describe('indexNames', () => {
  const text = 'Secretary of State Marco Rubio met Sergei Lavrov. Rubio said little. The White House agreed. Mr Putin’s adviser Yuri Ushakov spoke.';
  const index = indexNames(text);

  it('collects multi-word person names without titles or possessives', () => {
    expect(nameOccurrences(index).map((o) => o.name)).toEqual(['Marco Rubio', 'Sergei Lavrov', 'Yuri Ushakov']);
    for (const o of nameOccurrences(index)) expect(text.slice(o.start, o.end)).toContain(o.name.split(' ')[1]);
  });

  it('expands a surname to the full name and leaves others alone', () => {
    expect(expandName(index, 'Rubio')).toBe('Marco Rubio');
    expect(expandName(index, 'Smith')).toBe('Smith');
    expect(expandName(index, 'Hillary Clinton')).toBe('Hillary Clinton');
  });

  it('tells organisations from people', () => {
    expect(isOrganisation('White House')).toBe(true);
    expect(isOrganisation('The New York Times')).toBe(true);
    expect(isOrganisation('Yuri Ushakov')).toBe(false);
  });
});

const NOT_NAME_WORDS = new Set(['the', 'he', 'mr', 'of', 'monday', 'it’s']);

/**
 * The eager index the lazy one replaced (every run read into names, then grouped by surname, most frequent
 * first), with the same word lists cut down to those the generated texts use.
 */
function referenceIndex(text: string): { occurrences: NameOccurrence[]; bySurname: Map<string, string[]> } {
  const occurrences: NameOccurrence[] = [];
  const counts = new Map<string, number>();
  const re = new RegExp(NAME_RUN.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const words = m[0].split(/[ \u00a0]/);
    if (words.length < 2) continue;
    let runStart = m.index;
    let from = 0;
    let length = -1;
    for (let to = 1; to <= words.length; to++) {
      length += words[to - 1]!.length + 1;
      if (to < words.length && !/['’]s$/.test(words[to - 1]!)) continue;
      let first = from;
      while (first < to && NOT_NAME_WORDS.has(words[first]!.toLowerCase())) first++;
      const name = to - first >= 2 ? bareName(words.slice(first, to)) : null;
      if (name && name.includes(' ') && !isOrganisation(name)) {
        occurrences.push({ name, start: runStart, end: runStart + length });
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      runStart += length + 1;
      length = -1;
      from = to;
    }
  }
  const bySurname = new Map<string, string[]>();
  for (const name of counts.keys()) {
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), name]);
  }
  for (const list of bySurname.values()) list.sort((x, y) => counts.get(y)! - counts.get(x)!);
  return { occurrences, bySurname };
}

describe('indexNames: read as asked', () => {
  const word = fc.constantFrom('Marco', 'Rubio', 'Rubio’s', "Rubio's", 'Ana', 'Peña', 'Mr.', 'Mr', 'The', 'He', 'de', 'van', 'Gaulle', 'Ford', 'Rubios', 'CNN', 'House', 'Secretary', 'of', 'State', 'said', 'met', 'Monday', 'It’s', 'J.', 'Jr.', 'O’Neil', 'Ford-Rubio');
  const gap = fc.constantFrom(' ', ' ', ' ', '\u00a0', ', ', '. ', '\n', '  ');
  const text = fc.array(fc.tuple(word, gap), { maxLength: 40 }).map((parts) => parts.map(([w, g]) => w + g).join(''));

  it('gives the eager index’s occurrences and full names for every surname', () => {
    fc.assert(
      fc.property(text, fc.array(word, { maxLength: 4 }), (t, asked) => {
        const want = referenceIndex(t);
        const index = indexNames(t);
        // Surnames asked before and after the occurrences are read: either order gives the same answers.
        for (const s of asked) expect(expandName(index, s)).toBe(want.bySurname.get(s)?.[0] ?? s);
        expect(nameOccurrences(index)).toEqual(want.occurrences);
        for (const s of [...asked, ...want.bySurname.keys()]) expect(expandName(index, s)).toBe(want.bySurname.get(s)?.[0] ?? s);
      }),
      { numRuns: 3000 },
    );
  });
});
