import { describe, expect, it } from 'vitest';
import { groupQuotes } from '../../../electron/engine/align';
import type { AlignedGroup } from '../../../shared/alignment';
import { loadSeeds, seedQuotes } from '../../eval/align/seeds';

const seeds = loadSeeds();
if (!seeds) console.warn('seeds.test: ../shared/seeds is absent; skipping the seed-article checks.');

describe.skipIf(!seeds)('groupQuotes on the seed articles', () => {
  const articles = seeds ?? [];
  const quotes = articles.flatMap(seedQuotes);
  const result = groupQuotes(articles, quotes);
  const [wire, sky] = articles;
  const groupWith = (words: string): AlignedGroup => {
    const g = result.groups.find((x) => x.versions.some((v) => v.text.includes(words)));
    if (!g) throw new Error(`no group with "${words}"`);
    return g;
  };

  it('reports the spun article as a possible spun copy of the other', () => {
    expect(result.spunCopies).toHaveLength(1);
    expect(result.spunCopies[0]).toEqual(expect.objectContaining({ articleId: wire!.id, sourceArticleId: sky!.id }));
    expect(result.spunCopies[0]!.message).toMatch(/^Possible spun copy of/);
  });

  it('groups the Rubio quote across both articles as reworded, listing its substitutions', () => {
    const g = groupWith('vibrant diplomatic missions');
    expect(g.versions).toHaveLength(2);
    expect(g.wording).toBe('reworded');
    const spun = g.versions.find((v) => v.articleId === wire!.id)!;
    expect(spun.isReference).toBe(false);
    const subs = spun.changes.filter((c) => c.kind === 'synonym' || c.kind === 'changed').map((c) => `${c.reference}→${c.version}`);
    expect(subs).toEqual(expect.arrayContaining(['need→wish', 'able→capable', 'normally→usually']));
    expect(spun.summary).toMatch(/words added at the end/);
  });

  it('groups Ushakov’s “unlikely” as identical', () => {
    const g = groupWith('unlikely');
    expect(g.versions.map((v) => v.text)).toEqual(['unlikely', 'unlikely']);
    expect(g.wording).toBe('identical');
  });

  it('aligns Zelenskyy’s and Bruce’s reported statements across the articles', () => {
    for (const words of ['talks if Kyiv', 'peace negotiations']) {
      const g = groupWith(words);
      expect(new Set(g.versions.map((v) => v.articleId)).size).toBe(2);
      expect(g.speakerConflict).toBe(false);
    }
  });

  it('puts no unrelated quotes together', () => {
    for (const g of result.groups) {
      expect(g.speakers.length).toBeLessThanOrEqual(1);
      expect(g.versions.length).toBeLessThanOrEqual(2);
      if (g.versions.length === 2) expect(g.versions[0]!.articleId).not.toBe(g.versions[1]!.articleId);
    }
  });
});
