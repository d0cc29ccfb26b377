/**
 * A rough stand-in for quote extraction on the two seed articles (../shared/seeds), until the
 * extraction stage lands: every “…” span, credited to the nearest known name before it in the
 * paragraph, plus reported statements of the form "<Name> said/mentioned (that) …". Only for
 * checking the alignment stage on the seeds; no article text is stored here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Quote } from '../../../shared/types';
import { SHARED } from './data';
import { makeArticle } from './build';

/** Surnames → canonical names of the people the seed articles quote. */
const PEOPLE: Readonly<Record<string, string>> = {
  Rubio: 'Marco Rubio',
  Ushakov: 'Yuri Ushakov',
  Lavrov: 'Sergei Lavrov',
  Macron: 'Emmanuel Macron',
  Dmitriev: 'Kirill Dmitriev',
  Peskov: 'Dmitry Peskov',
  Zelenskyy: 'Volodymyr Zelenskyy',
  Bruce: 'Tammy Bruce',
};

/** The seed articles, or null when ../shared/seeds is absent. */
export function loadSeeds(): Article[] | null {
  const dir = join(SHARED, 'seeds');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => makeArticle(f, readFileSync(join(dir, f), 'utf8')));
}

function speakerBefore(text: string, at: number): string | null {
  // Up to two paragraphs back: "…,” he said." often follows a paragraph that names him.
  const previous = text.lastIndexOf('\n', at);
  const paragraphStart = previous < 0 ? 0 : text.lastIndexOf('\n', previous - 1) + 1;
  const window = text.slice(paragraphStart, at);
  let best: { index: number; name: string } | null = null;
  for (const [surname, name] of Object.entries(PEOPLE)) {
    const i = window.lastIndexOf(surname);
    if (i >= 0 && (!best || i > best.index)) best = { index: i, name };
  }
  return best?.name ?? null;
}

function speakerAfter(text: string, at: number): string | null {
  const window = text.slice(at, at + 80).split('\n')[0] ?? '';
  let best: { index: number; name: string } | null = null;
  for (const [surname, name] of Object.entries(PEOPLE)) {
    const i = window.indexOf(surname);
    if (i >= 0 && (!best || i < best.index)) best = { index: i, name };
  }
  return best?.name ?? null;
}

/** Quotes found in one seed article. */
export function seedQuotes(article: Article): Quote[] {
  const quotes: Quote[] = [];
  const text = article.text;
  let n = 0;
  const add = (start: number, end: number, speaker: string | null, kind: Quote['kind']): void => {
    const id = `${article.id}#${n++}`;
    quotes.push({
      id,
      articleId: article.id,
      text: text.slice(start, end),
      start,
      end,
      kind,
      cue: null,
      speaker: speaker ? { name: speaker, mention: speaker, start: 0, end: 0 } : null,
      confidence: 0.5,
      utterance: id,
    });
  };
  for (const m of text.matchAll(/“([^”]+)”/g)) {
    const start = m.index + 1;
    const speaker = speakerAfter(text, start + m[1]!.length + 1) ?? speakerBefore(text, m.index);
    add(start, start + m[1]!.length, speaker, 'direct');
  }
  const surnames = Object.keys(PEOPLE).join('|');
  const reported = new RegExp(`(${surnames}) (?:has )?(?:said|mentioned) (?:that )?([^.“”]+)\\.`, 'g');
  for (const m of text.matchAll(reported)) {
    const content = m[2]!;
    const start = m.index + m[0].length - 1 - content.length;
    add(start, start + content.length, PEOPLE[m[1]!] ?? null, 'indirect');
  }
  return quotes.sort((a, b) => a.start - b.start);
}
