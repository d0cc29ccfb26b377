import { describe, expect, it } from 'vitest';
import { findParaphrases } from '../../../electron/engine/attribute/indirect';
import { tokenize } from '../../../electron/engine/attribute/tokens';

function reports(text: string): string[] {
  const t = tokenize(text, 0, text.length, [], 0);
  return findParaphrases(t, 0, t.length).map(
    (p) => `${t.slice(p.source.from, p.source.to).map((x) => x.text).join(' ')}: ${p.parts.map((r) => text.slice(t[r.from]!.start, t[r.to - 1]!.end)).join(' / ')}`,
  );
}

describe('findParaphrases', () => {
  it('finds the common shapes of reported speech', () => {
    expect(reports('Carson said he saw no need to change anything.')).toEqual(['Carson: he saw no need to change anything']);
    expect(reports('The plan is dead, officials said on Monday.')).toEqual(['officials: The plan is dead']);
    expect(reports('The plan is dead, said a spokesman.')).toEqual(['a spokesman: The plan is dead']);
    expect(reports('According to the memo, the plan is dead.')).toEqual(['the memo: the plan is dead']);
    expect(reports('The plan, he said, is dead for now.')).toEqual(['he: The plan / is dead for now']);
  });

  it('reads a long titled source whose title contains a noun-like cue word ("state")', () => {
    expect(reports('US state department spokesperson Tammy Bruce has said any talks will include Kyiv.')).toEqual([
      'US state department spokesperson Tammy Bruce: any talks will include Kyiv',
    ]);
  });

  it('finds two reports in one sentence and stops content at a comment clause', () => {
    expect(reports('Supporters said the case was made, while other voters said they had not heard enough.')).toEqual([
      'Supporters: the case was made',
      'other voters: they had not heard enough',
    ]);
  });

  it('does not read circumstances or plain objects as reports', () => {
    expect(reports('Sanders is speaking Thursday to the conference.')).toEqual([]);
    expect(reports('Rubio still maintains an overwhelming lead in endorsements.')).toEqual([]);
    expect(reports('The Latest: Cruz to give away a shotgun')).toEqual([]);
  });

  it('reads headline colons and infinitive reports', () => {
    expect(reports('Clinton: Trump will reverse the ruling')).toEqual(['Clinton: Trump will reverse the ruling']);
    expect(reports('Sanders promised to take bold action.')).toEqual(['Sanders: to take bold action']);
  });
});
