/** No serious or critical axe-core violations on the start screen, the quote view and the reader. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations (${scheme})`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(app.url);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Try a sample' }).click();
    await expect(page.getByTestId('group-detail')).toBeVisible();
    await page.keyboard.press('2');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('version').first().getByRole('button', { name: 'Show in article →' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
