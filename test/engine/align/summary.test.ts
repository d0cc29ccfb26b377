import { describe, expect, it } from 'vitest';
import { compareTokens } from '../../../electron/engine/align/compare';
import { summarise } from '../../../electron/engine/align/summary';
import { tokenizePart } from '../../../electron/engine/align/tokens';
import { WordNetSynonyms } from '../../../electron/engine/align/wordnet';

const wn = new WordNetSynonyms();
function line(ref: string, ver: string): string {
  const r = tokenizePart(ref, 0);
  const v = tokenizePart(ver, 0);
  const c = compareTokens(r, v, wn);
  return summarise(r, v, c.changes, c.wording);
}

describe('summarise', () => {
  it('lists substitutions and where words were added', () => {
    expect(line('need to have missions that are able to work normally', 'need to have missions that are capable to work usually in every country we know')).toBe(
      '2 words substituted (able→capable, normally→usually), all synonyms; 5 words added at the end.',
    );
  });

  it('counts a contraction as one word', () => {
    expect(line('to have missions that work', 'We’re going to have missions that work')).toBe('2 words added at the start.');
  });

  it('names spelling variants, punctuation and marked cuts', () => {
    expect(line('the colour of the sea, he said', 'the color of the sea he said')).toBe(
      '1 spelling variant (colour→color); punctuation differs in 1 place.',
    );
    expect(line('it is good and we will pay for it', 'it is good … we will pay for it')).toBe('1 word left out inside (marked by an ellipsis).');
  });

  it('says when nothing differs', () => {
    expect(line('it is good', 'It is good.')).toBe('Same words as the reference.');
  });
});
