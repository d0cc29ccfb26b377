import { describe, expect, it } from 'vitest';
import { inflect, QUOTING_FORMS, SPEECH_FORMS } from '../../../electron/engine/attribute/lexicon';

describe('lexicon', () => {
  it('inflects regular and irregular verbs', () => {
    expect(inflect('say')).toEqual(['say', 'said', 'says', 'saying']);
    expect(inflect('note')).toEqual(['note', 'notes', 'noted', 'noting']);
    expect(inflect('deny')).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(inflect('admit')).toEqual(['admit', 'admits', 'admitted', 'admitting']);
    expect(inflect('stress')).toContain('stresses');
  });

  it('separates verbs of saying from verbs that only credit quoted words', () => {
    expect(SPEECH_FORMS.has('told')).toBe(true);
    expect(SPEECH_FORMS.has('tweeted')).toBe(true);
    expect(SPEECH_FORMS.has('called')).toBe(false);
    expect(QUOTING_FORMS.has('called')).toBe(true);
    expect(SPEECH_FORMS.has('believed')).toBe(false);
  });
});
