import { describe, expect, it } from 'vitest';
import { emlFormat, mhtmlFormat } from '../../../../electron/engine/load/formats/mime';
import type { Extracted } from '../../../../electron/engine/load/formats/types';
import { fixture } from '../fixtures';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('mhtmlFormat', () => {
  it('reads the page inside a single-file save, decoding quoted-printable, and keeps its metadata', async () => {
    const a = (await mhtmlFormat.load(fixture('article.mhtml'))) as Extracted;
    expect(a).toMatchObject({ ok: true, format: 'mhtml', title: 'Harbour bridge repairs to close main road for six weeks', byline: 'Maria Lindqvist' });
    expect(a.text).toContain('“We cannot keep patching a structure that was built for horse carts,” said Daniel Okafor');
    expect(a.text).not.toContain('font-family');
  });

  it('refuses binary input and pages without HTML', async () => {
    expect(await mhtmlFormat.load(new Uint8Array([0, 1, 2, 3]))).toEqual({ ok: false, reason: 'This saved web page is damaged and could not be read.' });
    expect(await mhtmlFormat.load(bytes('Content-Type: text/plain\r\n\r\nhello'))).toEqual({ ok: false, reason: 'This saved web page has no readable text.' });
  });
});

describe('emlFormat', () => {
  it('reads a plain-text email: subject as headline, sender as byline, date kept', async () => {
    const a = (await emlFormat.load(fixture('article.eml'))) as Extracted;
    expect(a).toMatchObject({ ok: true, format: 'email', title: 'Harbour bridge repairs to close main road for six weeks', byline: 'Maria Lindqvist', published: '2026-02-12T07:30:00.000Z' });
    expect(a.text.split('\n\n')[0]).toBe('Harbour bridge repairs to close main road for six weeks');
    expect(a.text).toContain('£4.2 million');
  });

  it('reads an HTML email through the web page extraction, in its declared charset', async () => {
    const eml = [
      'From: "Press Office" <press@council.example>',
      'Subject: Statement on the bridge',
      'Content-Type: text/html; charset=windows-1252',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<html><body><p>=93We regret the closure,=94 said the council leader, Ruth Obi.</p><script>alert(1)</script></body></html>',
      '',
    ].join('\r\n');
    const a = (await emlFormat.load(bytes(eml))) as Extracted;
    expect(a).toMatchObject({ ok: true, title: 'Statement on the bridge', byline: 'Press Office' });
    expect(a.text).toContain('“We regret the closure,” said the council leader, Ruth Obi.');
    expect(a.text).not.toContain('alert');
  });
});
