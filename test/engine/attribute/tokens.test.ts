import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUOTING_FORMS, SPEECH_FORMS } from '../../../electron/engine/attribute/lexicon';
import { isSpeechForm, tokenize } from '../../../electron/engine/attribute/tokens';

describe('tokenize', () => {
  it('keeps abbreviations, initials and inner joiners in words', () => {
    const text = 'Mr. J. Smith (R-Texas) said U.S. don’t, AT&T.';
    expect(tokenize(text, 0, text.length, [], 0).map((t) => t.text)).toEqual(['Mr.', 'J.', 'Smith', '(', 'R-Texas', ')', 'said', 'U.S.', 'don’t', ',', 'AT&T', '.']);
  });

  it('replaces each quotation with one placeholder and normalises apostrophes in lower case', () => {
    const text = '“Hi,” he’d said.';
    const tokens = tokenize(text, 0, text.length, [{ open: 0, close: 5 }], 0);
    expect(tokens.map((t) => t.kind)).toEqual(['quote', 'word', 'word', 'punct']);
    expect(tokens[1]!.lower).toBe("he'd");
  });
});

describe('tokenize: lower case', () => {
  it('lower-cases capitals, non-ASCII letters and curly apostrophes, and leaves plain words as written', () => {
    const text = 'SAID É’s it’s don’t 90s co-op AT&T Mr. u.s. Según ΣΩΣ said.';
    const tokens = tokenize(text, 0, text.length, [], 0).filter((t) => t.kind === 'word');
    expect(tokens.map((t) => t.lower)).toEqual(['said', "é's", "it's", "don't", '90s', 'co-op', 'at&t', 'mr.', 'u.s.', 'según', 'σως', 'said']);
    for (const t of tokens) expect(t.lower).toBe(t.text.toLowerCase().replace(/’/g, "'"));
  });

  it('marks cue words whatever their case', () => {
    const text = 'Said said SAID according saidx';
    expect(tokenize(text, 0, text.length, [], 0).map((t) => t.cueWord)).toEqual([true, true, true, true, false]);
  });
});

describe('tokenize: the cue-word filter', () => {
  // Cue words are ASCII letters only; the filter assumes no other word character lower-cases to ASCII
  // alone (İ lower-cases to i plus a combining dot, which is not ASCII).
  it('relies on no non-ASCII word character lower-casing to ASCII only', () => {
    for (let code = 0x80; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const [token] = tokenize(ch, 0, 1, [], 0);
      if (token?.kind === 'word') expect([...token.lower].every((unit) => unit.charCodeAt(0) < 0x80), `U+${code.toString(16)}`).toBe(false);
    }
  });

  it('finds every cue word in any case and with a trailing full stop only where the word keeps it', () => {
    const text = 'TOLD Told told. according ACCORDING Mr. said-so saidx';
    expect(tokenize(text, 0, text.length, [], 0).filter((t) => t.kind === 'word').map((t) => [t.text, t.cueWord])).toEqual([
      ['TOLD', true],
      ['Told', true],
      ['told', true],
      ['according', true],
      ['ACCORDING', true],
      ['Mr.', false],
      ['said-so', false],
      ['saidx', false],
    ]);
  });
});

describe('tokenize: the cue-word flag', () => {
  // Rules lean on it: a token is a verb of saying only if it is a cue word (see isSpeechForm).
  const cues = [...SPEECH_FORMS, ...QUOTING_FORMS].slice(0, 400);
  const cased = fc.tuple(fc.constantFrom(...cues, 'according', 'sayer', 'Mr', 'u.s', 'he’s', 'É'), fc.constantFrom('lower', 'Title', 'UPPER')).map(([w, c]) => (c === 'lower' ? w : c === 'UPPER' ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)));
  const text = fc.array(fc.tuple(cased, fc.constantFrom(' ', '. ', ', ', '’s ', '-', '.', "'", '2 ', '“', '”')), { maxLength: 12 }).map((parts) => parts.map(([w, g]) => w + g).join(''));

  it('is set exactly on the words whose lower case is a cue word, and isSpeechForm is the lexicon', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const token of tokenize(t, 0, t.length, [], 0)) {
          expect(token.cueWord, token.text).toBe(SPEECH_FORMS.has(token.lower) || QUOTING_FORMS.has(token.lower) || token.lower === 'according');
          expect(isSpeechForm(token), token.text).toBe(SPEECH_FORMS.has(token.lower));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
