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
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wp = BrowserWindow.getAllWindows()[0]!.webContents.getLastWebPreferences();
      return { contextIsolation: wp?.contextIsolation, sandbox: wp?.sandbox, nodeIntegration: wp?.nodeIntegration };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  } finally {
    await app.close();
  }
});
