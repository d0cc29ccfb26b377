import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../electron/engine/attribute/tokens';

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
