import { describe, expect, it } from 'vitest';
import { mainClauseSubject } from '../../../electron/engine/attribute/clause';
import { tokenize } from '../../../electron/engine/attribute/tokens';

function subject(text: string, cueWord: string): string | null {
  const t = tokenize(text, 0, text.length, [], 0);
  const cue = t.findIndex((x) => x.lower === cueWord);
  const r = mainClauseSubject(t, 0, cue);
  return r ? t.slice(r.from, r.to).map((x) => x.text).join(' ') : null;
}

describe('mainClauseSubject', () => {
  it('reads long subjects with appositives, relative clauses and quantities', () => {
    expect(subject('Sen. Chuck Grassley, facing a spirited challenge in Iowa, a swing state, said he would welcome Cruz.', 'said')).toBe('Sen. Chuck Grassley');
    expect(subject('Democrats in Iowa who watched the Saturday debate said they were unfazed.', 'said')).toBe('Democrats');
    expect(subject('Thirty-one percent of those surveyed say they would be satisfied.', 'say')).toBe('Thirty-one percent of those surveyed');
    expect(subject('By an overwhelming 80%-10%, those surveyed say the plan should pass.', 'say')).toBe('those surveyed');
  });

  it('refuses a stretch that already has its verb or another cue', () => {
    expect(subject('Trump won the primary because voters said they wanted change.', 'said')).toBeNull();
    expect(subject('The senator told reporters the aide said nothing.', 'said')).toBeNull();
    expect(subject('Clinton is leading and analysts said she would win.', 'said')).toBeNull();
  });
});
