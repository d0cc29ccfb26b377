import { describe, expect, it } from 'vitest';
import { pdfFormat } from '../../../../electron/engine/load/formats/pdf';
import type { Extracted } from '../../../../electron/engine/load/formats/types';
import { fixture } from '../fixtures';

describe('pdfFormat', () => {
  it('reads a two-column, two-page article in reading order without running heads', async () => {
    const a = (await pdfFormat.load(fixture('article.pdf'))) as Extracted;
    expect(a.ok).toBe(true);
    expect(a.text).toBe(new TextDecoder().decode(fixture('article.txt')).trim());
    expect(a.text).not.toMatch(/Harbour Gazette|Page \d of \d/);
  });

  it('leaves the caller’s bytes usable (pdf.js detaches the buffer it is given)', async () => {
    const bytes = fixture('article.pdf');
    await pdfFormat.load(bytes);
    expect(bytes.length).toBeGreaterThan(0);
    expect(((await pdfFormat.load(bytes)) as Extracted).ok).toBe(true);
  });

  it('says which PDFs it cannot read, and why', async () => {
    const pdf = fixture('article.pdf');
    const cases: [Uint8Array, string][] = [
      [fixture('protected.pdf'), 'This PDF is password-protected. Remove the password and open it again.'],
      [fixture('empty-layer.pdf'), 'This PDF has no text layer (it is probably a scan); Verbatim cannot read scanned pages.'],
      [pdf.subarray(0, 400), 'This PDF is damaged and could not be read.'],
      [new TextEncoder().encode('%PDF-1.7\n garbage'), 'This PDF is damaged and could not be read.'],
      [new TextEncoder().encode('<html>not a pdf</html>'), 'This file is not a PDF, although its name ends in .pdf.'],
      [new Uint8Array(), 'The file is empty.'],
    ];
    for (const [bytes, reason] of cases) expect(await pdfFormat.load(bytes)).toEqual({ ok: false, reason });
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await pdfFormat.load(fixture('article.pdf'), { signal: controller.signal })).toEqual({ ok: false, reason: 'Loading was cancelled.' });
  });
});
