import { describe, expect, it } from 'vitest';
import { genderOf, resolvePronoun, type Antecedent } from '../../../electron/engine/speakers/pronouns';

const a = (name: string, start: number, speaker: boolean, mention = name): Antecedent => ({ name, start, speaker, gender: genderOf(mention, name) });

describe('resolvePronoun', () => {
  it('prefers the latest nearby speaker over a merely named person', () => {
    expect(resolvePronoun('he', 80, [a('Marco Rubio', 0, true)], [a('Sergei Lavrov', 50, false)])).toBe('Marco Rubio');
  });

  it('skips people of the other gender and organisations', () => {
    const speakers = [a('Anna White', 0, true, 'Ms. White'), a('White House', 30, true)];
    const named = [a('Tom Hadley', 40, false)];
    expect(resolvePronoun('she', 60, speakers, named)).toBe('Anna White');
    expect(resolvePronoun('he', 60, speakers, named)).toBe('Tom Hadley');
    expect(resolvePronoun("he'd", 60, speakers, named)).toBe('Tom Hadley');
  });

  it('leaves plural and impersonal pronouns unresolved', () => {
    expect(resolvePronoun('they', 60, [a('Tom Hadley', 0, true)], [])).toBeNull();
  });
});
