// The extraction worker when Verbatim runs from its TypeScript sources (tests, the CLI through tsx):
// a thread does not inherit the parent's tsx loader on Node 20, so it registers its own. The build
// runs out/main/extract-worker.js instead and never loads this file.
import { register } from 'tsx/esm/api';

register();
const { default: extractBatch } = await import('./worker.ts');
export default extractBatch;
