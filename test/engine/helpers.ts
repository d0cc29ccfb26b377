/** Shared helpers for engine tests: building articles and checking the analysis contract. */
import { expect } from 'vitest';
import type { Analysis, Article } from '../../shared/types';

export function articleOf(text: string, id = 'a1'): Article {
  return { id, path: `${id}.txt`, name: `${id}.txt`, title: id, text, wordCount: 0, encoding: 'utf-8', byteLength: text.length };
}

/** The contract every analysis keeps, whatever the input. */
export function expectValid(articles: readonly Article[], analysis: Analysis): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ids = new Set<string>();
  for (const q of analysis.quotes) {
    const a = byId.get(q.articleId)!;
    expect(a).toBeDefined();
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(a.text.length);
    expect(q.text).toBe(a.text.slice(q.start, q.end));
    expect(['direct', 'mixed', 'indirect']).toContain(q.kind);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
    if (q.speaker) {
      expect(q.speaker.mention).toBe(a.text.slice(q.speaker.start, q.speaker.end));
      expect(q.speaker.name.length).toBeGreaterThan(0);
    }
    expect(ids.has(q.id)).toBe(false);
    ids.add(q.id);
  }
  const grouped = analysis.groups.flatMap((g) => g.quoteIds);
  expect(new Set(grouped)).toEqual(ids);
  expect(grouped.length).toBe(ids.size);
}

/** Best-of-five milliseconds for `run` (the minimum filters out scheduler and GC noise). */
export function bestTime(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
