/**
 * `npm run eval [-- --split train|dev] [--json]`: scores the engine on PolNeAR (Newell, Margolin and
 * Ruths, LREC 2018) from ../shared/eval/polnear/. Skips with a message (exit 0) when the data is absent.
 * What "speech attribution", "gold quoted span" and "speech cue" mean is documented in
 * `polnear/gold.ts` and `polnear/speech-cues.ts`; the matching rule in `polnear/score.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../electron/engine/analyze';
import type { Article, Quote } from '../../shared/types';
import type { GoldArticle } from './polnear/gold';
import { emptyCounts, figures, scoreArticle } from './polnear/score';

export const POLNEAR_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/eval/polnear');

export function readSplit(split: string): GoldArticle[] {
  const file = resolve(POLNEAR_DIR, `${split}.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as GoldArticle);
}

export function toArticle(g: GoldArticle): Article {
  return { id: g.id, path: g.id, name: g.id, title: g.text.split('\n', 1)[0] ?? g.id, text: g.text, wordCount: 0, encoding: 'utf-8', byteLength: g.text.length };
}

function main(): void {
  const args = process.argv.slice(2);
  const splitArg = args.indexOf('--split');
  const split = splitArg >= 0 ? (args[splitArg + 1] ?? 'dev') : 'dev';
  const file = resolve(POLNEAR_DIR, `${split}.jsonl`);
  if (!existsSync(file)) {
    console.log(`PolNeAR ${split} split not found at ${file}; skipping the evaluation.`);
    return;
  }
  const gold = readSplit(split);
  const analysis = analyze(gold.map(toArticle));
  const byArticle = new Map<string, Quote[]>();
  for (const q of analysis.quotes) {
    const list = byArticle.get(q.articleId) ?? [];
    list.push(q);
    byArticle.set(q.articleId, list);
  }
  const counts = emptyCounts();
  for (const g of gold) scoreArticle(g, byArticle.get(g.id) ?? [], counts);
  const f = figures(counts);
  const pct = (x: number): string => x.toFixed(3);
  console.log(`PolNeAR ${split}: ${gold.length} articles`);
  console.log('  speech attribution = gold relation with a source and a verb-of-saying cue (list derived from train cues);');
  console.log('  gold quoted span = quoted stretch inside such a relation; a system quote matches when it overlaps half');
  console.log('  of the span and half of itself and has a speaker; speaker right = mention overlaps the gold source or');
  console.log('  the names share a word; indirect = speech attributions without quotation marks (split parts merged);');
  console.log('  a system report matching only out-of-scope relations (beliefs, sourceless) counts neither way.');
  console.log(`  gold quoted spans in speech attributions: ${counts.goldQuoted}; gold indirect speech attributions: ${counts.goldIndirect}`);
  console.log('');
  console.log('  measure                     recall  precision  F1/acc');
  console.log(`  attributed quotes           ${pct(f.quoteRecall)}   ${pct(f.quotePrecision)}      ${pct(f.quoteF1)}`);
  console.log(`  speaker accuracy (found)                        ${pct(f.speakerAccuracy)}`);
  console.log(`  end to end (span+speaker)   ${pct(f.endToEndRecall)}   ${pct(f.endToEndPrecision)}      ${pct(f.endToEndF1)}`);
  console.log(`  indirect speech             ${pct(f.indirectRecall)}   ${pct(f.indirectPrecision)}`);
  if (args.includes('--json')) console.log(JSON.stringify({ split, counts, figures: f }));
}

if (process.argv[1] && /polnear\.ts$/.test(process.argv[1])) main();
