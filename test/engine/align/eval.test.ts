import { describe, expect, it } from 'vitest';
import { groupQuotes } from '../../../electron/engine/align';
import { buildPair } from '../../eval/align/build';
import { hasSharedData, loadDocTexts, loadPairs } from '../../eval/align/data';
import { figures, judge } from '../../eval/align/score';

const present = hasSharedData();
if (!present) console.warn('eval.test: ../shared/eval is absent; skipping the labelled-pairs check.');

describe.skipIf(!present)('alignment on the labelled cross-outlet pairs', () => {
  it('meets the acceptance figures (same group ≥ 95%, wording ≥ 85%)', () => {
    const docs = loadDocTexts();
    const outcomes = loadPairs().map((p) => {
      const { articles, quotes } = buildPair(p, docs);
      return judge(p, groupQuotes(articles, quotes).groups, 'a', 'b');
    });
    const f = figures(outcomes);
    expect(f.agreement).toBeGreaterThanOrEqual(0.95);
    expect(f.wordingAgreement).toBeGreaterThanOrEqual(0.85);
  }, 60_000);
});
