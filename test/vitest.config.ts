import { defineConfig } from 'vitest/config';

// Two projects mirror the two runtimes: engine/main/shared tests run in Node, renderer tests in happy-dom.
export default defineConfig({
  test: {
    // The JSON report feeds the one-line summary CI prints (.ci/summary.mjs).
    reporters: ['default', ['json', { outputFile: 'test-results/reports/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/renderer/**', 'test/e2e/**', '**/node_modules/**'],
        },
      },
      {
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
