/**
 * Bytes → text for text-based articles. Pure: no file system here.
 * UTF-8 and UTF-16 are recognised exactly (BOM, strict decoding, or the NUL pattern of BOM-less UTF-16);
 * anything else is a legacy encoding, detected by chardet (ICU's statistical detector) and decoded by
 * iconv-lite. Western results are read as Windows-1252, the usual legacy encoding of English news, and
 * so is anything chardet is unsure of. iconv-lite decodes because Node's own
 * TextDecoder('windows-1252') silently decodes as Latin-1 and turns curly quotes into control characters.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** The outcome of decoding: the text and the encoding that produced it, or why it is not text. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
/**
 * chardet reports 0–100. A non-Western guess is taken when it is fairly sure and clearly ahead of the
 * next guess: a paragraph of Windows-1251 Russian scores 45 against 9, while 4 bytes of Windows-1252
 * score 10 for five CJK encodings at once (noise).
 */
const MIN_CONFIDENCE = 25;
const MIN_LEAD = 15;
/** Detection needs only a sample; the whole file would cost time for nothing. */
const SAMPLE_BYTES = 64 * 1024;
/** chardet names for Western single-byte text, all read as the Windows-1252 superset. */
const WESTERN = new Set(['ISO-8859-1', 'ISO-8859-15', 'windows-1252', 'ASCII']);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * BOM-less UTF-16 of Latin text has a NUL in every other byte; which half holds them gives the byte order.
 * Checked before the binary test, which would otherwise refuse it for its NULs.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  // Most files have no NUL at all; a native search says so faster than counting.
  if (n < 8 || bytes.subarray(0, n).indexOf(0) === -1) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.7 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.7 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** A byte no text file contains: a C0 control other than tab, LF, FF, CR, and ESC (for ISO-2022). NUL is told apart before. */
function isStrayControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b;
}

/**
 * Share of bytes that no text file contains (NUL and C0 controls other than tab, CR, LF, FF, ESC for ISO-2022).
 * A single NUL in the first few KB already means binary for git and most editors. Every file loaded is
 * tested, so NUL is searched for natively, and the controls are counted four bytes at a time: only a
 * four-byte word with a byte below 0x20 in it (a line break, mostly) is read byte by byte.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.indexOf(0) !== -1) return true;
  let control = 0;
  let i = 0;
  if (sample.byteOffset % 4 === 0) {
    const words = new Int32Array(sample.buffer, sample.byteOffset, sample.length >> 2);
    for (let w = 0; w < words.length; w++) {
      const x = words[w]!;
      // Some byte of x is below 0x20 exactly when this is not 0 (subtracting 0x20 from it borrows).
      if ((((x - 0x20202020) | 0) & ~x & 0x80808080) === 0) continue;
      for (let k = 4 * w; k < 4 * w + 4; k++) if (isStrayControl(sample[k]!)) control++;
    }
    i = words.length * 4;
  }
  for (; i < sample.length; i++) if (isStrayControl(sample[i]!)) control++;
  return sample.length > 0 && control / sample.length > 0.02;
}

function tryDecode(bytes: Uint8Array, encoding: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The legacy encoding of bytes that are not UTF-8, as an iconv-lite name. */
export function detectLegacy(bytes: Uint8Array): string {
  const [best, next] = chardet.analyse(bytes.subarray(0, SAMPLE_BYTES));
  if (!best || WESTERN.has(best.name)) return 'windows-1252';
  if (best.confidence < MIN_CONFIDENCE || best.confidence - (next?.confidence ?? 0) < MIN_LEAD) return 'windows-1252';
  const name = best.name.toLowerCase();
  // UTF-8 already failed strict decoding, so a UTF guess here is wrong; a Unicode file has a BOM or NULs.
  if (name.startsWith('utf') || !iconv.encodingExists(name)) return 'windows-1252';
  return name;
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629 table 3-7), or 0 when there is none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * UTF-8 text with a few stray legacy bytes (a paste from an old file, a bad merge) is common. When
 * well-formed multi-byte sequences outnumber the stray bytes, the sequences are read as UTF-8 and each
 * stray byte as Windows-1252, instead of reading the whole file (and its curly quotes) as mojibake.
 * Returns null when the text is not mostly UTF-8.
 */
function decodeMostlyUtf8(bytes: Uint8Array): string | null {
  let multibyte = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceAt(bytes, i);
    if (n > 1) multibyte++;
    if (n === 0) stray++;
    i += n || 1;
  }
  if (multibyte === 0 || stray > multibyte) return null;
  const parts: string[] = [];
  const utf8 = new TextDecoder('utf-8');
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceAt(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(runStart, i)), iconv.decode(bytes.subarray(i, i + 1), 'windows-1252'));
    i += 1;
    runStart = i;
  }
  parts.push(utf8.decode(bytes.subarray(runStart)));
  return parts.join('');
}

/** Decodes with a named encoding (from the document itself, e.g. an HTML meta tag); null when unknown. */
export function decodeAs(bytes: Uint8Array, encoding: string): string | null {
  const name = encoding.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return tryDecode(bytes, 'utf-8', false);
  // Pages that declare Latin-1 are Windows-1252 in practice (the WHATWG encoding standard maps them so).
  const target = name === 'iso-8859-1' || name === 'latin1' || name === 'us-ascii' ? 'windows-1252' : name;
  return iconv.encodingExists(target) ? iconv.decode(bytes, target) : null;
}

/** Decodes article bytes, removing a BOM and changing nothing else. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'The file is empty.' };
  if (startsWith(bytes, UTF8_BOM)) {
    const text = tryDecode(bytes.subarray(3), 'utf-8', false);
    return text === null ? { ok: false, reason: 'The file could not be decoded as UTF-8.' } : { ok: true, text, encoding: 'utf-8' };
  }
  // UTF-16 has NUL bytes everywhere, so it must be recognised before the binary check.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = tryDecode(bytes.subarray(2), encoding, false);
    if (text !== null) return { ok: true, text, encoding };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = tryDecode(bytes, utf16, true);
    if (text !== null) return { ok: true, text, encoding: utf16 };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'This looks like a binary file, not text.' };
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  const mixed = decodeMostlyUtf8(bytes);
  if (mixed !== null) return { ok: true, text: mixed, encoding: 'utf-8 (some bytes windows-1252)' };
  const encoding = detectLegacy(bytes);
  return { ok: true, text: iconv.decode(bytes, encoding), encoding };
}

/** Windows-1252's characters for bytes 0x80–0x9F, where Latin-1 has invisible C1 controls. */
const C1_AS_1252 = iconv.decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i), 'windows-1252');

/**
 * Text decoded elsewhere as Latin-1 when it was Windows-1252 (Node's TextDecoder does this for
 * "windows-1252", and libraries using it inherit it) has C1 controls where curly quotes and dashes
 * were. Real text never contains C1 controls, so each is mapped back to the Windows-1252 character.
 */
export function repairC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => C1_AS_1252[c.charCodeAt(0) - 0x80] ?? c);
}
