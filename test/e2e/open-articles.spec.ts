/// <reference lib="dom" />
/**
 * The first vertical slice as a user does it: start the app, open articles through the UI, see them
 * listed; bad files get a clear message and do not stop the good ones.
 */
import { join } from 'node:path';
import { countWords, titleOf } from '../../electron/engine/load/article';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, hasSeeds, screenshotDir, seedsDir, startServer, test } from './fixtures';

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

test('the empty window explains what to do', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Is the quote real, and who said it?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open articles…' }).first()).toBeVisible();
  await expect(page.getByText('Browser mode')).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'empty.png') });
});

test('opens both seed articles and lists them with titles and word counts', async ({ page, app }) => {
  test.skip(!hasSeeds, `../shared/seeds not found at ${seedsDir}: this test needs the shared seed articles.`);
  const files = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(seedsDir, f));
  expect(files.length).toBe(2);

  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(files);

  const items = page.getByTestId('source-item');
  await expect(items).toHaveCount(2);
  for (const [i, file] of files.entries()) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    await expect(items.nth(i).getByTestId('source-title')).toHaveText(titleOf(text, file));
    await expect(items.nth(i).getByTestId('source-words')).toHaveText(plural(countWords(text), 'word'));
  }
  // Clicking a source opens it in the reader.
  await items.first().getByRole('button').first().click();
  await expect(page.locator('.reader-title')).toHaveText(titleOf(readFileSync(files[0]!, 'utf8'), files[0]!));
  await page.screenshot({ path: join(screenshotDir, 'seeds-open.png') });
});

test('a binary or empty file gets a clear message and the other files still open', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles([
    { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\u0090\u0000') },
    { name: 'brief.txt', mimeType: 'text/plain', buffer: Buffer.from('City council briefing\n\n“We will vote on Monday,” the mayor said.\n') },
  ]);
  await expect(page.getByTestId('source-item')).toHaveCount(1);
  await expect(page.getByTestId('source-title')).toHaveText('City council briefing');
  const failures = page.getByTestId('failure-item');
  await expect(failures).toHaveCount(3);
  await expect(failures.filter({ hasText: 'photo.txt' })).toContainText('binary file');
  await expect(failures.filter({ hasText: 'empty.txt' })).toContainText('empty');
  await expect(failures.filter({ hasText: 'setup.exe' })).toContainText('not supported');
  await page.screenshot({ path: join(screenshotDir, 'bad-files.png') });
});

test('a file can be removed from the sources', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles([
    { name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from('First story\nBody.') },
    { name: 'two.txt', mimeType: 'text/plain', buffer: Buffer.from('Second story\nBody.') },
  ]);
  await expect(page.getByTestId('source-item')).toHaveCount(2);
  await page.getByTestId('source-item').first().hover();
  await page.getByRole('button', { name: 'Remove one.txt' }).click();
  await expect(page.getByTestId('source-item')).toHaveCount(1);
  await expect(page.getByTestId('source-title')).toHaveText('Second story');
});

test('files dropped on the window open', async ({ page, app }) => {
  await page.goto(app.url);
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Dropped story\n“It works,” she said.'], 'dropped.txt', { type: 'text/plain' }));
    return dt;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop to open these articles')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('source-title')).toHaveText('Dropped story');
  await expect(page.getByText('Drop to open these articles')).toBeHidden();
});

test('files named on the command line open when the page loads', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-args-'));
  const file = join(dir, 'briefing.txt');
  writeFileSync(file, 'Morning briefing\nThe minister said talks would resume.');
  const { child, server } = await startServer([file]);
  try {
    await page.goto(server.url);
    await expect(page.getByTestId('source-title')).toHaveText('Morning briefing');
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a folder named on the command line opens every article in it and compares them', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-args-folder-'));
  mkdirSync(join(dir, 'b'));
  for (let i = 1; i <= 12; i++) writeFileSync(join(dir, i % 2 ? 'b' : '.', `story-${i}.txt`), `Report ${i}\n“Talks will resume,” the minister said.`);
  writeFileSync(join(dir, 'cover.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  const { child, server } = await startServer([dir]);
  try {
    await page.goto(server.url);
    await expect(page.getByTestId('source-item')).toHaveCount(12);
    await expect(page.getByTestId('failure-item')).toHaveCount(0);
    await expect(page.getByTestId('group-row').first()).toBeVisible();
    await expect(page.getByTestId('analysis-status')).toHaveCount(0);
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('"Open folder…" opens the articles in a folder and its subfolders, nothing else', async ({ page, app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-folder-'));
  mkdirSync(join(dir, 'later'));
  writeFileSync(join(dir, 'first.txt'), 'First report\nThe minister said talks would resume.');
  writeFileSync(join(dir, 'later', 'second.md'), 'Second report\nThe mayor said the bridge would open.');
  writeFileSync(join(dir, 'cover.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  await page.goto(app.url);
  try {
    await page.getByTestId('folder-input').setInputFiles(dir);
    await expect(page.getByTestId('source-item')).toHaveCount(2);
    await expect(page.getByTestId('failure-item')).toHaveCount(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pasted text becomes a new source', async ({ page, app }) => {
  await page.goto(app.url);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Pasted briefing\n“We will publish the figures on Friday,” the minister said.');
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(page.getByTestId('source-title')).toHaveText('Pasted briefing');
});
