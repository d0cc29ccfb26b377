/**
 * Bytes → text for plain-text articles. Pure: no file system here.
 * UTF-8 and UTF-16 are recognised exactly (BOM or strict decoding); anything else falls back to
 * Windows-1252, the usual legacy encoding of English news. iconv-lite decodes it because Node's own
 * TextDecoder('windows-1252') silently decodes as Latin-1 and turns curly quotes into control characters.
 */
import iconv from 'iconv-lite';

/** The outcome of decoding: the text and the encoding that produced it, or why it is not text. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Share of bytes that no text file contains (NUL and C0 controls other than tab, CR, LF, FF).
 * A single NUL in the first few KB already means binary for git and most editors.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

function tryDecode(bytes: Uint8Array, encoding: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes article bytes, removing a BOM and changing nothing else. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'The file is empty.' };
  if (startsWith(bytes, UTF8_BOM)) {
    const text = tryDecode(bytes.subarray(3), 'utf-8', false);
    return text === null ? { ok: false, reason: 'The file could not be decoded as UTF-8.' } : { ok: true, text, encoding: 'utf-8' };
  }
  // UTF-16 has NUL bytes everywhere, so it must be recognised by its BOM before the binary check.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = tryDecode(bytes.subarray(2), encoding, false);
    if (text !== null) return { ok: true, text, encoding };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'This looks like a binary file, not text.' };
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  return { ok: true, text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
}
