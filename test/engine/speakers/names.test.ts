import { describe, expect, it } from 'vitest';
import { expandName, indexNames, isOrganisation } from '../../../electron/engine/speakers/names';

describe('indexNames', () => {
  const text = 'Secretary of State Marco Rubio met Sergei Lavrov. Rubio said little. The White House agreed. Mr Putin’s adviser Yuri Ushakov spoke.';
  const index = indexNames(text);

  it('collects multi-word person names without titles or possessives', () => {
    expect(index.occurrences.map((o) => o.name)).toEqual(['Marco Rubio', 'Sergei Lavrov', 'Yuri Ushakov']);
    for (const o of index.occurrences) expect(text.slice(o.start, o.end)).toContain(o.name.split(' ')[1]);
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
