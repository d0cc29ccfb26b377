import { describe, expect, it } from 'vitest';
import { verbGroupStart } from '../../../electron/engine/attribute/chain';
import { tokenize } from '../../../electron/engine/attribute/tokens';

function group(text: string, cueWord: string): string | null {
  const t = tokenize(text, 0, text.length, [], 0);
  const cue = t.findIndex((x) => x.lower === cueWord);
  const start = verbGroupStart(t, cue, 0);
  return start < 0 ? null : t.slice(start, cue).map((x) => x.text).join(' ');
}

describe('verbGroupStart', () => {
  it('reads modals and control predicates before the cue', () => {
    expect(group('The chair is likely to stress that rates stay low.', 'stress')).toBe('is likely to');
    expect(group('I can now say that it worked.', 'say')).toBe('can now');
    expect(group('She has to remind voters why she won.', 'remind')).toBe('has to');
    expect(group('He went out of his way to say so.', 'say')).toBe('went out of his way to');
    expect(group('Voters are slightly more likely to say yes.', 'say')).toBe('are slightly more likely to');
  });

  it('finds no group before a finite cue or an object', () => {
    expect(group('The chair said rates stay low.', 'said')).toBeNull();
    expect(group('The chair has said rates stay low.', 'said')).toBeNull();
    expect(group('They asked him to say more.', 'say')).toBeNull();
  });
});
