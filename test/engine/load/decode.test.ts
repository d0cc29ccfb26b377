import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText, looksBinary } from '../../../electron/engine/load/decode';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 and keeps curly quotes', () => {
    expect(decodeText(utf8('“Hi,” she said.'))).toEqual({ ok: true, text: '“Hi,” she said.', encoding: 'utf-8' });
  });

  it('removes a UTF-8 BOM and nothing else', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a))).toEqual({ ok: true, text: 'A\r\n', encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE by their BOM', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00))).toEqual({ ok: true, text: 'Hi', encoding: 'utf-16le' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69))).toEqual({ ok: true, text: 'Hi', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for legacy files with curly quotes', () => {
    // 0x93/0x94 are “ and ” in Windows-1252 and invalid on their own in UTF-8.
    expect(decodeText(bytes(0x93, 0x48, 0x69, 0x94))).toEqual({ ok: true, text: '“Hi”', encoding: 'windows-1252' });
  });

  it('refuses empty and binary input with a reason', () => {
    expect(decodeText(bytes())).toEqual({ ok: false, reason: 'The file is empty.' });
    expect(decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01))).toMatchObject({ ok: false, reason: expect.stringContaining('binary') });
  });
});

describe('decodeText with legacy and odd encodings', () => {
  it('detects Cyrillic Windows-1251 and Japanese Shift_JIS from the bytes', async () => {
    const { default: iconv } = await import('iconv-lite');
    const russian = 'Министр заявил, что переговоры возобновятся в понедельник. «Мы готовы», — сказал он журналистам в столице.';
    const r = decodeText(new Uint8Array(iconv.encode(russian, 'windows-1251')));
    expect(r).toEqual({ ok: true, text: russian, encoding: 'windows-1251' });
    const japanese = '大臣は月曜日に交渉を再開すると述べた。「準備はできている」と彼は記者団に語った。交渉は五月に決裂していた。';
    const j = decodeText(new Uint8Array(iconv.encode(japanese, 'shift_jis')));
    expect(j).toEqual({ ok: true, text: japanese, encoding: 'shift_jis' });
  });

  it('recognises UTF-16 without a BOM by its NUL pattern', () => {
    const le = new Uint8Array([...'“Hi,” she said.'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    expect(decodeText(le)).toEqual({ ok: true, text: '“Hi,” she said.', encoding: 'utf-16le' });
  });

  it('reads text with invalid UTF-8 sequences instead of refusing it', () => {
    // A UTF-8 file with one stray Latin-1 byte (0xE9, é) in the middle: decoded, nothing lost around it.
    const bytes = new Uint8Array([...utf8('“Caf'), 0xe9, ...utf8(',” she said.')]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: '“Café,” she said.', encoding: 'utf-8 (some bytes windows-1252)' });
  });
});

describe('repairC1', () => {
  it('maps C1 controls from a Latin-1 misreading back to Windows-1252 characters', async () => {
    const { repairC1 } = await import('../../../electron/engine/load/decode');
    expect(repairC1('\u0093Hi,\u0094 she said \u0096 twice.')).toBe('“Hi,” she said – twice.');
    expect(repairC1('plain “text”')).toBe('plain “text”');
  });
});

describe('looksBinary against the byte loop it replaced', () => {
  const byLoop = (data: Uint8Array): boolean => {
    const sample = data.subarray(0, 8192);
    let control = 0;
    for (const b of sample) {
      if (b === 0) return true;
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
    }
    return sample.length > 0 && control / sample.length > 0.02;
  };
  const byteOf = fc.constantFrom(0x00, 0x01, 0x07, 0x09, 0x0a, 0x0c, 0x0d, 0x1b, 0x1f, 0x20, 0x21, 0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xe2, 0xff);

  it('agrees at any offset (aligned or not) and length', () => {
    fc.assert(
      fc.property(fc.array(byteOf, { maxLength: 80 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 9000 }), (parts, offset, padding) => {
        const data = new Uint8Array(offset + parts.length + padding).fill(0x61);
        data.set(parts, offset);
        const view = data.subarray(offset);
        expect(looksBinary(view)).toBe(byLoop(view));
        expect(looksBinary(view.subarray(0, parts.length))).toBe(byLoop(view.subarray(0, parts.length)));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the controls past the first word boundary', () => {
    const data = new Uint8Array(100).fill(0x61);
    for (const at of [3, 4, 5, 50, 97, 98, 99]) data[at] = 0x01;
    expect(looksBinary(data)).toBe(true);
    expect(looksBinary(data.subarray(0, 50))).toBe(byLoop(data.subarray(0, 50)));
  });
});
