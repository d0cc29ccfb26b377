/**
 * The command line: `verbatim analyze [--json] [--jobs N] PATH...` runs the same engine as the app and
 * prints a readable report, or the JSON contract with --json. A PATH may be a folder: its article files
 * (and its subfolders', no symbolic links followed, hidden files skipped, at most 20,000) are analysed
 * in name order. N threads work (default: the cores available): this one coordinates and groups, N − 1
 * worker threads read and extract; with N = 1 (or a few files) this thread does it all. A file
 * that cannot be read gets one line on stderr and the others are still analysed. Progress goes to
 * stderr when it is a terminal, never to stdout. The exit code is non-zero only when nothing loaded.
 */
import { availableParallelism } from 'node:os';
import { analyze } from '../engine/analyze';
import { expandFolders, isArticle, loadPath, SUPPORTED_EXTENSIONS } from '../engine/load';
import { analyzeParallel, extractionThreads } from '../engine/parallel';
import type { Analysis, AnalysisProgress, Article } from '../../shared/types';
import { toJson, toReport } from './report';

const USAGE = 'Usage: verbatim analyze [--json] [--jobs N] PATH...   (a PATH may be a folder)';

/** Fewer files than this are analysed in this thread: starting threads would cost more than it saves. */
const PARALLEL_FROM = 8;

interface Args {
  readonly json: boolean;
  readonly jobs: number | null;
  readonly paths: readonly string[];
}

function parseArgs(rest: readonly string[]): Args | null {
  let json = false;
  let jobs: number | null = null;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') json = true;
    else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const value = a === '--jobs' ? rest[++i] : a.slice('--jobs='.length);
      if (!value || !/^[1-9]\d{0,3}$/.test(value)) return null;
      jobs = Number(value);
    } else paths.push(a);
  }
  return paths.length > 0 ? { json, jobs, paths } : null;
}

/** A one-line progress display on stderr, when it is a terminal; at most ten updates a second. */
function progressLine(): { update: (p: AnalysisProgress) => void; clear: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, clear: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      if (p.stage === 'extract' && p.done < p.total && now - last < 100) return;
      last = now;
      shown = true;
      const line = p.stage === 'extract' ? `Reading and extracting: ${p.done} of ${p.total} files` : `Comparing quotes across ${p.total} files…`;
      process.stderr.write(`\r\x1b[2K${line}`);
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[2K');
    },
  };
}

/** Loads and analyses in this thread (a few files, or --jobs 1, or one core). */
async function analyzeHere(files: readonly string[], onProgress: (p: AnalysisProgress) => void): Promise<{ articles: Article[]; analysis: Analysis }> {
  const loaded = await Promise.all(files.map((f) => loadPath(f)));
  const articles: Article[] = [];
  for (const [i, result] of loaded.entries()) {
    if (isArticle(result)) articles.push(result);
    else process.stderr.write(`verbatim: ${files[i]}: ${result.reason}\n`);
  }
  return { articles, analysis: articles.length > 0 ? analyze(articles, { onProgress }) : { quotes: [], groups: [], spunCopies: [] } };
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = command === 'analyze' ? parseArgs(rest) : null;
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { paths: files, failures: notes } = await expandFolders(args.paths, SUPPORTED_EXTENSIONS);
  for (const note of notes) process.stderr.write(`verbatim: ${note.name}: ${note.reason}\n`);
  const progress = progressLine();
  const jobs = args.jobs ?? (files.length < PARALLEL_FROM ? 1 : availableParallelism());
  let articles: readonly Article[];
  let analysis: Analysis;
  let failures: readonly { readonly index: number; readonly failure: { readonly reason: string } }[] = [];
  try {
    if (jobs === 1) ({ articles, analysis } = await analyzeHere(files, progress.update));
    else ({ articles, analysis, failures } = await analyzeParallel(files.map((path) => ({ path })), { threads: extractionThreads(jobs), onProgress: progress.update }));
  } finally {
    progress.clear();
  }
  for (const { index, failure } of failures) process.stderr.write(`verbatim: ${files[index]}: ${failure.reason}\n`);
  if (articles.length === 0) {
    process.stderr.write('verbatim: no file could be read.\n');
    return 1;
  }
  process.stdout.write(`${args.json ? toJson(articles, analysis) : toReport(articles, analysis)}\n`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && /verbatim\.(?:ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`verbatim: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
