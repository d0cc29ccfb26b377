/**
 * The two reference articles in ../shared/seeds (not copied into the repo): every quote is found and
 * credited with the speaker's full name. Skips when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../electron/engine/analyze';
import type { Article, Quote } from '../../shared/types';

const SEEDS = join(import.meta.dirname, '../../../shared/seeds');
const SPUN = join(SEEDS, '000_009091a3bf62438e.txt');
const SKY = join(SEEDS, '003_61d52794602a570d.txt');
const present = existsSync(SPUN) && existsSync(SKY);

function load(path: string): Article {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return { id: path, path, name: path, title: '', text, wordCount: 0, encoding: 'utf-8', byteLength: text.length };
}

describe.skipIf(!present)('seed articles (../shared/seeds)', () => {
  if (!present) return;
  const spun = load(SPUN);
  const sky = load(SKY);
  const { quotes } = analyze([spun, sky]);
  const quoted = (a: Article): Quote[] => quotes.filter((q) => q.articleId === a.id && q.kind !== 'indirect');
  const speakerOf = (a: Article, start: string): string | undefined =>
    quotes.find((q) => q.articleId === a.id && q.text.startsWith(start))?.speaker?.name;

  it('credits every quotation in both articles to a full name, except the scare quote', () => {
    const unattributed = [...quoted(spun), ...quoted(sky)].filter((q) => !q.speaker).map((q) => q.text);
    expect(unattributed).toEqual(['backstop']);
    for (const q of [...quoted(spun), ...quoted(sky)]) if (q.speaker) expect(q.speaker.name).toMatch(/^\p{Lu}\S+ \p{Lu}/u);
  });

  it('reads the spun article’s unusual cues (“he mentioned”, “advised”)', () => {
    expect(speakerOf(spun, 'We’re going to wish')).toBe('Marco Rubio');
    expect(speakerOf(spun, 'unlikely')).toBe('Yuri Ushakov');
    expect(speakerOf(spun, 'restoring the complete')).toBe('Dmitry Peskov');
    expect(speakerOf(spun, 'a complete consideration')).toBe('Dmitry Peskov');
    expect(speakerOf(spun, 'Good U.S.-Russia relations')).toBe('Kirill Dmitriev');
    expect(speakerOf(spun, 'To realize this')).toBe('Emmanuel Macron');
    expect(speakerOf(spun, 'onerous to say')).toBe('Yuri Ushakov');
  });

  it('gives the split Lavrov quotes and the quote-only paragraph after them to Sergei Lavrov', () => {
    expect(speakerOf(sky, 'the conversation was very useful')).toBe('Sergei Lavrov');
    expect(speakerOf(sky, 'We not only listened')).toBe('Sergei Lavrov');
    expect(speakerOf(sky, 'And I have reason to believe')).toBe('Sergei Lavrov');
    expect(speakerOf(sky, 'unacceptable')).toBe('Sergei Lavrov');
  });
});
