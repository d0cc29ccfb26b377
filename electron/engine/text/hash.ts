/** FNV-1a, 32 bit, over UTF-16 code units: the hash the stages find candidates by (text is compared after). */

/** The hash of nothing, where every FNV-1a hash starts. */
export const FNV_OFFSET = 0x811c9dc5;

/** `h` with one more code unit fed in. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** The hash of `text[start, end)`, as a signed 32-bit number (`>>> 0` for the unsigned one). */
export function fnv1a(text: string, start = 0, end = text.length): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}
