/** Failure messages shared by the in-thread loader and the worker pool. */

/** The message for a file that overran its time budget. */
export function tookTooLong(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return `Reading this file took longer than ${s} second${s === 1 ? '' : 's'}; it was skipped.`;
}
