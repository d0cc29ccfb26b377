import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countTokens, tokenize, tokenizePart } from '../../../electron/engine/align/tokens';

const keys = (text: string): string[] => tokenizePart(text, 0).map((t) => t.key);

describe('tokenizePart', () => {
  it('ignores case, apostrophe style and quote marks', () => {
    expect(keys('‘It’s TIME,’ she said')).toEqual(keys("'it's time,' she said"));
  });

  it('expands contractions so "we have" and "we’ve" are the same words', () => {
    expect(keys('We’ve got to go')).toEqual(keys('We have got to go'));
    expect(keys("won't")).toEqual(['will', 'not']);
    expect(tokenizePart('We’ve', 0).every((t) => t.contraction)).toBe(true);
  });

  it('splits hyphenated words and records the hyphen as punctuation', () => {
    const t = tokenizePart('third-grade theatrics', 0);
    expect(t.map((x) => x.key)).toEqual(['3rd', 'grade', 'theatrics']);
    expect(t[1]!.sep).toBe('-');
  });

  it('marks bracketed insertions, ellipses and nested quotations', () => {
    const t = tokenizePart('not Bill [Clinton], nobody … and ‘very careless’ indeed', 0);
    expect(t.find((x) => x.raw === 'Clinton')!.editorial).toBe(true);
    expect(t.find((x) => x.raw === 'and')!.afterEllipsis).toBe(true);
    expect(t.find((x) => x.raw === 'very')!.nested).toBe(true);
    expect(t.find((x) => x.raw === 'indeed')!.nested).toBe(false);
  });

  it('keeps an Arabic article with the name it belongs to', () => {
    const t = tokenizePart('now al-Qaddafi is', 0);
    expect(t.map((x) => x.key)).toEqual(['now', 'qaddafi', 'is']);
    expect(t[1]!.raw).toBe('al-Qaddafi');
    expect(t[1]!.proper).toBe(true);
  });

  it('marks censored words and a word cut off at the end', () => {
    const t = tokenizePart('what the f*** is going on', 0);
    expect(t[2]!.censored).toBe(true);
    expect(tokenizePart('more qualified than Hillary Clinto', 0).at(-1)!.cut).toBe(true);
    expect(tokenizePart('more qualified than Hillary Clinton.', 0).at(-1)!.cut).toBe(false);
  });

  it('gives offsets into the part text and numbers parts', () => {
    const t = tokenize(['If somebody tells you,', 'you do not have it']);
    expect(t[0]!.part).toBe(0);
    expect(t.at(-1)!.part).toBe(1);
    const first = t[1]!;
    expect('If somebody tells you,'.slice(first.start, first.end)).toBe('somebody');
  });

  it('is linear in practice on long texts', () => {
    const long = 'He said ‘yes’ — and then, [laughing] … '.repeat(2000);
    const t0 = performance.now();
    tokenizePart(long, 0);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('countTokens', () => {
  const pieces = ['We’ve', "don't", 'al-Qaddafi', 'al-', 'ad-Din', 'f***', 's---', '[censored]', '(can’t)', 'U.S.', '30,000', '3.5%', 'rock’n’roll', "let's", 'Zoë’s', 'l’amour', '—', ' - ', '“', '”', '...', 'said', 'it', '.', ',', 'ʼtwas', 'o´clock'];

  it('counts the tokens tokenizePart makes, without making them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), fc.array(fc.constantFrom(' ', '', '  '), { minLength: 16, maxLength: 16 }), (words, gaps) => {
        const text = words.map((w, i) => w + gaps[i]!).join('');
        expect(countTokens(text)).toBe(tokenizePart(text, 0).length);
      }),
    );
  });
});
