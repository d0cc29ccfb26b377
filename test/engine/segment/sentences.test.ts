import { describe, expect, it } from 'vitest';
import { isClosingMark, splitSentences } from '../../../electron/engine/segment/sentences';

const split = (text: string, masked: { start: number; end: number }[] = []) =>
  splitSentences(text, { start: 0, end: text.length }, masked).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at full stops followed by a capital', () => {
    expect(split('The vote failed. Mr. Smith left. He said no.')).toEqual(['The vote failed.', 'Mr. Smith left.', 'He said no.']);
  });

  it('keeps initials and abbreviations inside a sentence', () => {
    expect(split('John F. Kennedy visited the U.S. Senate on Jan. 5 with Sen. Ross.')).toHaveLength(1);
  });

  it('splits after an abbreviation when a sentence plainly starts', () => {
    expect(split('He lives in Washington, D.C. He said so.')).toEqual(['He lives in Washington, D.C.', 'He said so.']);
  });

  it('ignores full stops inside masked quotations but ends after a quote that ends its sentence', () => {
    const text = '“We left. We came back,” she said. “Go home.” He left.';
    const first = { start: 1, end: 22 };
    const second = { start: text.indexOf('Go'), end: text.indexOf('home.') + 5 };
    expect(split(text, [first, second])).toEqual(['“We left. We came back,” she said.', '“Go home.”', 'He left.']);
  });
});

describe('isClosingMark', () => {
  it('is the character class ["”’\'»)\\]] on every code unit', () => {
    for (let code = 0; code < 0x10000; code++) expect(isClosingMark(code), `U+${code.toString(16)}`).toBe(/["”’'»)\]]/.test(String.fromCharCode(code)));
  });
});
