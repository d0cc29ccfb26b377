/**
 * Benchmark of the alignment stage at scale: 1,000 to 10,000 articles (~5 quotes each) built from
 * real data — PolNeAR gold quote spans with their annotated speakers, and quoted spans of BASIL
 * articles — repeated with distinct ids. Repeats after the first take a shorter excerpt of each
 * quote (up to three words dropped at the start, two at the end: twelve variants), as another
 * outlet would, so that grouping has real work.
 *
 *   npx tsx test/bench/align.ts [--no-spun]
 */
import { groupQuotes } from '../../electron/engine/align';
import type { Article, Quote } from '../../shared/types';
import { makeArticle } from '../eval/align/build';
import { hasSharedData, loadBasil, loadPolnear } from '../eval/align/data';

if (!hasSharedData()) {
  console.log('bench:align skipped: ../shared/eval is absent.');
  process.exit(0);
}

const QUOTES_PER_ARTICLE = 5;
const withSpun = !process.argv.includes('--no-spun');

interface Base {
  readonly id: string;
  readonly text: string;
  readonly quotes: readonly { start: number; end: number; speaker: string | null; kind: Quote['kind'] }[];
}

function basesFromData(): Base[] {
  const bases: Base[] = [];
  for (const d of loadPolnear()) {
    const usable = d.quotes.filter((q) => q.end - q.start > 10);
    const step = Math.max(1, Math.floor(usable.length / QUOTES_PER_ARTICLE));
    const picked = usable.filter((_, i) => i % step === 0).slice(0, QUOTES_PER_ARTICLE);
    bases.push({
      id: d.id,
      text: d.text,
      quotes: picked.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker ? q.speaker.toLowerCase() : null, kind: q.kind })),
    });
  }
  for (const c of loadBasil()) {
    for (const a of c.articles) {
      const spans = [...a.text.matchAll(/[“"]([^”"]{12,400})[”"]/g)].map((m) => ({
        start: m.index + 1,
        end: m.index + 1 + m[1]!.length,
        speaker: null,
        kind: 'direct' as const,
      }));
      bases.push({ id: a.id, text: a.text, quotes: spans.slice(0, QUOTES_PER_ARTICLE) });
    }
  }
  return bases;
}

/** Narrows a span by `head` words at the start and `tail` at the end, as another outlet's excerpt would. */
function excerpt(text: string, start: number, end: number, head: number, tail: number): [number, number] {
  let s = start;
  let e = end;
  for (let k = 0; k < head; k++) {
    const cut = text.slice(s, e).search(/\s\S/);
    if (cut <= 0) break;
    s += cut + 1;
  }
  for (let k = 0; k < tail; k++) {
    const cut = text.slice(s, e).trimEnd().search(/\s\S+$/);
    if (cut <= 0) break;
    e = s + cut;
  }
  // Keep at least three words: shorter excerpts are a different case (weak links).
  return text.slice(s, e).split(/\s+/).length >= 3 ? [s, e] : [start, end];
}

function build(bases: readonly Base[], articles: number): { articles: Article[]; quotes: Quote[] } {
  const outArticles: Article[] = [];
  const outQuotes: Quote[] = [];
  for (let n = 0; n < articles; n++) {
    const base = bases[n % bases.length]!;
    const copy = Math.floor(n / bases.length);
    const id = `${base.id}~${copy}`;
    outArticles.push(makeArticle(id, base.text));
    base.quotes.forEach((q, k) => {
      // Up to twelve distinct excerpts of each quote across the copies.
      const variant = (copy + k) % 12;
      const [start, end] = copy === 0 ? [q.start, q.end] : excerpt(base.text, q.start, q.end, variant % 4, Math.floor(variant / 4));
      const qid = `${id}#${k}`;
      outQuotes.push({
        id: qid,
        articleId: id,
        text: base.text.slice(start, end),
        start,
        end,
        kind: q.kind,
        cue: null,
        speaker: q.speaker ? { name: q.speaker, mention: q.speaker, start: 0, end: 0 } : null,
        confidence: 1,
        utterance: qid,
      });
    });
  }
  return { articles: outArticles, quotes: outQuotes };
}

const bases = basesFromData();
// Warm up: WordNet's index is read once per process; not part of grouping time.
groupQuotes([makeArticle('warm', 'x')], [], { spunCopies: false });
groupQuotes(...Object.values(build(bases.slice(0, 50), 50)) as [Article[], Quote[]]);

console.log(`alignment bench (${withSpun ? 'with' : 'without'} spun-copy detection), ${bases.length} distinct source articles`);
for (const n of [1000, 2000, 5000, 10000]) {
  const { articles, quotes } = build(bases, n);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = groupQuotes(articles, quotes, { spunCopies: withSpun });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const multi = result.groups.filter((g) => g.versions.length > 1).length;
  // Over-merging indicator: groups joining quotes from different source spans. Not all are wrong
  // (a headline and the body may quote one remark), but a rise means chaining.
  const source = (id: string): string => id.replace(/~\d+#/, '#');
  const mixed = result.groups.filter((g) => new Set(g.quoteIds.map(source)).size > 1).length;
  console.log(
    `${String(n).padStart(6)} articles  ${String(quotes.length).padStart(6)} quotes  ${(ms / 1000).toFixed(2).padStart(6)} s wall  ` +
      `${cpuSeconds.toFixed(2).padStart(6)} s CPU  ` +
      `${result.groups.length} groups (${multi} with 2+ versions, ${mixed} joining different source spans)`,
  );
}
