import { describe, expect, it } from 'vitest';
import { mergeNames } from '../../../electron/engine/speakers/merge';

const merge = (counts: Record<string, number>) => Object.fromEntries(mergeNames(new Map(Object.entries(counts))));

describe('mergeNames', () => {
  it('merges transliteration variants of one person', () => {
    expect(merge({ 'Sergei Lavrov': 3, 'Sergey Lavrov': 1 })).toEqual({ 'Sergei Lavrov': 'Sergei Lavrov', 'Sergey Lavrov': 'Sergei Lavrov' });
    expect(merge({ 'Dmitry Peskov': 1, 'Dmitri Peskov': 2 })['Dmitry Peskov']).toBe('Dmitri Peskov');
  });

  it('merges spellings with and without accents, bare surnames too', () => {
    const m = merge({ 'Felipe Calderón': 3, 'Felipe Calderon': 1, Calderon: 2 });
    expect(m).toEqual({ 'Felipe Calderón': 'Felipe Calderón', 'Felipe Calderon': 'Felipe Calderón', Calderon: 'Felipe Calderón' });
    expect(merge({ 'José Núñez': 1, 'Jose Nunez': 2 })['José Núñez']).toBe('Jose Nunez');
    expect(merge({ 'Ana Peña': 1, 'Luis Peña': 1 })['Ana Peña']).toBe('Ana Peña');
  });

  it('never merges different people who share a surname', () => {
    const m = merge({ 'Donald Trump': 5, 'Ivanka Trump': 2, Trump: 4 });
    expect(m['Ivanka Trump']).toBe('Ivanka Trump');
    expect(m['Donald Trump']).toBe('Donald Trump');
    expect(m.Trump).toBe('Trump'); // ambiguous bare surname stays alone
  });

  it('joins a bare surname to the one person who has it, and leaves descriptions alone', () => {
    expect(merge({ Rubio: 1, 'Marco Rubio': 1 }).Rubio).toBe('Marco Rubio');
    expect(merge({ 'a spokesman for Disney': 1, 'the spokesman for Disney': 1 })['a spokesman for Disney']).toBe('a spokesman for Disney');
  });
});
