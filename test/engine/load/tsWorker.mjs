// Test-only worker bootstrap: lets a worker thread run the TypeScript source through tsx.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
