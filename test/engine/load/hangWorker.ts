// Test-only worker that never answers and never yields: the pool must still get rid of it.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  for (;;) {
    // Spin: the worst a parser stuck in a loop can do.
  }
});
