/**
 * Issue 6's bad-input table: each file the loaders cannot read yields one failure naming the file and the
 * reason in words for people; every other file in the same batch still loads. (The report's table is
 * this list.)
 */
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticle, loadAll, loadPath, type LoadSource } from '../../../electron/engine/load';
import { fixture } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-bad-'));
const put = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0), 0]);
const pdf = fixture('article.pdf');
const docx = fixture('article.docx');

/** [what was tried, file name, content, the reason the user sees]. */
const BAD: readonly [string, string, string | Uint8Array, string][] = [
  ['empty file', 'empty.txt', '', 'The file is empty.'],
  ['only blank space', 'blank.md', ' \n\t\n ', 'The file contains only blank space.'],
  ['binary file with a text name', 'photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'This looks like a binary file, not text.'],
  ['unsupported type', 'setup.exe', 'MZ', '.exe files are not supported; Verbatim opens .txt, .text, .md, .markdown, .html, .htm, .xhtml, .mhtml, .mht, .eml, .docx, .pdf files.'],
  ['old Word format', 'memo.doc', new Uint8Array(OLE), 'Old-style Word files (.doc) are not supported; save it as .docx in Word and open it again.'],
  ['damaged Word file', 'cut.docx', docx.subarray(0, docx.length / 2), 'This Word file is damaged and could not be read.'],
  ['password-protected Word file', 'locked.docx', new Uint8Array([...OLE, ...new Array<number>(600).fill(0), ...utf16('EncryptedPackage')]), 'This Word file is password-protected. Remove the password in Word and open it again.'],
  ['damaged PDF', 'cut.pdf', pdf.subarray(0, 400), 'This PDF is damaged and could not be read.'],
  ['password-protected PDF', 'locked.pdf', fixture('protected.pdf'), 'This PDF is password-protected. Remove the password and open it again.'],
  ['scanned PDF (no text layer)', 'scan.pdf', fixture('empty-layer.pdf'), 'This PDF has no text layer (it is probably a scan); Verbatim cannot read scanned pages.'],
  ['web page renamed to .pdf', 'page.pdf', '<html><body>hi</body></html>', 'This file is not a PDF, although its name ends in .pdf.'],
  ['damaged single-file web page', 'cut.mhtml', 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\nContent-Type: image/png\r\n\r\nnot a page', 'This saved web page has no readable text.'],
  ['email without text', 'blank.eml', 'Subject: Hello\r\nContent-Type: text/plain\r\n\r\n', 'This email has no text.'],
  ['web page that is all scripts', 'scripts.html', `<html><head><script>${'x();'.repeat(1000)}</script></head><body><script>document.write('<p>hi</p>')</script><noscript>Enable JavaScript</noscript></body></html>`, 'This web page has no readable text.'],
];

describe('bad input', () => {
  it.each(BAD)('%s: one clear message naming the file', async (_what, name, content, reason) => {
    expect(await loadPath(put(name, content))).toEqual({ name, reason });
  });

  it('refuses a file over 50 MB from its size, without reading it', async () => {
    const path = put('huge.txt', '');
    truncateSync(path, 51 * 1024 * 1024);
    expect(await loadPath(path)).toEqual({ name: 'huge.txt', reason: 'The file is 51 MB; the limit is 50 MB.' });
  });

  it('names files that vanished and folders that look like files', async () => {
    mkdirSync(join(dir, 'folder.html'));
    expect(await loadPath(join(dir, 'folder.html'))).toEqual({ name: 'folder.html', reason: 'This is a folder, not a file.' });
    expect(await loadPath(join(dir, 'gone.txt'))).toEqual({ name: 'gone.txt', reason: 'The file no longer exists.' });
  });

  it('loads what it can from files with invalid byte sequences or hostile markup', async () => {
    const invalid = await loadPath(put('mixed.txt', new Uint8Array([...new TextEncoder().encode('“Caf'), 0xe9, 0xff, ...new TextEncoder().encode(',” she said.')])));
    expect(isArticle(invalid) && invalid.text).toBe('“Caféÿ,” she said.');
    const hostile = await loadPath(put('hostile.html', '<p onclick="steal()">“Fine,” she said.<script>steal()</script><a href="javascript:steal()">link</a></p>'));
    expect(isArticle(hostile) && hostile.text).toBe('“Fine,” she said.link');
  });

  it('loses nothing else: a batch of every bad file and the good ones loads the good ones', async () => {
    const good = ['article.txt', 'article.html', 'article.docx', 'article.pdf'].map((n) => put(`good-${n}`, fixture(n)));
    const sources: LoadSource[] = [
      ...BAD.map(([, name, content]) => ({ kind: 'path' as const, path: put(`batch-${name}`, content) })),
      ...good.map((path) => ({ kind: 'path' as const, path })),
    ];
    const result = await loadAll(sources);
    expect(result.articles.map((a) => a.name)).toEqual(good.map((p) => p.slice(dir.length + 1)));
    expect(result.failures.map((f) => f.reason)).toEqual(BAD.map(([, , , reason]) => reason));
  });
});
