/// <reference lib="dom" />
/**
 * UI speed on real articles, measured in Debian's Chromium against the browser mode and printed (not
 * asserted): time from choosing 100 articles to the first quote groups on screen, and long tasks
 * while scrolling a list of 10,000+ groups. Needs ../shared (PolNeAR); skips without it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { buildCorpus } from './corpus';
import { expect, screenshotDir, sharedDir, startServer, test } from '../e2e/fixtures';

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
  // The page notes when the first source and the first group row are painted, counted from the input's
  // change event: Playwright's own time to hand over the files and its polling (up to 500 ms apart) are not the app's.
  await page.evaluate(() => {
    const times: Record<string, number> = {};
    (window as unknown as { __times: Record<string, number> }).__times = times;
    document.addEventListener('change', () => (times['change'] ??= performance.now()), { capture: true });
    const seen = new Set<string>();
    const watch = (key: string, selector: string) => {
      if (seen.has(key) || !document.querySelector(selector)) return;
      seen.add(key);
      requestAnimationFrame(() => setTimeout(() => (times[key] = performance.now()), 0));
    };
    new MutationObserver(() => {
      watch('sources', '[data-testid="source-item"]');
      watch('groups', '[data-testid="group-row"]');
    }).observe(document.body, { subtree: true, childList: true });
  });
  const started = Date.now();
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(page.getByTestId('source-item').first()).toBeVisible({ timeout: 120_000 });
  const listed = Date.now() - started;
  await expect(page.getByTestId('group-row').first()).toBeVisible({ timeout: 120_000 });
  const ms = Date.now() - started;
  await page.waitForFunction(() => (window as unknown as { __times: Record<string, number> }).__times['groups'] !== undefined);
  const times = await page.evaluate(() => (window as unknown as { __times: Record<string, number> }).__times);
  const since = (key: string) => Math.round((times[key] ?? NaN) - (times['change'] ?? NaN));
  const groups = await page.locator('.groups .badge').textContent().catch(() => '?');
  console.log(
    `[bench:ui] 100 articles chosen → in the page: sources painted ${since('sources')} ms, first groups painted ${since('groups')} ms after the change event; ` +
      `Playwright's view (includes handing over the files and its polling): sources ${listed} ms, groups ${ms} ms (${groups} groups when first seen)`,
  );
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
      `long tasks > 50 ms: ${over50.length} (max ${Math.round(result.long.reduce((m, d) => Math.max(m, d), 0))} ms)`,
  );
  if (process.env['BENCH_VERBOSE']) console.log(result.long.map(Math.round).join(' '));
});

/** What the page records about itself while a large set opens (installed before the folder is chosen). */
interface LoadWatch {
  started: number;
  /** How long the page's own handling of the folder input's change event took. */
  handler: number | null;
  sourcesAt: number | null;
  groupsAt: number | null;
  doneAt: number | null;
  labels: string[];
  long: number[];
}

/**
 * Main-thread task durations (ms) of the page's renderer in a Chromium trace (toplevel RunTask events)
 * after the `bench-start` mark, if there is one. The task that hands Playwright's 10,000 files to the
 * input (seconds, inside Chromium) holds the change event, so only tasks after it count; the page's own
 * change handler is timed separately.
 */
function rendererTasks(tracePath: string): number[] {
  type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string } };
  // Chromium writes one event per line; a ten-minute trace is too large to parse as one string.
  const trace = readFileSync(tracePath);
  const events: TraceEvent[] = [];
  for (let start = 0; start < trace.length; ) {
    let end = trace.indexOf(10, start);
    if (end < 0) end = trace.length;
    const line = trace.toString('utf8', start, end);
    start = end + 1;
    if (!/CrRendererMain|ThreadControllerImpl::RunTask|bench-start/.test(line)) continue;
    events.push(JSON.parse(line.replace(/,\s*$/, '').replace(/^\{"traceEvents":\[/, '')) as TraceEvent);
  }
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const from = events.find((e) => e.name === 'bench-start')?.ts ?? 0;
  return events
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`) && e.ts > from)
    .map((e) => (e.dur ?? 0) / 1000);
}

/**
 * Opens the 10,000-article corpus and waits until the comparison is listed, recording a trace. `open`
 * starts the load the way a user would; the page watches itself from the moment it starts.
 */
async function measureLargeOpen(page: Page, browser: Browser, label: string, open: () => Promise<void>) {
  const tracePath = join(tmpdir(), `verbatim-bench-${label}.trace.json`);
  // Installed in every document before its scripts: the command-line path starts loading as the page loads.
  await page.addInitScript(() => {
    const watch: LoadWatch = { started: performance.now(), handler: null, sourcesAt: null, groupsAt: null, doneAt: null, labels: [], long: [] };
    (window as unknown as { __watch: LoadWatch }).__watch = watch;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => watch.long.push(e.duration))).observe({ type: 'longtask', buffered: true });
    const isFolderInput = (e: Event) => (e.target as HTMLElement | null)?.dataset['testid'] === 'folder-input';
    document.addEventListener(
      'change',
      (e) => {
        if (isFolderInput(e)) watch.started = performance.now();
      },
      { capture: true },
    );
    // React handles the event at its root, between these two listeners.
    document.addEventListener('change', (e) => {
      if (!isFolderInput(e)) return;
      watch.handler = performance.now() - watch.started;
      performance.mark('bench-start');
    });
    let wasDone = false;
    setInterval(() => {
      const now = performance.now();
      if (watch.sourcesAt === null && document.querySelector('[data-testid="source-item"]')) watch.sourcesAt = now;
      if (watch.groupsAt === null && document.querySelector('[data-testid="group-row"]')) watch.groupsAt = now;
      for (const el of document.querySelectorAll('.progress-label > span, [data-testid="analysis-status"] > span')) {
        const kind = (el.textContent ?? '').replace(/\d+%/, 'n%').replace(/\d[\d,]*/g, 'n');
        if (!watch.labels.includes(kind)) watch.labels.push(kind);
      }
      const done = !document.querySelector('[data-testid="analysis-status"], .progress') && document.querySelector('[data-testid="group-row"]') !== null;
      if (done && !wasDone) watch.doneAt = now;
      wasDone = done;
    }, 100);
  });
  await browser.startTracing(page, { path: tracePath, categories: ['toplevel', 'blink.user_timing'] });
  await open();
  // Mid-load: sources are listing and progress shows.
  await expect(page.getByTestId('source-item').first()).toBeVisible({ timeout: 120_000 });
  await page.waitForTimeout(4000);
  await page.screenshot({ path: join(screenshotDir, `bench-10k-${label}-loading.png`) });
  await expect(page.getByTestId('analysis-status')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('analysis-status')).toHaveCount(0, { timeout: 1_500_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByTestId('group-row').first()).toBeVisible();
  await page.waitForTimeout(1000);
  await browser.stopTracing();
  await page.screenshot({ path: join(screenshotDir, `bench-10k-${label}-done.png`) });
  const watch = await page.evaluate(() => (window as unknown as { __watch: LoadWatch }).__watch);
  const tasks = rendererTasks(tracePath);
  const sources = await page.locator('.sources .badge').textContent();
  const groups = await page.locator('.groups .badge').textContent();
  const at = (t: number | null) => (t === null ? 'never' : `${((t - watch.started) / 1000).toFixed(1)} s`);
  const over = (list: number[], ms: number) => list.filter((d) => d > ms).length;
  console.log(
    `[bench:ui] 10,000 articles (${label}): ${sources} sources, ${groups} groups; sources listed ${at(watch.sourcesAt)}, first groups ${at(watch.groupsAt)}, all done ${at(watch.doneAt)}\n` +
      `[bench:ui]   folder input's change handler: ${watch.handler === null ? 'n/a' : `${Math.round(watch.handler)} ms`}\n` +
      `[bench:ui]   renderer main thread after it (trace, ${tasks.length} tasks): longest ${Math.round(tasks.reduce((m, d) => Math.max(m, d), 0))} ms, over 50 ms: ${over(tasks, 50)}, over 100 ms: ${over(tasks, 100)}\n` +
      `[bench:ui]   longtask observer: longest ${Math.round(watch.long.reduce((m, d) => Math.max(m, d), 0))} ms, over 50 ms: ${over(watch.long, 50)}, over 100 ms: ${over(watch.long, 100)}\n` +
      `[bench:ui]   progress shown: ${watch.labels.join(' | ')}`,
  );
  if (process.env['BENCH_VERBOSE']) console.log(tasks.sort((a, b) => b - a).slice(0, 20).map(Math.round).join(' '));
}

test.describe('10,000-article folder', () => {
  test.describe.configure({ timeout: 1_800_000 });
  const corpus = buildCorpus(10_000);
  test.skip(!corpus, 'The 10,000-article corpus is built from ../shared (PolNeAR, BASIL), which is not here.');

  test('chosen with "Open folder…": responsiveness while it loads', async ({ page, app, browser }) => {
    await measureLargeOpen(page, browser, 'folder', async () => {
      await page.goto(app.url);
      await page.getByTestId('folder-input').setInputFiles(corpus!.dir);
    });
  });

  test('named on the command line (npm start -- <folder>): responsiveness while it loads', async ({ page, browser }) => {
    test.skip(!process.env['BENCH_PENDING'], 'Set BENCH_PENDING=1 to measure the command-line path as well (another ten minutes).');
    const { child, server } = await startServer([corpus!.dir]);
    try {
      await measureLargeOpen(page, browser, 'command-line', () => page.goto(server.url).then(() => undefined));
    } finally {
      child.kill();
    }
  });
});
