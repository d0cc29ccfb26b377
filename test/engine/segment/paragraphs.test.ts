import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../electron/engine/segment/paragraphs';

describe('splitParagraphs', () => {
  it('splits at every line break, trims, and skips blank lines', () => {
    const text = '  Title \n\nFirst para.\r\nSecond para.  \n \n';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Title', 'First para.', 'Second para.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\t\n')).toEqual([]);
  });
});
