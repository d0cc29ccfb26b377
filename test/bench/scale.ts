/**
 * `npm run bench` (second part): newsroom scale. For corpora of 1,000 / 2,000 / 5,000 / 10,000 real
 * articles (./corpus.ts: PolNeAR and BASIL texts repeated with distinct names), files on disk → full
 * Analysis through the parallel path (worker threads read, decode and extract; results stream into
 * grouping): load+extract throughput over all threads, grouping time (after the last article is in),
 * end-to-end wall and CPU time, peak memory (the process's peak RSS, which counts its worker threads),
 * and the doubling ratios. Each size runs in a fresh process so its peak memory is its own. Then the
 * three baselines over the 1,000-article text in the same run, with ratios. Prints; asserts nothing.
 *
 *   npx tsx test/bench/scale.ts [--jobs N (threads in all, as the CLI's)] [--sizes 1000,2000] [--hash (prints a digest of each result)]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BASELINES } from './baselines';
import { analyzeParallel, createExtractionPool, extractionThreads } from '../../electron/engine/parallel';
import { buildCorpus, hasCorpusData } from './corpus';

const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
// Threads at work in all, as the CLI's --jobs: this one coordinates, the others extract (always one
// at least: unlike the CLI, --jobs 1 does not analyse in this thread).
const jobs = Number(argValue('--jobs') ?? availableParallelism());
const threads = extractionThreads(jobs);
// The built worker starts fast; from source each thread compiles the engine through tsx first.
const built = resolve(import.meta.dirname, '../../out/main/extract-worker.js');

interface Figures {
  articles: number;
  mb: number;
  quotes: number;
  groups: number;
  extractMs: number;
  groupMs: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  /** sha256 of the whole Analysis as JSON, with --hash: to check a speed change leaves the result alone. */
  hash?: string;
}

/** One size, in this process (the child). */
async function measure(count: number): Promise<Figures> {
  const corpus = buildCorpus(count)!;
  const pool = createExtractionPool({ threads, ...(existsSync(built) ? { entry: built } : {}) });
  await pool.warm(); // threads start with the app (or the CLI), before the user's files arrive
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let extracted = 0;
  const { analysis } = await analyzeParallel(corpus.files.map((path) => ({ path })), {
    pool,
    onProgress: (p) => {
      if (p.stage === 'compare') extracted = performance.now();
    },
  });
  const end = performance.now();
  const cpu = process.cpuUsage(c0);
  await pool.close();
  return {
    articles: count,
    mb: corpus.bytes / 1e6,
    quotes: analysis.quotes.length,
    groups: analysis.groups.length,
    extractMs: extracted - t0,
    groupMs: end - extracted,
    wallMs: end - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    ...(process.argv.includes('--hash') ? { hash: createHash('sha256').update(JSON.stringify(analysis)).digest('hex') } : {}),
  };
}

/** MB/s of one core (process CPU time) for a pass over the texts. */
function baseline(texts: readonly string[], mb: number, run: (t: string) => unknown): number {
  run(texts[0]!); // warm-up
  const c0 = process.cpuUsage();
  for (const t of texts) run(t);
  const c = process.cpuUsage(c0);
  return mb / ((c.user + c.system) / 1e6);
}

async function main(): Promise<void> {
  const child = argValue('--child');
  if (child) {
    console.log(JSON.stringify(await measure(Number(child))));
    return;
  }
  if (!hasCorpusData()) {
    console.log('bench:scale skipped: ../shared/eval (PolNeAR and BASIL) is absent.');
    return;
  }
  const sizes = (argValue('--sizes') ?? '1000,2000,5000,10000').split(',').map(Number);
  console.log(`scale bench: ${threads + 1} threads (1 coordinating, ${threads} extracting) on ${availableParallelism()} cores, ${existsSync(built) ? 'built worker' : 'worker from source (run npm run build first)'}`);
  const rows: Figures[] = [];
  for (const n of sizes) {
    buildCorpus(n); // written once, outside the measurement
    const hash = process.argv.includes('--hash') ? ['--hash'] : [];
    const out = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', String(n), '--jobs', String(jobs), ...hash], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const line = out.stdout.trim().split('\n').at(-1) ?? '';
    if (out.status !== 0 || !line.startsWith('{')) {
      console.log(`${n} articles: failed (exit ${out.status})\n${out.stderr}`);
      continue;
    }
    const f = JSON.parse(line) as Figures;
    rows.push(f);
    console.log(
      `${String(f.articles).padStart(6)} articles ${f.mb.toFixed(1).padStart(5)} MB  load+extract ${(f.mb / (f.extractMs / 1000)).toFixed(1).padStart(5)} MB/s ` +
        `(${(f.extractMs / 1000).toFixed(2)} s)  grouping ${(f.groupMs / 1000).toFixed(2).padStart(5)} s  end to end ${(f.wallMs / 1000).toFixed(2).padStart(6)} s wall ` +
        `${(f.cpuMs / 1000).toFixed(2).padStart(6)} s CPU  peak RSS ${f.peakRssMb.toFixed(0).padStart(5)} MB  ${f.quotes} quotes, ${f.groups} groups` +
        (f.hash ? `  sha256 ${f.hash.slice(0, 16)}` : ''),
    );
  }
  const at = (n: number) => rows.find((r) => r.articles === n);
  for (const [small, large] of [[1000, 2000], [5000, 10000]] as const) {
    const a = at(small);
    const b = at(large);
    if (a && b) console.log(`  doubling ${large}/${small}: ${(b.wallMs / a.wallMs).toFixed(2)}× wall, ${(b.cpuMs / a.cpuMs).toFixed(2)}× CPU`);
  }

  // Baselines over the same text (the 1,000-article corpus), one core each, in this same run.
  const corpus = buildCorpus(1000)!;
  const texts = corpus.files.map((f) => readFileSync(f, 'utf8'));
  const mb = corpus.bytes / 1e6;
  const ours = at(1000) ? at(1000)!.mb / (at(1000)!.extractMs / 1000) : null;
  const baselines: [string, number][] = BASELINES.map(([name, pass]) => [name, baseline(texts, mb, pass)]);
  for (const [name, rate] of baselines) {
    const ratio = ours ? ours / rate : null;
    console.log(
      `baseline over the 1,000-article text (${mb.toFixed(1)} MB), one core: ${name} ${rate.toFixed(2)} MB/s` +
        (ratio ? `; our load+extract (${jobs} threads, wall) is ${ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`}` : ''),
    );
  }
}

await main();
