/**
 * Starts the built browser-mode server (out/main/server.js) once per worker and hands tests its
 * address with the session token, exactly as a user would get it from `npm start`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = join(repoRoot, '../shared');
export const seedsDir = join(sharedDir, 'seeds');
export const hasSeeds = existsSync(seedsDir);
export const screenshotDir = join(repoRoot, 'test-results/screenshots');

/** The running app: its URL with token, and its parts. */
export interface AppServer {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
}

/** Starts `out/main/server.js` with extra command-line arguments (e.g. files to open). */
export function startServer(args: readonly string[] = []): Promise<{ child: ChildProcess; server: AppServer }> {
  const entry = join(repoRoot, 'out/main/server.js');
  if (!existsSync(entry)) throw new Error('out/main/server.js is missing: run `npm run build` first.');
  const child = spawn(process.execPath, [entry, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/.exec(out);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        resolve({ child, server: { url: match[0], origin: match[1], token: match[2] } });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

export const test = base.extend<object, { app: AppServer }>({
  app: [
    // Playwright reads fixture dependencies from the destructuring pattern; this fixture has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { child, server } = await startServer();
      await use(server);
      child.kill();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
