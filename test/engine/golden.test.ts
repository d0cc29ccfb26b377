import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../electron/engine/analyze';
import type { Article } from '../../shared/types';

const DIR = join(import.meta.dirname, '../fixtures/engine');

function article(name: string): Article {
  const text = readFileSync(join(DIR, name), 'utf8');
  return { id: name, path: name, name, title: name, text, wordCount: 0, encoding: 'utf-8', byteLength: text.length };
}

const names = readdirSync(DIR).filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'));
const articles = names.map(article);
const analysis = analyze(articles);

describe('golden fixtures (all analysed together)', () => {
  for (const a of articles) {
    it(a.name, () => {
      const expected = readFileSync(join(DIR, a.name.replace(/\.txt$/, '.expected.txt')), 'utf8')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'));
      const actual = analysis.quotes
        .filter((q) => q.articleId === a.id)
        .map((q) => `${q.speaker?.name ?? '-'} | ${q.kind} | ${q.text}`);
      expect(actual).toEqual(expected);
    });
  }

  it('splits of one utterance share its id; different attributions do not', () => {
    const harbour = analysis.quotes.filter((q) => q.articleId === 'harbour-council.txt');
    const part = (t: string) => harbour.find((q) => q.text.startsWith(t))!;
    expect(part('Nobody asked').utterance).toBe(part('and nobody will pay').utterance);
    expect(part('We have listened').utterance).toBe(part('The harbour is the future').utterance);
    expect(part('It is a disaster').utterance).not.toBe(part('Nobody asked').utterance);
  });

  it('keeps people who share a surname apart across articles', () => {
    const names = new Set(analysis.quotes.map((q) => q.speaker?.name));
    expect(names).toContain('Anna Reyes');
    expect(names).toContain('Carlos Reyes');
    expect(names).not.toContain('Dmitry Volkov');
  });
});
