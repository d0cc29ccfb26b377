/// <reference lib="dom" />
/**
 * UI speed on real articles, measured in Debian's Chromium against the browser mode and printed (not
 * asserted): time from choosing 100 articles to the first quote groups on screen, and long tasks
 * while scrolling a list of 10,000+ groups. Needs ../shared (PolNeAR); skips without it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, sharedDir, test } from '../e2e/fixtures';

const trainFile = join(sharedDir, 'eval/polnear/train.jsonl');

function writeArticles(count: number): string[] {
  const lines = readFileSync(trainFile, 'utf8').split('\n').filter(Boolean);
  const dir = join(tmpdir(), `verbatim-bench-ui-${count}`);
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const { text } = JSON.parse(lines[i % lines.length]!) as { text: string };
    const path = join(dir, `article-${String(i).padStart(5, '0')}.txt`);
    // Repeated articles get a distinct first line so they are distinct sources.
    writeFileSync(path, i < lines.length ? text : `Copy ${i}: ${text}`);
    return path;
  });
}

test.skip(!existsSync(trainFile), `PolNeAR not found at ${trainFile}: the UI benchmark needs ../shared.`);

test('100 articles: time to first quote groups', async ({ page, app }) => {
  const files = writeArticles(100);
  await page.goto(app.url);
  const started = Date.now();
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(page.getByTestId('source-item').first()).toBeVisible({ timeout: 120_000 });
  const listed = Date.now() - started;
  await expect(page.getByTestId('group-row').first()).toBeVisible({ timeout: 120_000 });
  const ms = Date.now() - started;
  const groups = await page.locator('.groups .badge').textContent();
  console.log(`[bench:ui] 100 articles opened → sources listed in ${listed} ms, first groups visible in ${ms} ms (${groups} groups)`);
});

test('10,000+ groups: long tasks while scrolling', async ({ page, app }) => {
  const files = writeArticles(800);
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(page.getByTestId('group-row').first()).toBeVisible({ timeout: 300_000 });
  await page.getByRole('radio', { name: /^All/ }).click();
  const groups = Number((await page.locator('.groups .badge').textContent())?.replace(/,/g, ''));
  const result = await page.evaluate(async () => {
    const long: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    const scroller = document.querySelector('.group-scroller') as HTMLElement;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const started = performance.now();
    let frames = 0;
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) {
      scroller.scrollTop += 600;
      await frame();
      frames++;
    }
    const ms = performance.now() - started;
    await new Promise((r) => setTimeout(r, 200));
    observer.disconnect();
    return { frames, ms, long };
  });
  const over50 = result.long.filter((d) => d > 50);
  console.log(
    `[bench:ui] ${groups} groups scrolled top to bottom in ${result.frames} frames (${Math.round(result.ms)} ms, ${(result.ms / result.frames).toFixed(1)} ms/frame); ` +
      `long tasks > 50 ms: ${over50.length} (max ${Math.round(Math.max(0, ...result.long))} ms)`,
  );
  if (process.env['BENCH_VERBOSE']) console.log(result.long.map(Math.round).join(' '));
});
