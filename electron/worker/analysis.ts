/**
 * The analysis worker thread: runs the pipeline away from the process that serves the window, so the
 * Electron main process (and the browser-mode server) keep answering while a large set is analysed.
 * Extraction is spread over a pool of nested worker threads (../engine/parallel); this thread feeds
 * their results to the assembler. Plain Node; started by `../handlers/analysisWorker.ts`, which stops a
 * superseded analysis by terminating this thread (its pool threads end with it, and so do its caches).
 *
 * While a large set loads, the window asks for extraction-only passes over the files loaded so far, then
 * for the full analysis of them all. Each article is extracted once: a quick pass keeps what it extracted
 * (statements and sentences, by article id) and also hands it to the assembler of the full analysis to
 * come, which prepares alignment article by article meanwhile. The full analysis then only groups, when
 * it covers the same articles in the same order; otherwise it takes what was kept and extracts the rest.
 * Either way the result is `analyze()`'s over the articles asked for.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Analysis, AnalysisProgress, Article, LoadFailure } from '../../shared/types';
import { analyze, AnalysisAssembler, compactStatements, type AnalyzeOptions, type ExtractedStatement } from '../engine/analyze';
import { extract } from '../engine/extract';
import { analyzeParallel, batchSizeFor, createExtractionPool, type ExtractionPool } from '../engine/parallel';
import { Intake } from '../engine/parallel/intake';
import type { SentenceSplit } from '../engine/align';

/** A request from the parent: analyse the articles `ids`, in that order. */
export interface AnalysisRequest {
  readonly id: number;
  readonly ids: readonly string[];
  /** Those of `ids` this thread has not been sent before (the others it keeps; see `known`). */
  readonly articles: readonly Article[];
  readonly options: Omit<AnalyzeOptions, 'onProgress'>;
}

/**
 * Below about a tenth of a second of extraction (some 2 million characters) the threads' messages cost
 * more than they save, and the window's quick passes over the first files would wait on them.
 * `workerData.parallelFromChars` overrides it (tests send small sets through the pool).
 */
const PARALLEL_FROM_CHARS = (workerData as { parallelFromChars?: number } | null)?.parallelFromChars ?? 2_000_000;

let pool: ExtractionPool | null = null;

/** What one article's extraction left: its statements and (from a pool thread) its sentences, or why it failed. */
type Extracted = { readonly statements: readonly ExtractedStatement[]; readonly split?: SentenceSplit } | { readonly failure: LoadFailure };

/** Every article the parent sent, by id: a later request names them by id only. */
const known = new Map<string, Article>();
/** Extraction results by article id, kept for the full analysis. */
const extracted = new Map<string, Extracted>();

/**
 * The full analysis in the making: the articles the quick passes extracted, in the order they were
 * extracted, added to an assembler as they come (alignment prep per article, in slices between requests).
 */
let session: { assembler: AnalysisAssembler; ids: string[]; covered: Set<string> } | null = null;

/** Alignment prep for the session is done here, a few milliseconds at a time, between the thread's other work. */
const intake = new Intake();

/**
 * Warm-up while the user is still choosing files: the first analysis otherwise pays for loading
 * WordNet and for compiling the hot paths. Two tiny reports of one remark exercise every stage; the
 * pool's threads start now too (each loads the extraction stages once).
 */
function warmUp(): void {
  const article = (id: string, text: string): Article => ({ id, path: id, name: id, title: id, text, wordCount: 0, encoding: 'utf-8', byteLength: 0 });
  const articles = [
    article('a_warmup000001', 'Talks\n“We need to act quickly,” Mayor Ann Lee said, adding that the plan was “bold.”'),
    article('a_warmup000002', 'Talks\n“We have to act fast,” said Ann Lee. She called the plan “bold.”'),
  ];
  analyze(articles);
  pool ??= createExtractionPool();
  void analyzeParallel(articles, { pool, batchSize: 1 }).catch(() => undefined);
}

/**
 * Extracts the articles (in pool threads when there is enough text to be worth it) and tells `onResult`
 * of each as it is done, with its position in `articles`; `onBatch` follows each batch.
 */
async function extractEach(articles: readonly Article[], onResult: (index: number, result: Extracted) => void, onBatch: (done: number) => void): Promise<void> {
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  if (articles.length < 2 || chars < PARALLEL_FROM_CHARS) {
    articles.forEach((a, i) => {
      onResult(i, { statements: compactStatements(extract(a)) });
      if (i % 25 === 24) onBatch(i + 1);
    });
    onBatch(articles.length);
    return;
  }
  pool ??= createExtractionPool();
  const size = batchSizeFor(articles.length, pool.threads);
  let done = 0;
  const batches: Promise<void>[] = [];
  for (let from = 0; from < articles.length; from += size) {
    const items = articles.slice(from, from + size).map((article, k) => ({ index: from + k, article }));
    batches.push(
      pool.run(items).then((results) => {
        for (const r of results) onResult(r.index, 'failure' in r ? { failure: r.failure } : { statements: r.statements, split: r.split });
        done += results.length;
        onBatch(done);
      }),
    );
  }
  await Promise.all(batches);
}

/** An extraction-only pass: keeps what it extracts, and feeds the session's assembler with it. */
async function quickPass(articles: readonly Article[], onProgress: (p: AnalysisProgress) => void): Promise<Analysis> {
  const pass = new AnalysisAssembler({ extractOnly: true });
  const skipped: LoadFailure[] = [];
  const todo = articles.filter((a) => !extracted.has(a.id));
  await extractEach(
    todo,
    (i, result) => extracted.set(todo[i]!.id, result),
    (done) => onProgress({ stage: 'extract', done, total: todo.length }),
  );
  session ??= { assembler: new AnalysisAssembler(), ids: [], covered: new Set() };
  const s = session;
  articles.forEach((a, i) => {
    const result = extracted.get(a.id)!;
    if ('failure' in result) skipped.push(result.failure);
    else pass.add(i, a, result.statements);
    if (s.covered.has(a.id)) return;
    s.covered.add(a.id);
    const position = s.ids.push(a.id) - 1;
    if (!('failure' in result)) intake.push(() => s.assembler.add(position, a, result.statements, result.split));
  });
  const analysis = pass.finish(articles.length);
  return skipped.length > 0 ? { ...analysis, skipped } : analysis;
}

/** The full analysis: the session's assembler when it covers exactly these articles, else one fed from what was kept. */
async function fullAnalysis(articles: readonly Article[], onProgress: (p: AnalysisProgress) => void): Promise<Analysis> {
  const ids = articles.map((a) => a.id);
  const total = ids.length;
  const s = session;
  session = null;
  let assembler: AnalysisAssembler;
  if (s && s.ids.length === total && s.ids.every((id, i) => id === ids[i])) {
    onProgress({ stage: 'extract', done: total, total });
    await intake.idle();
    assembler = s.assembler;
  } else {
    intake.clear();
    assembler = new AnalysisAssembler();
    const todo: Article[] = [];
    const positions: number[] = [];
    articles.forEach((a, i) => {
      const kept = extracted.get(a.id);
      if (!kept) {
        todo.push(a);
        positions.push(i);
      } else if (!('failure' in kept)) intake.push(() => assembler.add(i, a, kept.statements, kept.split));
    });
    intake.push(() => assembler.warm());
    const already = total - todo.length;
    onProgress({ stage: 'extract', done: already, total });
    await extractEach(
      todo,
      (k, result) => {
        extracted.set(todo[k]!.id, result);
        if (!('failure' in result)) intake.push(() => assembler.add(positions[k]!, todo[k]!, result.statements, result.split));
      },
      (done) => onProgress({ stage: 'extract', done: already + done, total }),
    );
    await intake.idle();
  }
  const analysis = assembler.finish(total, onProgress);
  // An article whose extraction overran its deadline is left out, and the window says which and why.
  const skipped = ids.flatMap((id) => {
    const kept = extracted.get(id);
    return kept && 'failure' in kept ? [kept.failure] : [];
  });
  return skipped.length > 0 ? { ...analysis, skipped } : analysis;
}

/** Lets go of articles and results the full analysis of `ids` does not cover (removed sources); the parent does the same. */
function keepOnly(ids: readonly string[]): void {
  const wanted = new Set(ids);
  for (const id of known.keys()) if (!wanted.has(id)) known.delete(id);
  for (const id of extracted.keys()) if (!wanted.has(id)) extracted.delete(id);
}

// Requests are handled one at a time, in order (the parent sends a new one only after terminating this thread).
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (request: AnalysisRequest) => {
  queue = queue.then(async () => {
    try {
      const onProgress = (progress: AnalysisProgress) => parentPort?.postMessage({ id: request.id, progress });
      for (const a of request.articles) known.set(a.id, a);
      const articles = request.ids.map((id) => {
        const article = known.get(id);
        if (!article) throw new Error(`The analysis worker was not sent article ${id}.`);
        return article;
      });
      if (!request.options.extractOnly) keepOnly(request.ids);
      const analysis = request.options.extractOnly ? await quickPass(articles, onProgress) : await fullAnalysis(articles, onProgress);
      parentPort?.postMessage({ id: request.id, ok: true, analysis });
    } catch (error) {
      parentPort?.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
});

// Messages queue behind the warm-up, so a request arriving meanwhile simply waits for it.
setImmediate(warmUp);
