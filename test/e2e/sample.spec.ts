/** The sample articles behind "Try a sample": a reworded quote and a quote credited to two people. */
import { join } from 'node:path';
import { expect, screenshotDir, test } from './fixtures';

test('"Try a sample" opens two outlets and flags the misattributed quote', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Try a sample' }).click();
  await expect(page.getByTestId('source-item')).toHaveCount(2);
  const row = page.getByTestId('group-row').filter({ hasText: 'afford to wait' });
  await expect(row).toContainText('Speaker differs');
  await row.click();
  await expect(page.getByTestId('group-detail')).toContainText('Different speaker');
  await page.screenshot({ path: join(screenshotDir, 'sample.png') });
});

test('the speakers view lists each person and shows all their quotes', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Try a sample' }).click();
  await page.getByRole('tab', { name: 'Speakers' }).click();
  const osei = page.getByTestId('speaker-list').getByRole('button').filter({ hasText: 'David Osei' });
  await expect(osei).toContainText('quotes');
  await osei.click();
  await expect(page.getByText('Speaker: David Osei')).toBeVisible();
  const rows = page.getByTestId('group-row');
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents()) expect(text).toContain('David Osei');
  await page.screenshot({ path: join(screenshotDir, 'speaker.png') });
});
