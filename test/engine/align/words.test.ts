import { describe, expect, it } from 'vitest';
import { tokenizePart } from '../../../electron/engine/align/tokens';
import { alignWords } from '../../../electron/engine/align/words';
import { WordNetSynonyms } from '../../../electron/engine/align/wordnet';

const tok = (s: string) => tokenizePart(s, 0);

describe('alignWords', () => {
  it('matches an excerpt where it stands, not word by word from scattered places', () => {
    const a = tok('I am strongly pro-life and I am not pro-gay marriage');
    const b = tok('I am not pro-gay marriage');
    const m = alignWords(a, b, { synonyms: null });
    expect(m.map((x) => x.a)).toEqual([6, 7, 8, 9, 10, 11]);
  });

  it('grades matches: spelling variant, truncation, other form', () => {
    const m = alignWords(tok('the colour of the laws of Hillary Clinton'), tok('the color of the law of Hillary Clinto'), { synonyms: null });
    const kinds = Object.fromEntries(m.map((x) => [x.a, x.kind]));
    expect(kinds[1]).toBe('spelling');
    expect(kinds[4]).toBe('inflection');
    expect(kinds[7]).toBe('truncated');
  });

  it('does not treat a real word as a cut-off one', () => {
    const m = alignWords(tok('if Kyiv does not participate'), tok('if Kyiv does not take part'), { synonyms: null });
    expect(m.some((x) => x.kind === 'truncated')).toBe(false);
  });

  it('matches transliterated names', () => {
    const m = alignWords(tok('it looks like Moammar Gadhafi is winning'), tok('it looks like Muammar al-Qaddafi is winning'), { synonyms: null });
    expect(m.filter((x) => x.kind === 'spelling')).toHaveLength(2);
  });

  it('matches WordNet synonyms only when asked to', () => {
    const a = tok('missions that are able to function normally');
    const b = tok('missions which are capable of operate usually');
    expect(alignWords(a, b, { synonyms: null }).some((x) => x.kind === 'synonym')).toBe(false);
    const kinds = alignWords(a, b, { synonyms: new WordNetSynonyms() }).filter((x) => x.kind === 'synonym');
    expect(kinds.length).toBeGreaterThanOrEqual(3);
  });

  it('drops a lone function word matched far from the rest', () => {
    const m = alignWords(tok('I do. He was the most valuable player. He was the founder.'), tok('I do. He was the most valuable player. I give him the award'), { synonyms: null });
    expect(m.at(-1)!.a).toBe(7);
  });
});

describe('alignWords on very long versions', () => {
  it('stays fast and still finds the shared words', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i % 997}`).join(' ');
    const a = tok(words);
    const half = words.split(' ');
    const b = tok(`prefix ${half.slice(0, 1500).join(' ')} inserted ${half.slice(1500).join(' ')} suffix`);
    const t0 = performance.now();
    const m = alignWords(a, b, { synonyms: null });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(m.length).toBeGreaterThan(2900);
  });
});
