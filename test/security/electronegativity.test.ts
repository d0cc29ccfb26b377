/** Electronegativity over the Electron sources: no high or medium finding that has not been reviewed. */
import { describe, expect, it } from 'vitest';
import { scan, unreviewed } from './electronegativity';

describe('electronegativity', () => {
  it('finds nothing of high or medium severity beyond the reviewed findings', async () => {
    const findings = await scan();
    expect(findings.filter((f) => f.severity === 'HIGH')).toEqual([]);
    expect(unreviewed(findings)).toEqual([]);
  }, 180_000);

  it('parses the reviewed list and matches a finding only by check, file and code', () => {
    const finding = { check: 'PRELOAD_JS_CHECK', severity: 'MEDIUM', confidence: 'FIRM', file: 'main/window.ts', location: '1:1', sample: "preload: join('x')", description: '' };
    const reviewed = [{ check: 'PRELOAD_JS_CHECK', file: 'main/window.ts', sample: 'preload:', reason: 'test' }];
    expect(unreviewed([finding], reviewed)).toEqual([]);
    expect(unreviewed([{ ...finding, file: 'main/other.ts' }], reviewed)).toHaveLength(1);
    expect(unreviewed([{ ...finding, check: 'NODE_INTEGRATION_JS_CHECK' }], reviewed)).toHaveLength(1);
    // The committed list is empty: every finding is annotated in place.
    expect(unreviewed([finding])).toHaveLength(1);
  });
});
