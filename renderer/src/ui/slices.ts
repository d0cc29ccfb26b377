/**
 * Long loops cut into slices, with the browser free to paint and handle input between slices: a pass
 * over 10,000 files or rows in one go is a long task the user feels as a frozen window.
 */

/** A slice runs about this long before it gives way: well under the 50 ms of a long task. */
const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** Resolves in a later task. scheduler.yield, where there is one, resumes ahead of other queued work. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Maps items in slices, yielding between them. */
export async function mapInSlices<T, U>(items: readonly T[], map: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    out.push(map(item));
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
  return out;
}
