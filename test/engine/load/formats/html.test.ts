import { describe, expect, it } from 'vitest';
import { isArticle, loadBytes } from '../../../../electron/engine/load';
import { declaredCharset, htmlFormat } from '../../../../electron/engine/load/formats/html';
import type { Extracted } from '../../../../electron/engine/load/formats/types';
import { fixture } from '../fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const para = (n: number) => `<p>Paragraph ${n} of a long enough story, “with a quote,” said Jane Roe, the mayor, who spoke at length about the harbour and the bridge and the ferries.</p>`;

async function extract(html: string | Uint8Array): Promise<Extracted> {
  const result = await htmlFormat.load(typeof html === 'string' ? utf8(html) : html);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('htmlFormat', () => {
  it('extracts the story from a saved news page and leaves the site around it out', async () => {
    const a = await extract(fixture('article.html'));
    expect(a.text.startsWith('Harbour bridge repairs to close main road for six weeks\n\nThe city will close')).toBe(true);
    for (const chrome of ['Sport', 'Most read', 'cookies', 'Privacy policy', 'Sign up to Morning Harbour', 'dataLayer', 'Share on Facebook']) {
      expect(a.text).not.toContain(chrome);
    }
    expect(a).toMatchObject({ format: 'html', encoding: 'utf-8', byline: 'Maria Lindqvist', siteName: 'The Harbour Gazette' });
  });

  it('marks read-more lines, advertisement labels and photo captions as furniture', async () => {
    const a = await loadBytes('article.html', fixture('article.html'));
    if (!isArticle(a)) throw new Error(a.reason);
    const marked = (a.furniture ?? []).map((f) => a.text.slice(f.start, f.end));
    expect(marked).toEqual(['Read more: Ferry timetable to change in spring', 'Advertisement']);
    const b = await extract(
      `<html><body><article><h1>T</h1>${para(1)}<figure><img src=x><figcaption>The harbour at dawn.</figcaption></figure>${para(2)}${para(3)}</article></body></html>`,
    );
    expect((b.furniture ?? []).map((f) => [b.text.slice(f.start, f.end), f.kind])).toEqual([['The harbour at dawn.', 'credit']]);
  });

  it('reads paragraphs as blocks, with inline markup joined and line breaks as spaces', async () => {
    const a = await extract(`<html><head><title>Title</title></head><body><article><p>One <em>two</em><br>three</p>${para(1)}${para(2)}<ul><li>first</li><li>second</li></ul></article></body></html>`);
    expect(a.text.split('\n\n')).toEqual(expect.arrayContaining(['One two three', 'first', 'second']));
  });

  it('honours a declared legacy charset', async () => {
    const head = utf8('<html><head><meta charset="windows-1252"><title>Q</title></head><body><article>');
    const body = new Uint8Array([0x3c, 0x70, 0x3e, 0x93, 0x48, 0x69, 0x2c, 0x94, 0x20, 0x73, 0x68, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2e, 0x3c, 0x2f, 0x70, 0x3e]);
    const a = await extract(new Uint8Array([...head, ...body, ...utf8('</article></body></html>')]));
    expect(a.text).toContain('“Hi,” she said.');
    expect(a.encoding).toBe('windows-1252');
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe('iso-8859-1');
  });

  it('falls back to the page body, minus its chrome, when Readability finds no article', async () => {
    const a = await extract('<html><head><title>Note</title></head><body><nav>Home News</nav><p>“Short,” she said.</p><footer>©</footer></body></html>');
    expect(a.text).toBe('Note\n\n“Short,” she said.');
  });

  it('survives pathological markup: very deep nesting, unclosed tags, no body', async () => {
    const deep = `${'<div>'.repeat(5000)}<p>“Deep,” he said.</p>${'</div>'.repeat(5000)}`;
    expect((await extract(deep)).text).toContain('“Deep,” he said.');
    expect((await extract('<p>one<p>two<b>three')).text).toContain('one');
  });

  it('keeps an article wrapped in a page-wide form (ASP.NET) and drops small forms', async () => {
    const a = await extract(`<html><body><form id="aspnetForm"><form class="search"><input> Search</form><article><h1>T</h1>${para(1)}${para(2)}</article></form></body></html>`);
    expect(a.text).toContain('Paragraph 2 of a long enough story');
    expect(a.text).not.toContain('Search');
  });

  it('reads Windows-1252 bytes under a page that wrongly declares UTF-8', async () => {
    const head = utf8('<html><head><meta charset="utf-8"></head><body><p>');
    const a = await extract(new Uint8Array([...head, 0x93, 0x48, 0x69, 0x2c, 0x94, ...utf8(' she said.</p></body></html>')]));
    expect(a.text).toBe('“Hi,” she said.');
  });

  it('refuses pages without readable text', async () => {
    expect(await htmlFormat.load(utf8('<html><head><script>x()</script></head><body><script>y()</script></body></html>'))).toEqual({
      ok: false,
      reason: 'This web page has no readable text.',
    });
  });
});
