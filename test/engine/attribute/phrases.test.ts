import { describe, expect, it } from 'vitest';
import { isPlausibleSource, mentionKind, nameRun, subjectAfter, subjectBefore } from '../../../electron/engine/attribute/phrases';
import { tokenize } from '../../../electron/engine/attribute/tokens';

function before(text: string, cue: string): string | null {
  const t = tokenize(text, 0, text.length, [], 0);
  const k = t.findIndex((x) => x.text === cue);
  const r = subjectBefore(t, k, 0);
  return r ? text.slice(t[r.from]!.start, t[r.to - 1]!.end) : null;
}

describe('subjectBefore', () => {
  it('reads titles, modifiers and time phrases back to the source', () => {
    expect(before('Kremlin spokesman Dmitry Peskov said', 'said')).toBe('Kremlin spokesman Dmitry Peskov');
    expect(before('Peskov on Tuesday also said', 'said')).toBe('Peskov');
    expect(before('Gov. John Kasich (R-OH) said', 'said')).toBe('Gov. John Kasich');
  });

  it('steps over appositives and relative clauses', () => {
    expect(before('Marco Rubio, the secretary of state, said', 'said')).toBe('Marco Rubio');
    expect(before('Dmitriev, who leads the fund, told', 'told')).toBe('Dmitriev');
    expect(before('a spokeswoman, Anna White, said', 'said')).toBe('Anna White');
    expect(before('Jeb Bush, who announced', 'announced')).toBe('Jeb Bush');
  });

  it('stops at another cue and at pronouns', () => {
    expect(before('he said he asked', 'asked')).toBe('he');
  });
});

describe('subjectAfter, names and plausibility', () => {
  const t = tokenize('said a spokesman for the port authority, who', 0, 44, [], 0);
  it('reads an inverted source up to the relative clause', () => {
    const r = subjectAfter(t, 1, t.length)!;
    expect(t.slice(r.from, r.to).map((x) => x.text).join(' ')).toBe('a spokesman for the port authority');
    expect(mentionKind(t, r)).toBe('description');
    expect(isPlausibleSource(t, r)).toBe(true);
  });

  it('finds the name run inside a titled phrase', () => {
    const n = tokenize('Russian foreign minister Sergei Lavrov', 0, 38, [], 0);
    const run = nameRun(n, { from: 0, to: n.length })!;
    expect(n.slice(run.from, run.to).map((x) => x.text)).toEqual(['Sergei', 'Lavrov']);
  });
});
