import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareName } from '../../../electron/engine/attribute/mention';
import { endsRuns, expandName, indexNames, isOrganisation, NAME_RUN, namesNear, type NameOccurrence } from '../../../electron/engine/speakers/names';

describe('indexNames', () => {
  const text = 'Secretary of State Marco Rubio met Sergei Lavrov. Rubio said little. The White House agreed. Mr Putin’s adviser Yuri Ushakov spoke.';
  const index = indexNames(text);

  it('collects multi-word person names without titles or possessives', () => {
    expect(namesNear(index, 0, text.length).map((o) => o.name)).toEqual(['Marco Rubio', 'Sergei Lavrov', 'Yuri Ushakov']);
    for (const o of namesNear(index, 0, text.length)) expect(text.slice(o.start, o.end)).toContain(o.name.split(' ')[1]);
    // Names near a stretch: those starting in it, with perhaps some before it.
    expect(namesNear(index, 100, 200).map((o) => o.name)).toContain('Yuri Ushakov');
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
  const word = fc.constantFrom('Marco', 'Rubio', 'Rubio’s', "Rubio's", 'Ana', 'Peña', 'Mr.', 'Mr', 'The', 'He', 'de', 'van', 'Gaulle', 'Ford', 'Rubios', 'CNN', 'House', 'Secretary', 'of', 'State', 'said', 'met', 'Monday', 'It’s', 'J.', 'Jr.', 'O’Neil', 'Ford-Rubio', 'xRubio', 'Rubio2');
  const gap = fc.constantFrom(' ', ' ', ' ', '\u00a0', ', ', '. ', '\n', '  ', '-', '’', '(', '7');
  const text = fc.array(fc.tuple(word, gap), { maxLength: 40 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
  const ask = fc.oneof(word.map((surname) => ({ surname })), fc.tuple(fc.nat(400), fc.nat(400)).map(([from, length]) => ({ from, to: from + length })));

  it('gives the eager index’s full names, and the names near a stretch, asked in any order', () => {
    fc.assert(
      fc.property(text, fc.array(ask, { maxLength: 8 }), (t, asks) => {
        const want = referenceIndex(t);
        const index = indexNames(t);
        for (const a of [...asks, ...[...want.bySurname.keys()].map((surname) => ({ surname })), { from: 0, to: t.length }]) {
          if ('surname' in a) {
            expect(expandName(index, a.surname)).toBe(want.bySurname.get(a.surname)?.[0] ?? a.surname);
            continue;
          }
          const near = namesNear(index, a.from, a.to);
          // Real occurrences, in text order, and every one that starts in the stretch.
          let last = -1;
          for (const o of near) {
            expect(want.occurrences).toContainEqual(o);
            expect(o.start).toBeGreaterThan(last);
            last = o.start;
          }
          for (const o of want.occurrences) if (o.start >= a.from && o.start < a.to) expect(near).toContainEqual(o);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('ends runs at exactly the characters no part of the pattern matches', () => {
    // NAME_RUN's classes together: capitals, word letters and joiners, the initial's full stop, the two
    // spaces; its particles are lower-case letters.
    const inRuns = /[A-Za-zÀ-ÖØ-öø-ÿ’'. \u00a0-]/;
    for (let code = 0; code < 0x10000; code++) expect(endsRuns(code), `U+${code.toString(16)}`).toBe(!inRuns.test(String.fromCharCode(code)));
  });

  it('reads every name once where no character near a stretch ends runs', () => {
    const t = 'Ann Lee Met Bo Day. '.repeat(200);
    const index = indexNames(t);
    const near = namesNear(index, t.length - 10, t.length);
    expect(near).toEqual(referenceIndex(t).occurrences);
    expect(namesNear(index, 0, 10)).toBe(near);
  });
});
