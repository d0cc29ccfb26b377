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
import { expect, repoRoot, screenshotDir, sharedDir, startServer, test } from '../e2e/fixtures';

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

/**
 * Kept beside the other results, not in the shared /tmp (where another checkout's run could overwrite
 * it), nor in the bench's output folder (Playwright empties that at the start of every run).
 */
const traceDir = join(repoRoot, 'test-results/bench-traces');

/**
 * Tasks and marks are enough for the figures; BENCH_TRACE_DETAIL=1 adds what the Performance panel
 * shows inside a task (script, layout, paint, garbage collection), to find out what a long task was.
 */
const traceCategories = [
  'toplevel',
  'blink.user_timing',
  ...(process.env['BENCH_TRACE_DETAIL'] ? ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.gc', 'disabled-by-default-v8.cpu_profiler', 'mojom'] : []),
];

/** One main-thread task: when it started (the page's clock, ms) and how long it ran (ms). */
interface Task {
  start: number;
  duration: number;
}

/** What the page records about itself while a large set opens (installed before the folder is chosen). */
interface LoadWatch {
  /** When the set was chosen: the folder handed to the input, or the document's start for the command line. */
  chosen: number;
  /** When the page saw the folder input's change event (the chosen time where there is none). */
  started: number;
  /** How long the page's own handling of the folder input's change event took. */
  handler: number | null;
  sourcesAt: number | null;
  groupsAt: number | null;
  doneAt: number | null;
  labels: string[];
  /** What the longtask observer saw (tasks over 50 ms). */
  long: Task[];
}

/** The `bench-chosen` mark names the moment the measured span starts, in the page and in the trace. */
const CHOSEN_MARK = 'bench-chosen';

/**
 * The main-thread tasks of the page's renderer in a Chromium trace, from the last `bench-chosen` mark
 * on, on the page's clock (the mark is in both). A task is a toplevel RunTask event together with the
 * microtask checkpoint Blink runs right after it: the checkpoint is traced beside the task, not inside
 * it, yet it is where promise continuations run (every `await` on a fetch), and the longtask observer
 * counts it as part of the task.
 */
function rendererTasks(tracePath: string, chosen: number): Task[] {
  type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number };
  const TASK = 'ThreadControllerImpl::RunTask';
  const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
  // Chromium writes one event per line; a ten-minute trace is too large to parse as one string.
  const trace = readFileSync(tracePath);
  const events: TraceEvent[] = [];
  for (let start = 0; start < trace.length; ) {
    let end = trace.indexOf(10, start);
    if (end < 0) end = trace.length;
    const line = trace.toString('utf8', start, end);
    start = end + 1;
    if (!line.includes(`"${TASK}"`) && !line.includes(`"${CHECKPOINT}"`) && !line.includes(CHOSEN_MARK)) continue;
    events.push(JSON.parse(line.replace(/,\s*$/, '').replace(/^\{"traceEvents":\[/, '')) as TraceEvent);
  }
  const mark = events.filter((e) => e.name === CHOSEN_MARK).at(-1);
  if (!mark) return [];
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid).sort((a, b) => a.ts - b.ts);
  const tasks: { ts: number; end: number }[] = [];
  for (const e of onMain) {
    const end = e.ts + (e.dur ?? 0);
    const last = tasks.at(-1);
    if (last && e.ts < last.end) continue; // nested in the task before (a checkpoint inside a task)
    // A checkpoint starting as its task ends belongs to it (the trace's clock has microsecond steps).
    if (last && e.name === CHECKPOINT && e.ts - last.end < 50) last.end = end;
    else tasks.push({ ts: e.ts, end });
  }
  return tasks.filter((t) => t.end > mark.ts).map((t) => ({ start: chosen + (t.ts - mark.ts) / 1000, duration: (t.end - t.ts) / 1000 }));
}

/**
 * How a list of tasks reads in the report. `handOver` is the task that holds the change event: Chromium
 * builds the input's 10,000 File objects in it, one synchronous MIME-type lookup in the browser process
 * per file (MimeRegistry::GetMimeTypeFromExtension in a BENCH_TRACE_DETAIL trace), before any page script
 * runs; the same task appears with no script on the page at all, so it is shown apart from the page's own.
 */
function summary(tasks: readonly Task[], changeAt: number | null): { handOver: number | null; text: string } {
  const holds = (t: Task) => changeAt !== null && t.start <= changeAt && changeAt <= t.start + t.duration;
  const handOver = tasks.find(holds)?.duration ?? null;
  const rest = tasks.filter((t) => !holds(t)).map((t) => t.duration);
  const over = (ms: number) => rest.filter((d) => d > ms).length;
  return { handOver, text: `longest ${Math.round(Math.max(0, ...rest))} ms, over 50 ms: ${over(50)}, over 100 ms: ${over(100)}` };
}

/** Long tasks one record has and the other lacks (matched by start within a few ms, and by length). */
function unmatched(from: readonly Task[], other: readonly Task[]): string {
  const matches = (t: Task) => (o: Task) => Math.abs(o.start - t.start) < 5 && Math.abs(o.duration - t.duration) < 5;
  const missing = from.filter((t) => t.duration > 50 && !other.some(matches(t)));
  return missing.map((t) => `${Math.round(t.duration)} ms at ${(t.start / 1000).toFixed(1)} s`).join(', ') || 'none';
}

/**
 * Opens the 10,000-article corpus and waits until the comparison is listed, recording a trace. `open`
 * starts the load the way a user would (marking the moment with `markChosen`); the page watches itself
 * from the start of its document, and both the trace and the longtask observer are read from that mark
 * until the comparison is listed.
 */
async function measureLargeOpen(page: Page, browser: Browser, label: string, open: (markChosen: () => Promise<void>) => Promise<void>) {
  mkdirSync(traceDir, { recursive: true });
  const tracePath = join(traceDir, `bench-10k-${label}.trace.json`);
  // Installed in every document before its scripts: the command-line path starts loading as the page loads.
  await page.addInitScript((mark) => {
    const now = performance.mark(mark).startTime;
    const watch: LoadWatch = { chosen: now, started: now, handler: null, sourcesAt: null, groupsAt: null, doneAt: null, labels: [], long: [] };
    (window as unknown as { __watch: LoadWatch }).__watch = watch;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => watch.long.push({ start: e.startTime, duration: e.duration }))).observe({
      type: 'longtask',
      buffered: true,
    });
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
  }, CHOSEN_MARK);
  // The renderer's heap, sampled over DevTools while the set loads: its peak is what the garbage collector walks.
  const cdp = await page.context().newCDPSession(page);
  let peakHeap = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }))) as { usedSize: number };
      peakHeap = Math.max(peakHeap, usedSize);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  await browser.startTracing(page, { path: tracePath, categories: traceCategories });
  await open(() =>
    page.evaluate((mark) => {
      const watch = (window as unknown as { __watch: LoadWatch }).__watch;
      watch.chosen = watch.started = performance.mark(mark).startTime;
    }, CHOSEN_MARK),
  );
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
  sampling = false;
  await sampler;
  const { usedSize: endHeap } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const watch = await page.evaluate(() => (window as unknown as { __watch: LoadWatch }).__watch);
  await page.screenshot({ path: join(screenshotDir, `bench-10k-${label}-done.png`) });
  const changeAt = watch.handler === null ? null : watch.started;
  const traced = rendererTasks(tracePath, watch.chosen);
  const observed = watch.long.filter((t) => t.start + t.duration > watch.chosen);
  const inTrace = summary(traced, changeAt);
  const inObserver = summary(observed, changeAt);
  const sources = await page.locator('.sources .badge').textContent();
  const groups = await page.locator('.groups .badge').textContent();
  const at = (t: number | null) => (t === null ? 'never' : `${((t - watch.started) / 1000).toFixed(1)} s`);
  const ms = (d: number | null) => (d === null ? 'none' : `${Math.round(d)} ms`);
  console.log(
    `[bench:ui] 10,000 articles (${label}): ${sources} sources, ${groups} groups; sources listed ${at(watch.sourcesAt)}, first groups ${at(watch.groupsAt)}, all done ${at(watch.doneAt)}\n` +
      `[bench:ui]   Chromium's hand-over of the chosen files (one task, before the page's change handler): ${ms(inTrace.handOver)} in the trace, ${ms(inObserver.handOver)} seen by the longtask observer; ` +
      `the page's change handler in it: ${ms(watch.handler)}\n` +
      `[bench:ui]   every other main-thread task from choosing to listed, trace (${traced.length} tasks): ${inTrace.text}\n` +
      `[bench:ui]   the same span, longtask observer: ${inObserver.text}\n` +
      `[bench:ui]   long tasks only in the trace: ${unmatched(traced, observed)}; only in the observer: ${unmatched(observed, traced)}\n` +
      `[bench:ui]   progress shown: ${watch.labels.join(' | ')}\n` +
      `[bench:ui]   renderer heap: peak ${Math.round(peakHeap / 2 ** 20)} MB while loading (sampled every 250 ms), ${Math.round(endHeap / 2 ** 20)} MB when listed`,
  );
  if (process.env['BENCH_VERBOSE']) {
    const top = (list: readonly Task[]) => [...list].sort((a, b) => b.duration - a.duration).slice(0, 20).map((t) => `${Math.round(t.duration)}@${(t.start / 1000).toFixed(1)}`).join(' ');
    console.log(`[bench:ui]   longest in the trace: ${top(traced)}\n[bench:ui]   longest observed: ${top(observed)}`);
  }
}

test.describe('10,000-article folder', () => {
  test.describe.configure({ timeout: 1_800_000 });
  const corpus = buildCorpus(10_000);
  test.skip(!corpus, 'The 10,000-article corpus is built from ../shared (PolNeAR, BASIL), which is not here.');

  test('chosen with "Open folder…": responsiveness while it loads', async ({ page, app, browser }) => {
    await measureLargeOpen(page, browser, 'folder', async (markChosen) => {
      await page.goto(app.url);
      // Playwright sets up its own script in the page on first use (a task of 60-150 ms): not the app's.
      await page.getByTestId('folder-input').waitFor({ state: 'attached' });
      await markChosen();
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
