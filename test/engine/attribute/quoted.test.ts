import { describe, expect, it } from 'vitest';
import { attributionAfter, attributionBefore, looksLikeTitle, sentenceSubject } from '../../../electron/engine/attribute/quoted';
import { tokenize } from '../../../electron/engine/attribute/tokens';

const toks = (text: string) => tokenize(text, 0, text.length, [], 0);
const words = (t: ReturnType<typeof toks>, r: { from: number; to: number }) => t.slice(r.from, r.to).map((x) => x.text).join(' ');

describe('attributionAfter', () => {
  it('reads `he said`, `said X`, a dash, and a learned verb', () => {
    const a = toks(', he said.');
    expect(words(a, attributionAfter(a, 0, a.length, true)!.source)).toBe('he');
    const b = toks(', said Sen. Ted Cruz of Texas.');
    expect(words(b, attributionAfter(b, 0, b.length, true)!.source)).toBe('Sen. Ted Cruz of Texas');
    const c = toks('— Councillor Amir Saleh');
    expect(attributionAfter(c, 0, c.length, false)).toMatchObject({ confidence: 0.8 });
    const d = toks(', she ventured.');
    expect(attributionAfter(d, 0, d.length, true)!.cue.learned).toBe(true);
    expect(attributionAfter(d, 0, d.length, false)).toBeNull();
  });

  it('ignores a cue that belongs to a later clause', () => {
    const t = toks('while a German aide called it');
    expect(attributionAfter(t, 0, t.length, false)).toBeNull();
  });
});

describe('attributionBefore', () => {
  it('reads the nearest cue before a quotation and colon introductions', () => {
    const a = toks('Ushakov said it was');
    expect(words(a, attributionBefore(a, 0, a.length, 0)!.source)).toBe('Ushakov');
    const b = toks('Bernie Sanders:');
    expect(attributionBefore(b, 0, b.length, 0)).toMatchObject({ confidence: 0.7 });
  });

  it('gives a participle the sentence’s subject', () => {
    const t = toks('Trump shot back in a statement, saying he');
    const r = attributionBefore(t, 0, t.length - 1, 0)!;
    expect(words(t, r.source)).toBe('Trump');
  });
});

describe('sentenceSubject', () => {
  it('skips an opening adverbial', () => {
    const t = toks('On Monday, the White House officials announced a plan');
    expect(words(t, sentenceSubject(t, 0, t.length)!)).toBe('the White House officials');
  });
});

describe('looksLikeTitle', () => {
  it('recognises short title-case names of works', () => {
    expect(looksLikeTitle('Face the Nation')).toBe(true);
    expect(looksLikeTitle('An American Son.')).toBe(true);
    expect(looksLikeTitle('we will win')).toBe(false);
    expect(looksLikeTitle('We will win the whole thing, believe me')).toBe(false);
  });
});
