/**
 * `npm run bench`: engine throughput over the PolNeAR train texts (MB of UTF-8 article text per second on
 * one core), and the wall time of the CLI analysing every train article as files. Prints figures; asserts
 * nothing (timing belongs here, not in tests). Skips cleanly when ../shared is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../electron/engine/analyze';
import { extract } from '../../electron/engine/extract';
import type { Canonicalised } from '../../electron/engine/speakers';
import { mergeNames } from '../../electron/engine/speakers/merge';
import { POLNEAR_DIR, readSplit, toArticle } from '../eval/polnear';
import { BASELINES } from './baselines';


function speakerCounts(extracted: readonly Canonicalised[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of extracted) for (const s of c.statements) if (s.speaker) counts.set(s.speaker.name, (counts.get(s.speaker.name) ?? 0) + 1);
  return counts;
}

function main(): void {
  const file = resolve(POLNEAR_DIR, 'train.jsonl');
  if (!existsSync(file)) {
    console.log(`PolNeAR train split not found at ${file}; skipping the benchmark.`);
    return;
  }
  const gold = readSplit('train');
  const articles = gold.map(toArticle);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
  const mbps = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  const measure = (label: string, runs: number, run: () => void): number => {
    // Warm-up: lazily built tables, and two passes for the JIT (a second pass still ran ~40% slower than
    // later ones). The engine runs in long-lived threads, so steady state is what a large set sees.
    run();
    run();
    // CPU time of this process (one thread) as well as wall time: on a shared machine wall time also
    // counts the time other processes held the core.
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      run();
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      wall.push(performance.now() - t0);
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `${label}: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, median of ${runs} runs: ` +
        `${mbps(median(cpu))} MB/s per core (CPU ${median(cpu).toFixed(0)} ms), wall ${median(wall).toFixed(0)} ms`,
    );
    return median(cpu);
  };
  // Extraction (segment → detect quotes → attribute → canonicalise, then cross-article names): issue 3's
  // engine. The full analysis adds the align stage, measured separately.
  const ours = measure('extraction', 7, () => mergeNames(speakerCounts(articles.map(extract))));
  measure('analyze (with alignment)', 2, () => analyze(articles));

  // Baselines over the same text, in the same run: the floor no extractor beats, and two peer NLP passes.
  const texts = articles.map((a) => a.text);
  // The raw scan is quick enough for 5 runs; compromise is slow enough for one.
  const runs = [5, 2, 1];
  const baselines: [string, number][] = BASELINES.map(([name, pass], i) => [name, measure(`baseline: ${name}`, runs[i]!, () => texts.forEach(pass))]);
  for (const [name, ms] of baselines) {
    const ratio = ms / ours;
    console.log(`  extraction vs ${name}: ${ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`}`);
  }

  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
  try {
    const paths = gold.map((g, i) => {
      const path = join(dir, `${String(i).padStart(4, '0')}.txt`);
      writeFileSync(path, g.text);
      return path;
    });
    const bin = resolve(import.meta.dirname, '../../electron/cli/bin.mjs');
    const t0 = performance.now();
    const result = spawnSync(process.execPath, [bin, 'analyze', '--json', ...paths], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const wall = performance.now() - t0;
    const quotes = result.status === 0 ? (JSON.parse(result.stdout) as { quotes: unknown[] }).quotes.length : -1;
    console.log(`cli analyze --json: ${paths.length} files → ${quotes} quotes, exit ${result.status}, wall ${(wall / 1000).toFixed(2)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
