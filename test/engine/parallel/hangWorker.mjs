// Test-only extraction worker: the real one, except that a batch holding an article whose text
// contains HANG never returns once started (an endless loop the pool's hard deadline must stop), and
// every thread is slow to start.
import { register } from 'tsx/esm/api';

register();
// Starting takes longer than the test's 2 s deadline, as it can on a loaded machine: the deadline must
// count only a task's own work, or the articles after the stuck one would fail on its replacement thread.
await new Promise((resolve) => globalThis.setTimeout(resolve, 2_500));
const { default: extractBatch } = await import('../../../electron/engine/parallel/worker.ts');

export default async function hangingBatch(task) {
  if (task.items.some((item) => item.article?.text.includes('HANG'))) {
    task.started?.postMessage(0); // the thread has the task: the deadline runs from here
    for (;;);
  }
  return extractBatch(task);
}
