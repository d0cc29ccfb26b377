/** The renderer builds the quick groups the analysis no longer sends it; they must stay the engine's. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../electron/engine/analyze';
import { singletonGroups } from '../../renderer/src/store/quickGroups';
import { articleOf } from '../engine/helpers';
import { seedsDir } from '../e2e/fixtures';

const seeds = (() => {
  try {
    return readdirSync(seedsDir).map((name, i) => articleOf(readFileSync(join(seedsDir, name), 'utf8'), `s${i}`));
  } catch {
    return [];
  }
})();

describe('quick groups built from quotes', () => {
  it('equal the engine’s extraction-only groups, split utterances included', () => {
    const split = articleOf('“We will rebuild,” Mayor Ana Ruiz said, “and we will do it this year.” Officials said the pier would reopen.', 'split');
    const articles = [split, ...seeds];
    const quick = analyze(articles, { extractOnly: true });
    expect(quick.groups.some((g) => g.quoteIds.length > 1)).toBe(true);
    expect(singletonGroups(quick.quotes)).toEqual(quick.groups);
  });

  it('shares one quote-id array between a group and its version (nothing mutates them)', () => {
    const quick = analyze([articleOf('“One,” she said. “Two,” Lee said.')], { extractOnly: true });
    for (const g of singletonGroups(quick.quotes)) expect(g.versions[0]!.quoteIds).toBe(g.quoteIds);
  });
});
