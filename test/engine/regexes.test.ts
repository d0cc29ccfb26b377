/**
 * ReDoS check: every regular expression the engine exports runs in time proportional to its input on
 * adversarial strings (long runs of what each pattern matches or almost matches). Compared as a generous
 * ratio between inputs of n and 8n characters, never against a wall-clock limit.
 */
import { describe, expect, it } from 'vitest';
import { LEADING_ELISION, MARK_CHARS } from '../../electron/engine/quotes/marks';
import { SENTENCE_END } from '../../electron/engine/segment/sentences';
import { NAME_RUN } from '../../electron/engine/speakers/names';
import { bestTime } from './helpers';

const REGEXES: Record<string, RegExp> = { MARK_CHARS, LEADING_ELISION, SENTENCE_END, NAME_RUN };

const ADVERSARIAL = ['A', 'Ab ', 'Ab.', "A'", 'A-', 'A ab ', 'A de ', 'A bin al ', '’9', "''", '“', 'a'];

function scanAll(re: RegExp, text: string): number {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let n = 0;
  global.lastIndex = 0;
  while (global.exec(text) !== null) {
    n++;
    if (global.lastIndex === 0) break;
  }
  return n;
}

describe('exported regexes are linear', () => {
  for (const [name, re] of Object.entries(REGEXES)) {
    for (const unit of ADVERSARIAL) {
      it(`${name} on repeated ${JSON.stringify(unit)}`, { retry: 2 }, () => {
        const small = unit.repeat(Math.ceil(20_000 / unit.length)) + '!';
        const large = unit.repeat(Math.ceil(160_000 / unit.length)) + '!';
        scanAll(re, small);
        const ratio = bestTime(() => scanAll(re, large)) / Math.max(bestTime(() => scanAll(re, small)), 0.2);
        expect(ratio).toBeLessThan(24);
      });
    }
  }
});
