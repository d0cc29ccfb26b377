import { defineConfig } from '@playwright/test';
import base from '../e2e/playwright.config';

/** UI measurements (`npm run bench:ui`): same browser setup as the e2e tests, run on demand only. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /ui\.spec\.ts$/,
  outputDir: '../../test-results/bench-ui',
  reporter: [['list']],
  timeout: 600_000,
});
