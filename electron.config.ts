import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security';

/**
 * The strict CSP goes into the built page only: Vite's dev server injects inline styles and scripts
 * for hot reload, which a strict policy would (rightly) block.
 */
// frame-ancestors is only honoured as a header (the server and Electron send it); in a meta tag it just warns.
const META_CSP = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

function cspMeta(): Plugin {
  return {
    name: 'verbatim-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`,
      ),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        // The Electron shell, the browser-mode server (plain Node), the worker threads both use, and the CLI.
        input: {
          index: resolve('electron/main/index.ts'),
          server: resolve('electron/server/index.ts'),
          'analysis-worker': resolve('electron/worker/analysis.ts'),
          'load-worker': resolve('electron/engine/load/worker.ts'),
          // The extraction pool's threads (tinypool imports this file by path; see engine/parallel/pool.ts).
          'extract-worker': resolve('electron/engine/parallel/worker.ts'),
          cli: resolve('electron/cli/verbatim.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but a few Electron modules, so it is one self-contained CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
