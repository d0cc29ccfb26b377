import { describe, expect, it } from 'vitest';
import { attribute } from '../../../electron/engine/attribute';
import { detectQuotes } from '../../../electron/engine/quotes';
import { segment } from '../../../electron/engine/segment';
import { articleOf } from '../helpers';

function statements(text: string): string[] {
  const { statements } = attribute(detectQuotes(segment(articleOf(text))));
  return statements.map((s) => `${s.kind} ${s.source?.text ?? '-'} [${s.cue?.text ?? ''}] ${text.slice(s.start, s.end)} #${s.utterance}`);
}

describe('attribute', () => {
  it('tells direct, mixed and indirect speech apart', () => {
    expect(statements('“It is over,” Lee said. Lee said it was “unlikely” to pass. Lee said the vote failed.')).toEqual([
      'direct Lee [said] It is over #0',
      'mixed Lee [said] unlikely #1',
      'indirect Lee [said] the vote failed #2',
    ]);
  });

  it('shares one utterance between the parts of a split quote', () => {
    expect(statements('“Nobody asked,” Hadley said, “and nobody will pay.”')).toEqual([
      'direct Hadley [said] Nobody asked #0',
      'direct Hadley [said] and nobody will pay. #0',
    ]);
  });

  it('continues the previous speaker in a paragraph that is only a quote, and after a colon introduction', () => {
    expect(statements('“We listened,” Mr Lavrov said.\n\n“And we heard each other.”')[1]).toBe('direct Mr Lavrov [said] And we heard each other. #1');
    expect(statements('Cruz continued:\n\n“You look at the questions.”')).toEqual(['direct Cruz [continued] You look at the questions. #0']);
  });

  it('does not credit a programme or book named in the circumstances of the speaking', () => {
    expect(statements('“She made it up,” he said during a call to ABC’s “This Week.”')).toEqual([
      'direct he [said] She made it up #0',
      'mixed - [] This Week. #1',
    ]);
  });

  it('gives no speaker to titles, nicknames and scare quotes without a cue', () => {
    expect(statements('The project, nicknamed “the Big Dig” by locals, reopened. They read “War and Peace” twice.')).toEqual([
      'mixed - [] the Big Dig #0',
      'mixed - [] War and Peace #1',
    ]);
  });
});
