import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleId, countWords, makeArticle, titleOf } from '../../../electron/engine/load/article';

describe('countWords', () => {
  it('counts hyphenated, dotted and apostrophised words once', () => {
    expect(countWords('U.S.-Russia talks won’t end, said Mr. Smith.')).toBe(7);
    expect(countWords('')).toBe(0);
    expect(countWords('  \n\n ')).toBe(0);
  });
});

describe('titleOf', () => {
  it('is the first non-empty line', () => {
    expect(titleOf('\n\n  Talks resume \nBody', 'a.txt')).toBe('Talks resume');
  });

  it('falls back to the file name without extension', () => {
    expect(titleOf('   \n', 'meeting-notes.txt')).toBe('meeting-notes');
  });

  it('shortens a very long first line at a word boundary', () => {
    const title = titleOf(`${'word '.repeat(60)}end`, 'a.txt');
    expect(title.length).toBeLessThanOrEqual(161);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('makeArticle', () => {
  it('builds the record with a stable id', () => {
    const a = makeArticle({ path: '/x/a.txt', name: 'a.txt', text: 'Title\nOne two.', encoding: 'utf-8', byteLength: 14 });
    expect(a).toMatchObject({ path: '/x/a.txt', name: 'a.txt', title: 'Title', wordCount: 3, encoding: 'utf-8' });
    expect(a.id).toBe(articleId('a.txt', 'Title\nOne two.'));
    expect(a.id).toMatch(/^a_[0-9a-f]{12}$/);
  });
});

describe('countWords against the word pattern it implements', () => {
  const WORD = /[\p{L}\p{N}]+(?:['’\-.]+[\p{L}\p{N}]+)*/gu;
  const byRegex = (text: string): number => [...text.matchAll(WORD)].length;

  it('agrees on mixed scripts, joiners and surrogate pairs', () => {
    for (const text of ["rock'n'roll -- a.b. c...d x- -y", 'Ünïcödé 𝒳𝒴 z 😀 12.5% ٣٤ 日本語 a’b’', '\ud800a b\udc00', '.-’\'']) {
      expect(countWords(text)).toBe(byRegex(text));
    }
  });

  it('agrees on any text', () => {
    const pieces = fc.constantFrom('a', 'Z', '7', 'é', '日', '𝒳', '😀', "'", '’', '-', '.', ' ', '\n', ',', '\ud800', '\udc00', '٣');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => countWords(parts.join('')) === byRegex(parts.join(''))), { numRuns: 2000 });
  });

  it('agrees on arbitrary code units', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(countWords(text)).toBe(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('titleOf against the split it replaced', () => {
  /** The first non-blank of the first 50 lines, as splitting found it before the line reader. */
  const bySplit = (text: string, fileName: string): string => {
    const line = text.split(/\r\n|\r|\n/, 50).map((l) => l.trim()).find((l) => l.length > 0);
    if (!line) return fileName.replace(/\.[^.]+$/, '');
    if (line.length <= 160) return line;
    const cut = line.lastIndexOf(' ', 160);
    return `${line.slice(0, cut > 80 ? cut : 160)}…`;
  };

  it('gives the same title on any text', () => {
    const pieces = fc.constantFrom('Title', 'word ', ' ', '\t', '\u00a0', '\u2028', '\n', '\r', '\r\n', '\n\r', 'x'.repeat(90));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 70 }), (parts) => {
        const text = parts.join('');
        expect(titleOf(text, 'a.txt')).toBe(bySplit(text, 'a.txt'));
      }),
      { numRuns: 3000 },
    );
    const blank = `${'\n'.repeat(49)}late title`;
    expect(titleOf(blank, 'a.txt')).toBe(bySplit(blank, 'a.txt'));
    expect(titleOf(`${blank}\n`, 'b.md')).toBe('late title');
    expect(titleOf(`\n${blank}`, 'b.md')).toBe('b');
  });
});
