/**
 * Diagnostics only: `npx tsx test/eval/polnear/why.ts [split] [reason] [limit]` traces the gold indirect
 * reports that no system span even overlaps: the paraphrase finder is rerun on the sentence and each miss
 * is put in a bucket (none found in the sentence, found with the same cue but its content holds a quotation
 * or lies elsewhere, another cue found, the relation crosses a sentence). Prints examples of one bucket.
 */
import { analyze } from '../../../electron/engine/analyze';
import { segment } from '../../../electron/engine/segment';
import { detectQuotes } from '../../../electron/engine/quotes';
import { splitSentences } from '../../../electron/engine/segment/sentences';
import { tokenize, type Token } from '../../../electron/engine/attribute/tokens';
import { findParaphrases } from '../../../electron/engine/attribute/indirect';
import type { Quote } from '../../../shared/types';
import { readSplit, toArticle } from '../polnear';
import { inScope, quotedStretches } from './gold';
import { overlapsHalf } from './score';
const split = process.argv[2] ?? 'train';
const want = process.argv[3] ?? '';
const limit = Number(process.argv[4] ?? '30');
const gold = readSplit(split);
const analysis = analyze(gold.map(toArticle));
const byArticle = new Map<string, Quote[]>();
for (const q of analysis.quotes) byArticle.set(q.articleId, [...(byArticle.get(q.articleId) ?? []), q]);
const counts = new Map<string, number>();
let shown = 0;
for (const g of gold) {
  const art = toArticle(g);
  const scan = detectQuotes(segment(art));
  const sents: { start: number; end: number; tokens: Token[]; a: number; b: number }[] = [];
  scan.segmented.paragraphs.forEach((para, p) => {
    const pq = scan.quotes.filter((q) => q.paragraph === p);
    const tokens = tokenize(art.text, para.start, para.end, pq, 0);
    let t = 0;
    for (const s of splitSentences(art.text, para, pq)) {
      const a = t;
      while (t < tokens.length && tokens[t]!.start < s.end) t++;
      sents.push({ start: s.start, end: s.end, tokens, a, b: t });
    }
  });
  const qs = byArticle.get(g.id) ?? [];
  const m = new Map<string, { start: number; end: number }>();
  for (const q of qs) { if (q.kind !== 'indirect') continue; const s = m.get(q.utterance); if (s) { s.start = Math.min(s.start, q.start); s.end = Math.max(s.end, q.end); } else m.set(q.utterance, { start: q.start, end: q.end }); }
  const spans = [...m.values()];
  for (const r of g.quotes) {
    if (r.kind !== 'indirect' || !inScope(r) || quotedStretches(g.text, r.start, r.end).length > 0) continue;
    if (spans.some((s) => overlapsHalf(s, r))) continue;
    if (spans.some((s) => Math.min(s.end, r.end) > Math.max(s.start, r.start))) continue;
    const sent = sents.find((s) => s.start <= r.start && r.start < s.end);
    let reason = 'nosent';
    let detail = '';
    if (sent) {
      const crosses = r.end > sent.end + 1 || (r.speaker_start! < sent.start) || r.speaker_end! > sent.end + 1;
      const found = findParaphrases(sent.tokens, sent.a, sent.b);
      const toks = sent.tokens;
      const str = (f: number, t: number) => (t > f ? art.text.slice(toks[f]!.start, toks[t - 1]!.end) : '');
      const quoted = (f: { parts: readonly { from: number; to: number }[] }) => f.parts.some((p) => toks.slice(p.from, p.to).some((x) => x.kind === 'quote'));
      const hasQ = toks.slice(sent.a, sent.b).some((x) => x.kind === 'quote');
      if (crosses) reason = 'crosses-sentence';
      else if (found.length === 0) reason = hasQ ? 'none(sent has quote)' : 'none';
      else {
        const cueStart = r.cue ? g.text.indexOf(r.cue, Math.min(r.speaker_start!, r.start) - 5) : -1;
        const same = found.find((f) => toks[f.cue.from]!.start <= cueStart + (r.cue?.length ?? 0) && toks[f.cue.to - 1]!.end >= cueStart);
        if (same) reason = quoted(same) ? 'samecue-quoted' : 'samecue-elsewhere';
        else reason = found.every(quoted) ? 'othercue-quoted' : 'othercue';
        detail = found.map((f) => `{${str(f.source.from, f.source.to)}|${str(f.cue.from, f.cue.to)}|${f.parts.map((p) => str(p.from, p.to)).join(' // ')}}`).join(' ');
      }
      if (want && reason === want && shown++ < limit) console.log(`--- [${r.speaker} | ${r.cue}]\n  GOLD: ${g.text.slice(r.start, r.end)}\n  SENT: ${g.text.slice(sent.start, sent.end)}\n  FOUND: ${detail}`);
    }
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]));
