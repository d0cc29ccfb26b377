/**
 * The figures: attributed-quote P/R/F1, speaker accuracy on found quotes, end-to-end F1, and indirect
 * speech recall/precision. Matching rule (from issue 3): a system span matches a gold span when their
 * overlap is at least half of each.
 */
import type { Quote } from '../../../shared/types';
import { goldQuoted, inScope, quotedStretches, type GoldArticle, type Span } from './gold';

export function overlapsHalf(a: Span, b: Span): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= a.end - a.start && overlap * 2 >= b.end - b.start;
}

const IGNORED_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.', 'to', 'in', 'on', 'at', 'said']);

function words(s: string): string[] {
  return (s.toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !IGNORED_WORDS.has(w));
}

/** Speaker right: the mention overlaps the gold source span, or the names share a word. */
export function speakerMatches(q: Quote, source: { text: string; start: number; end: number }): boolean {
  const sp = q.speaker;
  if (!sp) return false;
  if (Math.min(sp.end, source.end) > Math.max(sp.start, source.start)) return true;
  const gold = new Set(words(source.text));
  return words(sp.name).some((w) => gold.has(w));
}

export interface Counts {
  goldQuoted: number;
  foundQuoted: number;
  speakerRight: number;
  systemQuoted: number;
  systemQuotedRight: number;
  systemQuotedE2E: number;
  goldIndirect: number;
  foundIndirect: number;
  systemIndirect: number;
  systemIndirectRight: number;
}

export function emptyCounts(): Counts {
  return { goldQuoted: 0, foundQuoted: 0, speakerRight: 0, systemQuoted: 0, systemQuotedRight: 0, systemQuotedE2E: 0, goldIndirect: 0, foundIndirect: 0, systemIndirect: 0, systemIndirectRight: 0 };
}

/** Indirect parts of one utterance are scored as one span, as PolNeAR annotates split content as one. */
function mergedIndirect(quotes: readonly Quote[]): Span[] {
  const byUtterance = new Map<string, { start: number; end: number }>();
  for (const q of quotes) {
    if (q.kind !== 'indirect') continue;
    const s = byUtterance.get(q.utterance);
    if (s) {
      s.start = Math.min(s.start, q.start);
      s.end = Math.max(s.end, q.end);
    } else byUtterance.set(q.utterance, { start: q.start, end: q.end });
  }
  return [...byUtterance.values()];
}

export function scoreArticle(article: GoldArticle, quotes: readonly Quote[], counts: Counts): void {
  const gold = goldQuoted(article);
  const system = quotes.filter((q) => q.kind !== 'indirect' && q.speaker);
  const inScopeGold = gold.filter((g) => g.sources.length > 0);

  counts.goldQuoted += inScopeGold.length;
  for (const g of inScopeGold) {
    const hits = system.filter((q) => overlapsHalf(q, g));
    if (hits.length === 0) continue;
    counts.foundQuoted++;
    if (hits.some((q) => g.sources.some((s) => speakerMatches(q, s)))) counts.speakerRight++;
  }
  for (const q of system) {
    const matched = gold.filter((g) => overlapsHalf(q, g));
    // A quote matching only out-of-scope relations (beliefs, sourceless) is neither right nor wrong.
    if (matched.length > 0 && matched.every((g) => g.sources.length === 0)) continue;
    counts.systemQuoted++;
    const inScopeMatch = matched.filter((g) => g.sources.length > 0);
    if (inScopeMatch.length > 0) counts.systemQuotedRight++;
    if (inScopeMatch.some((g) => g.sources.some((s) => speakerMatches(q, s)))) counts.systemQuotedE2E++;
  }

  // Indirect: no quotation marks in the content by our scanner too (PolNeAR's kind ignores ‘single’ marks,
  // whose stretches already count as gold quoted spans above).
  const goldIndirect = article.quotes.filter((r) => r.kind === 'indirect' && inScope(r) && quotedStretches(article.text, r.start, r.end).length === 0);
  const systemIndirect = mergedIndirect(quotes);
  counts.goldIndirect += goldIndirect.length;
  for (const r of goldIndirect) if (systemIndirect.some((s) => overlapsHalf(s, r))) counts.foundIndirect++;
  // As for quotes: a report matching only out-of-scope relations (beliefs, sourceless) is neither right nor wrong.
  for (const s of systemIndirect) {
    const matched = article.quotes.filter((r) => overlapsHalf(s, r));
    if (matched.length > 0 && !matched.some(inScope)) continue;
    counts.systemIndirect++;
    if (matched.length > 0) counts.systemIndirectRight++;
  }
}

export interface Figures {
  quoteRecall: number;
  quotePrecision: number;
  quoteF1: number;
  speakerAccuracy: number;
  endToEndRecall: number;
  endToEndPrecision: number;
  endToEndF1: number;
  indirectRecall: number;
  indirectPrecision: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function figures(c: Counts): Figures {
  const quoteRecall = ratio(c.foundQuoted, c.goldQuoted);
  const quotePrecision = ratio(c.systemQuotedRight, c.systemQuoted);
  const endToEndRecall = ratio(c.speakerRight, c.goldQuoted);
  const endToEndPrecision = ratio(c.systemQuotedE2E, c.systemQuoted);
  return {
    quoteRecall,
    quotePrecision,
    quoteF1: f1(quotePrecision, quoteRecall),
    speakerAccuracy: ratio(c.speakerRight, c.foundQuoted),
    endToEndRecall,
    endToEndPrecision,
    endToEndF1: f1(endToEndPrecision, endToEndRecall),
    indirectRecall: ratio(c.foundIndirect, c.goldIndirect),
    indirectPrecision: ratio(c.systemIndirectRight, c.systemIndirect),
  };
}
