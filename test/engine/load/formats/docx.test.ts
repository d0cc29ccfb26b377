import { describe, expect, it } from 'vitest';
import { docxFormat } from '../../../../electron/engine/load/formats/docx';
import type { Extracted } from '../../../../electron/engine/load/formats/types';
import { fixture } from '../fixtures';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

describe('docxFormat', () => {
  it('reads headings and paragraphs in order', async () => {
    const a = (await docxFormat.load(fixture('article.docx'))) as Extracted;
    expect(a.ok).toBe(true);
    expect(a.text.split('\n\n').slice(0, 3)).toEqual([
      'Harbour bridge repairs to close main road for six weeks',
      'By Maria Lindqvist',
      expect.stringMatching(/^The city will close Harbour Road/),
    ]);
  });

  it('takes footnote markers out of the prose and keeps the notes at the end, marked as notes', async () => {
    const a = (await docxFormat.load(fixture('article.docx'))) as Extracted;
    expect(a.text).toContain('every winter makes them worse.”\n\n');
    expect(a.text).not.toMatch(/\[\d\]|↑/);
    expect((a.furniture ?? []).map((f) => [a.text.slice(f.start, f.end), f.kind])).toEqual([
      ['Interview with the author, 11 February 2026.', 'note'],
      ['Council transport committee papers, item 7.', 'note'],
    ]);
  });

  it('says which Word files it cannot read, and why', async () => {
    const docx = fixture('article.docx');
    const cases: [Uint8Array, string][] = [
      [docx.subarray(0, docx.length / 2), 'This Word file is damaged and could not be read.'],
      [new TextEncoder().encode('just some text renamed to .docx'), 'This Word file is damaged and could not be read.'],
      [new Uint8Array([...OLE, ...new Array<number>(600).fill(0), ...utf16('EncryptedPackage')]), 'This Word file is password-protected. Remove the password in Word and open it again.'],
      [new Uint8Array([...OLE, ...new Array<number>(600).fill(0), ...utf16('WordDocument')]), 'This is an old-style Word file (.doc). Save it as .docx in Word and open it again.'],
      [new Uint8Array(), 'The file is empty.'],
    ];
    for (const [bytes, reason] of cases) expect(await docxFormat.load(bytes)).toEqual({ ok: false, reason });
  });

  it('refuses a zip bomb from its directory, before inflating anything', async () => {
    // One central-directory entry claiming 4 GB uncompressed (APPNOTE 4.3.12), and the end record (4.3.16).
    const central = new Uint8Array(46 + 1);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint32(24, 0xfffffffe, true);
    cv.setUint16(28, 1, true);
    const eocd = new Uint8Array(22);
    const ev = new DataView(eocd.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(10, 1, true);
    ev.setUint32(16, 0, true);
    expect(await docxFormat.load(new Uint8Array([...central, ...eocd]))).toEqual({
      ok: false,
      reason: 'This Word file expands to far more data than any article; it was not opened.',
    });
  });
});
