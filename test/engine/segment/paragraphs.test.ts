import { describe, expect, it } from 'vitest';
import { segment } from '../../../electron/engine/segment';
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

describe('segment', () => {
  it('leaves out paragraphs the loader marked as furniture', () => {
    const text = 'Story line one.\nRead more: “Other story,” he said\nStory line two.';
    const start = text.indexOf('Read');
    const end = text.indexOf('\nStory line two');
    const article = { id: 'a', path: 'a', name: 'a', title: 'a', text, wordCount: 0, encoding: 'utf-8', byteLength: 0, furniture: [{ start, end, kind: 'furniture' as const }] };
    expect(segment(article).paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Story line one.', 'Story line two.']);
  });
});
