/**
 * What a ZIP container (a .docx) claims about itself, read from its central directory without inflating
 * anything: enough to refuse a zip bomb before a parser expands it. The layout is APPNOTE.TXT §4.3.16
 * (end of central directory record) and §4.3.12 (central directory file header).
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
/** The EOCD may be followed by a comment of up to 65,535 bytes. */
const EOCD_SEARCH = EOCD_MIN + 0xffff;

/** Entry count and total uncompressed size, or null when the bytes are not a readable ZIP. */
export function zipSummary(bytes: Uint8Array): { entries: number; inflatedBytes: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const floor = Math.max(0, bytes.length - EOCD_SEARCH);
  let eocd = -1;
  for (let i = bytes.length - EOCD_MIN; i >= floor; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let inflatedBytes = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    // 0xFFFFFFFF means the real size is in a ZIP64 extra field: count it as huge rather than parse ZIP64.
    const size = view.getUint32(at + 24, true);
    inflatedBytes += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries, inflatedBytes };
}
