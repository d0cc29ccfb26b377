// Prints one closing line over every runner in `npm test` (vitest + Playwright), in the plain
// "N passed, N failed, N skipped" form CI reads.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read('test-results/reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}
const playwright = read('test-results/reports/playwright.json');
if (playwright?.stats) {
  passed += playwright.stats.expected ?? 0;
  passed += playwright.stats.flaky ?? 0; // passed on retry
  failed += playwright.stats.unexpected ?? 0;
  skipped += playwright.stats.skipped ?? 0;
}
if (!vitest || !playwright) failed += 1; // a runner that never reported counts as a failure
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
