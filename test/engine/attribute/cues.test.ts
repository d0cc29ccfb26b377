import { describe, expect, it } from 'vitest';
import { cueAt, learnedCueAfterQuote, learnedCueBefore } from '../../../electron/engine/attribute/cues';
import { tokenize } from '../../../electron/engine/attribute/tokens';

const toks = (text: string) => tokenize(text, 0, text.length, [], 0);
const index = (tokens: ReturnType<typeof toks>, word: string) => tokens.findIndex((t) => t.text === word);

describe('cueAt', () => {
  it('recognises lexicon cues and “according to”', () => {
    const t = toks('Officials said that, according to the memo, it was fine.');
    expect(cueAt(t, index(t, 'said'))).toMatchObject({ speech: true, according: false });
    expect(cueAt(t, index(t, 'according'))).toMatchObject({ according: true, to: index(t, 'to') + 1 });
  });

  it('rejects nouns: after a determiner or possessive, or noun-like lemmas after a singular', () => {
    const t = toks('The report said his remarks and Saudi state media disagreed.');
    expect(cueAt(t, index(t, 'remarks'))).toBeNull();
    expect(cueAt(t, index(t, 'state'))).toBeNull();
    expect(cueAt(t, index(t, 'said'))).not.toBeNull();
    const v = toks('Analysts say voters state it plainly.');
    expect(cueAt(v, index(v, 'say'))).not.toBeNull();
    expect(cueAt(v, index(v, 'state'))).not.toBeNull();
  });
});

describe('learned cues', () => {
  it('reads an unknown verb after a quote by its position: `,” he VERBed.`', () => {
    const t = toks('he ventured.');
    expect(learnedCueAfterQuote(t, 0, t.length)).toMatchObject({ cue: { from: 1, learned: true }, source: { from: 0, to: 1 } });
    const n = toks('opined Ms Lee.');
    expect(learnedCueAfterQuote(n, 0, n.length)).toMatchObject({ cue: { from: 0 }, source: { from: 1, to: 3 } });
    expect(learnedCueAfterQuote(toks('the plan failed badly.'), 0, 4)).toBeNull();
  });

  it('reads `Name VERBed Audience` before a report', () => {
    const t = toks('Peskov advised reporters that');
    expect(learnedCueBefore(t, 1)).toMatchObject({ learned: true });
    expect(learnedCueBefore(toks('Peskov signed a bill'), 1)).toBeNull();
  });
});
