/**
 * Launches the real Electron shell where its binary exists. On machines that cannot download Electron
 * (no internet), the test is skipped with the reason; the same renderer is covered in the browser mode.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron } from '@playwright/test';
import { expect, repoRoot, test } from './fixtures';

function electronBinary(): string | null {
  const pathFile = join(repoRoot, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(repoRoot, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

test('the Electron window opens with the secure defaults and the app', async () => {
  test.skip(!binary, 'Electron binary not installed (node_modules/electron/dist is missing: it could not be downloaded on this machine).');
  const app = await electron.launch({
    executablePath: binary!,
    args: [repoRoot, ...(process.env['CI'] ? ['--no-sandbox'] : [])],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Is the quote real, and who said it?' })).toBeVisible();
    // The page sees the bridge's named functions and nothing of Node or ipcRenderer.
    const surface = await window.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      const bridge = g['verbatim'] as { api: Record<string, unknown> };
      return { require: typeof g['require'], process: typeof g['process'], keys: Object.keys(bridge).sort(), api: Object.keys(bridge.api).sort() };
    });
    expect(surface).toMatchObject({ require: 'undefined', process: 'undefined', keys: ['api', 'onMenuCommand'] });
    expect(surface.api).toContain('articles.load');
    const info = await window.evaluate(() =>
      (globalThis as unknown as { verbatim: { api: { 'app.info': (i: object) => Promise<{ mode: string }> } } }).verbatim.api['app.info']({}),
    );
    expect(info.mode).toBe('electron');
  } finally {
    await app.close();
  }
});
