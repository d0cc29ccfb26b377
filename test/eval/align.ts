/**
 * Evaluates cross-source alignment on ../shared/eval/cross-outlet/pairs.jsonl (or a file given as
 * the first argument): builds Quote records from each labelled pair, runs the real `groupQuotes`,
 * and reports whether the two quotes land in one group (vs `same_utterance`) and the group's
 * wording (vs `relation`). Two settings: each pair alone, and all pairs in one pool (where
 * over-merging across pairs shows). `--errors` lists the disagreements.
 *
 *   npm run eval:align [-- [pairs.jsonl] [--errors]]
 */
import { groupQuotes } from '../../electron/engine/align';
import { analyze } from '../../electron/engine/analyze';
import type { AlignmentResult } from '../../shared/alignment';
import { buildPair, buildPool } from './align/build';
import { hasSharedData, loadDocTexts, loadPairs } from './align/data';
import { figures, judge, type Figures, type PairOutcome } from './align/score';
import { loadSeeds, seedQuotes } from './align/seeds';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const file = args.find((a) => !a.startsWith('--'));

if (!file && !hasSharedData()) {
  console.log('eval:align skipped: ../shared/eval/cross-outlet/pairs.jsonl is absent.');
  process.exit(0);
}

const pairs = loadPairs(file);
const docs = loadDocTexts();

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function report(title: string, f: Figures, seconds: number): void {
  console.log(`${title} (${f.pairs} pairs, ${seconds.toFixed(2)} s)`);
  console.log(`  same-group agrees with same_utterance: ${pct(f.agreement)}   (target ≥ 95%)`);
  console.log(`  "same" precision ${pct(f.precision)}, recall ${pct(f.recall)}`);
  console.log(`  wording agrees with relation: ${pct(f.wordingAgreement)} of ${f.wordingPairs} grouped same pairs   (target ≥ 85%)`);
}

function printErrors(outcomes: readonly PairOutcome[]): void {
  for (const o of outcomes) {
    const groupErr = o.grouped !== o.pair.same_utterance;
    if (!groupErr && o.wordingAgrees !== false) continue;
    const what = groupErr
      ? `${o.grouped ? 'GROUPED' : 'SPLIT'} (label ${o.pair.same_utterance ? 'same' : 'different'})`
      : `WORDING ${o.wording} (label ${o.pair.relation}, ${o.versions} versions)`;
    console.log(`- #${o.pair.pair_index} ${what} | ${o.pair.speaker_a} / ${o.pair.speaker_b} | ${o.pair.note ?? ''}`);
    console.log(`    A: ${o.pair.a_text.slice(0, 160)}`);
    console.log(`    B: ${o.pair.b_text.slice(0, 160)}`);
  }
}

let t0 = performance.now();
const alone = pairs.map((p) => {
  const { articles, quotes } = buildPair(p, docs);
  const result = groupQuotes(articles, quotes);
  return judge(p, result.groups, 'a', 'b');
});
report('Each pair alone', figures(alone), (performance.now() - t0) / 1000);
for (const source of [...new Set(pairs.map((p) => p.source))]) {
  const f = figures(alone.filter((o) => o.pair.source === source));
  console.log(`  ${source}: ${pct(f.agreement)} of ${f.pairs} pairs; wording ${pct(f.wordingAgreement)} of ${f.wordingPairs}`);
}
const confusion = new Map<string, number>();
for (const o of alone) if (o.wordingAgrees !== null) confusion.set(`${o.pair.relation}→${o.wording}`, (confusion.get(`${o.pair.relation}→${o.wording}`) ?? 0) + 1);
console.log(`  wording (label→ours): ${[...confusion.entries()].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (showErrors) printErrors(alone);

t0 = performance.now();
const pool = buildPool(pairs, docs);
const pooled = groupQuotes(pool.articles, pool.quotes);
const inPool = pairs.map((p) => judge(p, pooled.groups, pool.idOf(p, 'a'), pool.idOf(p, 'b')));
report(`All pairs in one pool (${pool.quotes.length} quotes, ${pool.articles.length} articles)`, figures(inPool), (performance.now() - t0) / 1000);
if (showErrors) printErrors(inPool);

// The seed articles: one story told twice, one telling a machine-spun copy of a wire story. First
// with the rough stand-in extraction of ./align/seeds, then through the whole pipeline.
const seeds = loadSeeds();
if (seeds) {
  const quotes = seeds.flatMap(seedQuotes);
  t0 = performance.now();
  showSeeds('Seed articles, stand-in extraction', quotes.length, groupQuotes(seeds, quotes));
  try {
    const analysis = analyze(seeds);
    showSeeds('Seed articles, full pipeline (analyze)', analysis.quotes.length, analysis);
  } catch (error) {
    console.log(`Seed articles, full pipeline: analyze failed (${String(error)})`);
  }
}

function showSeeds(title: string, quotes: number, result: AlignmentResult): void {
  console.log(`${title} (${quotes} quotes)`);
  for (const s of result.spunCopies) console.log(`  ${s.articleId}: ${s.message}`);
  if (result.spunCopies.length === 0) console.log('  no spun copy reported');
  for (const g of result.groups) {
    if (g.versions.length < 2) continue;
    console.log(`  group ${g.wording}${g.speakerConflict ? ' (speaker conflict)' : ''}: ${g.speakers.join(', ') || 'no speaker'}`);
    for (const v of g.versions) console.log(`    ${v.isReference ? '*' : '-'} [${v.articleId.slice(0, 3)}] ${v.text.slice(0, 90)} — ${v.summary}`);
  }
}
