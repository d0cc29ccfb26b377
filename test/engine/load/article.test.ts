import { describe, expect, it } from 'vitest';
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
