/** Display formatting shared by the views. */

const numberFormat = new Intl.NumberFormat('en-US');

/** 1234 → "1,234". */
export const formatCount = (n: number): string => numberFormat.format(n);

/** "1 word", "2 words". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/** An ISO or free-form publication date as "21 Nov 2026"; unparseable dates are shown as given. */
export function formatDate(value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Bytes in the unit a person would use. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
