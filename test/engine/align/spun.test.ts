import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSpunCopies, splitForSpun, SpunCopyFinder } from '../../../electron/engine/align/spun';
import { WordNetSynonyms } from '../../../electron/engine/align/wordnet';
import { article } from './helpers';

const fixtures = join(import.meta.dirname, '../../fixtures/align');
const original = article('original', readFileSync(join(fixtures, 'ferry-original.txt'), 'utf8'));
const spun = article('spun', readFileSync(join(fixtures, 'ferry-spun.txt'), 'utf8'));
const wn = new WordNetSynonyms();
/** A copy of `a` under another headline line (wire copies, syndication). */
const headlined = (id: string, headline: string, a: { text: string }) => article(id, `${headline}\n${a.text}`);

describe('findSpunCopies', () => {
  it('reports the spun article as a copy of the original, with share and substitution rate', () => {
    const [report, ...rest] = findSpunCopies([spun, original], wn);
    expect(rest).toHaveLength(0);
    expect(report).toEqual(
      expect.objectContaining({ articleId: 'spun', sourceArticleId: 'original', alignedSentences: expect.any(Number) }),
    );
    expect(report!.alignedShare).toBeGreaterThan(0.7);
    expect(report!.substitutionRate).toBeGreaterThan(0.1);
    expect(report!.substitutions).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'said', to: 'mentioned' })]));
    expect(report!.message).toMatch(/^Possible spun copy of “Harbor officials/);
  });

  it('does not report the same text twice, or unrelated articles', () => {
    const copy = article('copy', original.text);
    const other = article('other', 'The museum opened a new wing on Friday. Visitors queued for hours in the rain.');
    expect(findSpunCopies([original, copy, other], wn)).toEqual([]);
  });

  it('reports each spun copy once, in input order, however many copies of the story it is compared with', () => {
    // Wire copies under new headlines: compared with each other and with the spun copies, they hold
    // the same sentences, and one changed word in a headline is no spinning.
    const copies = [
      headlined('wire-1', 'Ferry service resumes (copy 1)', original),
      headlined('spun-1', 'Ferry service resumes (copy 1)', spun),
      headlined('wire-2', 'Ferry service resumes (copy 2)', original),
      headlined('spun-2', 'Ferry service resumes (copy 2)', spun),
      headlined('wire-3', 'Ferry service resumes (copy 3)', original),
    ];
    const reports = findSpunCopies(copies, wn);
    // In the order of the article pairs: by first article, then second.
    expect(reports.map((r) => [r.sourceArticleId, r.articleId])).toEqual([
      ['wire-1', 'spun-1'],
      ['wire-1', 'spun-2'],
      ['wire-2', 'spun-1'],
      ['wire-3', 'spun-1'],
      ['wire-2', 'spun-2'],
      ['wire-3', 'spun-2'],
    ]);
    for (const r of reports) expect(r.substitutions).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'said', to: 'mentioned' })]));
  });

  it('finds the same when pairs were compared early, as articles came in, in any order', () => {
    const copies = [
      headlined('wire-1', 'Ferry service resumes (copy 1)', original),
      headlined('spun-1', 'Ferry service resumes (copy 1)', spun),
      headlined('wire-2', 'Ferry service resumes', original),
      headlined('spun-2', 'Ferry service resumes again', spun),
      headlined('wire-3', 'Ferry service resumes (copy 3)', original),
      article('copy', original.text),
      article('same-text', original.text),
    ];
    const expected = findSpunCopies(copies, wn);
    expect(expected.length).toBeGreaterThan(3);
    for (const order of [[0, 1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1, 0], [3, 0, 6, 2, 5, 1, 4]]) {
      const finder = new SpunCopyFinder(() => wn);
      for (const i of order) finder.add(copies[i]!, undefined, i);
      expect(finder.find(copies, wn)).toEqual(expected);
    }
    // Sentences are told apart by their text, not their hash: with every hash the same, nothing changes.
    const colliding = new SpunCopyFinder(() => wn);
    copies.forEach((a, i) => {
      const split = splitForSpun(a.text);
      colliding.add(a, { ...split, hashes: split.hashes.map(() => 7) }, i);
    });
    expect(colliding.find(copies, wn)).toEqual(expected);
    // Early comparisons made with another lookup are not taken.
    const other = new SpunCopyFinder(() => null);
    copies.forEach((a, i) => other.add(a, undefined, i));
    expect(other.find(copies, wn)).toEqual(expected);
  });
});
