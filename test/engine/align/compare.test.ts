import { describe, expect, it } from 'vitest';
import { compareTokens, worse } from '../../../electron/engine/align/compare';
import { tokenizePart } from '../../../electron/engine/align/tokens';
import { WordNetSynonyms } from '../../../electron/engine/align/wordnet';

const wn = new WordNetSynonyms();
const cmp = (ref: string, ver: string) => compareTokens(tokenizePart(ref, 0), tokenizePart(ver, 0), wn);
const wording = (ref: string, ver: string) => cmp(ref, ver).wording;

describe('compareTokens: wording class', () => {
  it('identical: case, quote marks, apostrophes and surrounding punctuation aside', () => {
    expect(wording('We will build the bridge this year.', '‘we will build the bridge this year,')).toBe('identical');
    expect(wording("I'd like to see it", 'I’d like to see it')).toBe('identical');
  });

  it('cosmetic: inner punctuation, spelling, numerals, hyphenation, contractions, titles, compounds', () => {
    expect(wording('the harbour was full - of boats', 'the harbor was full — of boats')).toBe('cosmetic');
    expect(wording('three ships left', '3 ships left')).toBe('cosmetic');
    expect(wording('a third-rate plan', 'a third rate plan')).toBe('cosmetic');
    expect(wording('We have got to act now', 'We’ve got to act now')).toBe('cosmetic');
    expect(wording('Sen. Pike agrees with that', 'Senator Pike agrees with that')).toBe('cosmetic');
    expect(wording('protect our workforce', 'protect our work force')).toBe('cosmetic');
    expect(wording('what the hell is going on', 'what the h*** is going on')).toBe('cosmetic');
    expect(wording('Hillary lied to the FBI many times', 'Hillary lied to the F.B.I. many times')).toBe('cosmetic');
    expect(wording('Felipe Calderón was there', 'Felipe Calderon was there')).toBe('cosmetic');
  });

  it('partial: excerpts, ellipses, bracketed insertions, words cut off', () => {
    expect(wording('The plan is good. We will fund it next year.', 'We will fund it next year.')).toBe('partial');
    expect(wording('The plan is good and we will fund it.', 'The plan is good … we will fund it.')).toBe('partial');
    expect(wording('not Bill, nobody', 'not Bill [Clinton], nobody')).toBe('partial');
    expect(wording('more qualified than Hillary Clinton to serve', 'more qualified than Hillary Clinto')).toBe('partial');
  });

  it('reworded: substitutions, insertions and reordering inside the shared words', () => {
    expect(wording('we have come a long way this year', 'we have come a pretty long way this year')).toBe('reworded');
    expect(wording('open the government now', 'open up government now')).toBe('reworded');
    expect(wording('a lot of coal miners and coal companies out of work', 'a lot of coal companies and coal miners out of work')).toBe('reworded');
    expect(wording('Though the people, maybe', 'Although the people, maybe')).toBe('reworded');
    expect(wording('a big beneficiary of the laws. But now', 'a big beneficiary of the law.')).toBe('reworded');
  });
});

describe('compareTokens: changes', () => {
  it('labels substitutions as synonyms when WordNet says so', () => {
    const c = cmp('his country will never accept it', 'his nation will never accept it');
    expect(c.changes).toEqual([expect.objectContaining({ kind: 'synonym', refFrom: 1, verFrom: 1 })]);
  });

  it('shows a word replaced by a phrase as one substitution, a synonym when WordNet has the phrase', () => {
    const c = cmp('the drones came overnight and most were shot down', 'the drones came in a single day and most were shot down');
    expect(c.changes).toEqual([expect.objectContaining({ kind: 'changed', refFrom: 3, refTo: 4, verFrom: 3, verTo: 7 })]);
    const d = cmp('if Kyiv does not participate in the talks', 'if Kyiv does not take part in the talks');
    expect(d.changes).toEqual([expect.objectContaining({ kind: 'synonym' })]);
  });

  it('places inserted and omitted words before, inside or after the shared words', () => {
    const c = cmp('we need strong leadership in this country', 'Frankly, we need strong leadership');
    expect(c.changes.map((x) => [x.kind, x.place])).toEqual([
      ['inserted', 'start'],
      ['omitted', 'end'],
    ]);
  });

  it('orders the classes', () => {
    expect(worse('cosmetic', 'partial')).toBe('partial');
    expect(worse('reworded', 'identical')).toBe('reworded');
  });
});
