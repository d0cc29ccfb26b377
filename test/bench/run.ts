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
import { POLNEAR_DIR, readSplit, toArticle } from '../eval/polnear';

function main(): void {
  const file = resolve(POLNEAR_DIR, 'train.jsonl');
  if (!existsSync(file)) {
    console.log(`PolNeAR train split not found at ${file}; skipping the benchmark.`);
    return;
  }
  const gold = readSplit('train');
  const articles = gold.map(toArticle);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
  analyze(articles); // warm-up: JIT and lazily built tables
  const runs = 5;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyze(articles);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)]!;
  const mbps = bytes / 1e6 / (median / 1000);
  console.log(`engine: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, median ${median.toFixed(0)} ms of ${runs} runs → ${mbps.toFixed(1)} MB/s (one core)`);

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
    console.log(`cli:    ${paths.length} files → ${quotes} quotes, exit ${result.status}, wall ${(wall / 1000).toFixed(2)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
