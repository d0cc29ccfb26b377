/**
 * Acceptance for issue 6: one article saved as plain UTF-8 text, Windows-1252 text, a saved web page
 * (with navigation, ads, scripts, share and newsletter furniture), a Word file (with footnotes), a
 * two-column PDF (running header and footer, hyphenated line ends, lines drawn across the columns), a
 * single-file web page (.mhtml) and an email (.eml) yields the same quotes, credited to the same speakers.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../electron/engine/analyze';
import { isArticle, loadBytes } from '../../../electron/engine/load';
import type { Article, Quote } from '../../../shared/types';
import { fixture } from './fixtures';

const VERSIONS = ['article.txt', 'article-1252.txt', 'article.html', 'article.docx', 'article.pdf', 'article.mhtml', 'article.eml'] as const;

async function load(name: string): Promise<Article> {
  const result = await loadBytes(name, fixture(name));
  if (!isArticle(result)) throw new Error(`${name}: ${result.reason}`);
  return result;
}

/** Quotes outside furniture (read-more lines, credits, footnotes), as text and speaker. */
function quotesOf(article: Article): { text: string; speaker: string | null; kind: Quote['kind'] }[] {
  const furniture = article.furniture ?? [];
  return analyze([article])
    .quotes.filter((q) => !furniture.some((f) => q.start < f.end && q.end > f.start))
    .map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, kind: q.kind }));
}

describe('the same article in seven files', () => {
  it('yields the same quotes with the same speakers', async () => {
    const articles = await Promise.all(VERSIONS.map(load));
    const [reference, ...others] = articles.map(quotesOf);
    expect(reference).toBeDefined();
    // The reference itself: the direct quotes and who said them, as a reader of the text sees it.
    expect(reference?.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker])).toEqual([
      ['We cannot keep patching a structure that was built for horse carts', 'Daniel Okafor'],
      ['The joints are past saving, and every winter makes them worse.', 'Daniel Okafor'],
      ['March is when the ferries start again and the visitors come back', 'Grace Whitfield'],
      ['People will be annoyed, and I understand that', 'Daniel Okafor'],
      ['But a bridge that closes for six weeks is better than one that closes for good.', 'Daniel Okafor'],
      ['We have boats and crews ready', 'Tom Brennan'],
    ]);
    others.forEach((quotes, i) => expect({ file: VERSIONS[i + 1], quotes }).toEqual({ file: VERSIONS[i + 1], quotes: reference }));
  });

  it('keeps the title in every format and the page metadata from the web page', async () => {
    const articles = await Promise.all(VERSIONS.map(load));
    for (const a of articles) expect(a.title).toBe('Harbour bridge repairs to close main road for six weeks');
    expect(articles.map((a) => a.format)).toEqual(['text', 'text', 'html', 'docx', 'pdf', 'mhtml', 'email']);
    expect(articles[1]?.encoding).toBe('windows-1252');
    expect(articles[2]).toMatchObject({ byline: 'Maria Lindqvist', siteName: 'The Harbour Gazette', published: '2026-02-12T07:30:00Z' });
  });
});
