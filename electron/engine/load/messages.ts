/** Failure messages shared by the in-thread loader and the worker pool. */

/** The message for a file that overran its time budget (`doing` it: reading, or analysing). */
export function tookTooLong(ms: number, doing: 'Reading' | 'Analysing' = 'Reading'): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return `${doing} this file took longer than ${s} second${s === 1 ? '' : 's'}; it was skipped.`;
}

/** Whether a worker thread stopped because it ran out of its heap (the error it leaves). */
export function ranOutOfMemory(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory|heap/i.test(String(error));
}
