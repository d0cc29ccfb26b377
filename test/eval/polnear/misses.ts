/**
 * Diagnostics only: `npx tsx test/eval/polnear/misses.ts [--split train] [--list none|overlap|fp] [--limit N]`
 * buckets the gold indirect speech attributions the engine misses (no system span at all / overlapping
 * but failing the half rule) and lists examples. Uses the same gold and matching rule as `score.ts`.
 */
import { analyze } from '../../../electron/engine/analyze';
import type { Quote } from '../../../shared/types';
import { readSplit, toArticle } from '../polnear';
import { inScope, quotedStretches } from './gold';
import { overlapsHalf } from './score';

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: string): string => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? dflt) : dflt;
  };
  const split = opt('--split', 'train');
  const list = opt('--list', '');
  const limit = Number(opt('--limit', '40'));
  const gold = readSplit(split);
  const analysis = analyze(gold.map(toArticle));
  const byArticle = new Map<string, Quote[]>();
  for (const q of analysis.quotes) byArticle.set(q.articleId, [...(byArticle.get(q.articleId) ?? []), q]);
  const buckets = { found: 0, none: 0, noneBesideOther: 0, overlap: 0, overlapLonger: 0, overlapShorter: 0 };
  let fp = 0;
  const shapes = new Map<string, number>();
  const byCue = new Map<string, [number, number]>();
  let shown = 0;
  const show = (s: string): void => {
    if (shown++ < limit) console.log(s);
  };
  for (const g of gold) {
    const quotes = byArticle.get(g.id) ?? [];
    const merged = new Map<string, { start: number; end: number; cue: string }>();
    for (const q of quotes) {
      if (q.kind !== 'indirect') continue;
      const s = merged.get(q.utterance);
      if (s) {
        s.start = Math.min(s.start, q.start);
        s.end = Math.max(s.end, q.end);
      } else merged.set(q.utterance, { start: q.start, end: q.end, cue: (q.cue ?? '').toLowerCase().split(/\s+/).pop() ?? '' });
    }
    const sys = [...merged.values()];
    for (const r of g.quotes) {
      if (r.kind !== 'indirect' || !inScope(r) || quotedStretches(g.text, r.start, r.end).length > 0) continue;
      if (sys.some((s) => overlapsHalf(s, r))) {
        buckets.found++;
        continue;
      }
      const ov = sys.filter((s) => Math.min(s.end, r.end) > Math.max(s.start, r.start));
      const ctx = (): string => {
        const ls = g.text.lastIndexOf('\n', r.start) + 1;
        let le = g.text.indexOf('\n', r.end);
        if (le < 0) le = g.text.length;
        return g.text.slice(ls, le);
      };
      if (ov.length === 0) {
        buckets.none++;
        // A system report elsewhere in the same sentence: the engine read another cue there.
        const before = g.text.lastIndexOf('. ', r.start);
        const after = g.text.indexOf('. ', r.end);
        const beside = sys.filter((s) => s.end > before && (after < 0 || s.start < after));
        if (beside.length > 0) {
          buckets.noneBesideOther++;
          if (list === 'beside') show(`--- [${r.speaker} | ${r.cue}]\n  GOLD: ${g.text.slice(r.start, r.end)}\n  SYS:  ${beside.map((s) => g.text.slice(s.start, s.end)).join(' || ')}\n  SENT: ${g.text.slice(before + 1, after < 0 ? undefined : after + 1)}`);
        }
        if (list === 'none') show(`--- [${r.speaker} | ${r.cue}]\n  GOLD: ${g.text.slice(r.start, r.end)}\n  PARA: ${ctx()}`);
      } else {
        buckets.overlap++;
        const s = ov[0]!;
        if (s.end - s.start > r.end - r.start) buckets.overlapLonger++;
        else buckets.overlapShorter++;
        const tag = `${s.start < r.start ? 'S<' : s.start > r.start ? 'S>' : 'S='}${s.end < r.end ? 'E<' : s.end > r.end ? 'E>' : 'E='}`;
        shapes.set(tag, (shapes.get(tag) ?? 0) + 1);
        if (list === 'overlap' || list === tag) show(`${tag} `+`--- [${r.speaker} | ${r.cue}]\n  GOLD: ${g.text.slice(r.start, r.end)}\n  SYS:  ${g.text.slice(s.start, s.end)}`);
      }
    }
    for (const s of sys) {
      const stat = byCue.get(s.cue) ?? [0, 0];
      byCue.set(s.cue, stat);
      if (g.quotes.some((r) => overlapsHalf(s, r))) {
        stat[0]++;
        continue;
      }
      stat[1]++;
      fp++;
      if (list === 'fp') {
        const ls = g.text.lastIndexOf('\n', s.start) + 1;
        let le = g.text.indexOf('\n', s.end);
        if (le < 0) le = g.text.length;
        show(`--- SYS: ${g.text.slice(s.start, s.end)}\n  PARA: ${g.text.slice(ls, le)}`);
      }
    }
  }
  if (args.includes('--cues')) for (const [c, [right, wrong]] of [...byCue].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1])) console.log(`cue ${c} ${right} ${wrong}`);
  console.log(JSON.stringify({ split, ...buckets, falsePositives: fp, shapes: Object.fromEntries(shapes) }));
}

main();
