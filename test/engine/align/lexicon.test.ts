import { describe, expect, it } from 'vitest';
import { cosmeticKey, expandContraction, STOPWORDS } from '../../../electron/engine/align/lexicon';

describe('cosmeticKey', () => {
  it('maps British spellings to American ones', () => {
    for (const [uk, us] of [
      ['colour', 'color'],
      ['favourable', 'favorable'],
      ['organisation', 'organization'],
      ['analyse', 'analyze'],
      ['centre', 'center'],
      ['travelled', 'traveled'],
      ['defence', 'defense'],
      ['programme', 'program'],
    ]) {
      expect(cosmeticKey(uk!)).toBe(cosmeticKey(us!));
    }
  });

  it('does not join different short words', () => {
    expect(cosmeticKey('four')).not.toBe(cosmeticKey('for'));
    expect(cosmeticKey('hour')).toBe('hour');
  });

  it('maps number words to numerals and titles to their full form', () => {
    expect(cosmeticKey('three')).toBe('3');
    expect(cosmeticKey('twenty')).toBe('20');
    expect(cosmeticKey('sen')).toBe('senator');
  });

  it('is safe on words that are also object properties', () => {
    expect(cosmeticKey('constructor')).toBe('constructor');
    expect(expandContraction("constructor's")).toBeNull();
  });
});

describe('STOPWORDS', () => {
  it('keeps negations as content words', () => {
    expect(STOPWORDS.has('the')).toBe(true);
    expect(STOPWORDS.has('not')).toBe(false);
    expect(STOPWORDS.has('never')).toBe(false);
  });
});
