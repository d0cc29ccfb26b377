// Test-only extraction worker: the real one, except that a batch holding an article whose text
// contains HANG never returns (an endless loop the pool's hard deadline must stop).
import { register } from 'tsx/esm/api';

register();
const { default: extractBatch } = await import('../../../electron/engine/parallel/worker.ts');

export default async function hangingBatch(task) {
  if (task.items.some((item) => item.article?.text.includes('HANG'))) for (;;);
  return extractBatch(task);
}
