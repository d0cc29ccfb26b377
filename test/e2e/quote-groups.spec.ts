/**
 * The reference case of the product: the two seed articles (a wire story and a machine-spun copy of
 * it) open, and the same quotes line up across them with their differences marked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, hasSeeds, screenshotDir, seedsDir, test } from './fixtures';

test.skip(!hasSeeds, `../shared/seeds not found at ${seedsDir}: these tests need the shared seed articles.`);

const seeds = () =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(seedsDir, f));

test('the Rubio quote is one reworded group with its substituted words marked', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(seeds());
  const rubio = page.getByTestId('group-row').filter({ hasText: 'vibrant diplomatic missions' });
  await expect(rubio).toHaveCount(1);
  await expect(rubio).toContainText('Marco Rubio');
  await expect(rubio).toContainText('Reworded');
  await expect(rubio).toHaveAttribute('data-flagged', 'true');

  await rubio.click();
  const detail = page.getByTestId('group-detail');
  await expect(detail.getByTestId('version')).toHaveCount(2);
  await expect(detail.locator('.diff-sub').first()).toBeVisible();
  await expect(detail).toContainText('need→wish');
  await page.screenshot({ path: join(screenshotDir, 'rubio-group.png') });
});

test('the spun copy is reported, and a version opens in its article', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(seeds());
  await expect(page.getByTestId('spun-copy')).toContainText('possible spun copy');
  await page.getByTestId('group-row').filter({ hasText: 'vibrant diplomatic missions' }).click();
  await page.getByTestId('version').first().getByRole('button', { name: 'Show in article →' }).click();
  await expect(page.locator('.quote-mark.focused')).toBeVisible();
  await expect(page.locator('.quote-mark.focused')).toContainText('vibrant diplomatic missions');
  await page.getByRole('button', { name: '← Back to the quote' }).click();
  await expect(page.getByTestId('group-detail')).toBeVisible();
});

test('the HTML report exports with the Rubio group in it', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(seeds());
  await expect(page.getByTestId('group-row').first()).toBeVisible();
  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Printable report (HTML)' }).click()]);
  const path = await download.path();
  const html = readFileSync(path, 'utf8');
  expect(download.suggestedFilename()).toMatch(/^verbatim-report-\d{4}-\d{2}-\d{2}\.html$/);
  expect(html).toContain('vibrant diplomatic missions');
  expect(html).toContain('Marco Rubio');
  expect(html).not.toContain('<script');
  await expect(page.getByRole('status')).toContainText('Exported');
});

test('a review mark with a note survives a reload', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(seeds());
  await page.getByTestId('group-row').filter({ hasText: 'vibrant diplomatic missions' }).click();
  const review = page.getByTestId('review');
  await review.getByRole('radio', { name: /Wording error/ }).click();
  await review.getByLabel('Note').fill('Spun copy swapped need→wish; use the wire wording.');
  await expect(page.getByTestId('group-row').filter({ hasText: 'vibrant diplomatic missions' })).toContainText('Wording error');
  await page.waitForTimeout(1000); // autosave waits for a pause in typing
  await page.screenshot({ path: join(screenshotDir, 'review-marked.png') });

  await page.reload();
  await page.getByTestId('file-input').setInputFiles(seeds());
  const row = page.getByTestId('group-row').filter({ hasText: 'vibrant diplomatic missions' });
  await expect(row).toContainText('Wording error');
  await row.click();
  await expect(page.getByTestId('review').getByRole('radio', { name: /Wording error/ })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('review').getByLabel('Note')).toHaveValue('Spun copy swapped need→wish; use the wire wording.');
  await page.getByText('Review', { exact: true }).click();
  await expect(page.getByTestId('review-place')).toHaveText('Kept in this browser');
});

test('keys 1–4 mark the selected quote and j/k move through the list', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(seeds());
  await expect(page.getByTestId('group-detail')).toBeVisible();
  await page.keyboard.press('j');
  await page.keyboard.press('4');
  const selected = page.locator('.group-row.selected');
  await expect(selected).toContainText('Needs follow-up');
  await page.keyboard.press('4');
  await expect(selected).not.toContainText('Needs follow-up');
});
