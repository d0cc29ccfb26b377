import { describe, expect, it } from 'vitest';
import { bareName, mentionOf } from '../../../electron/engine/attribute/mention';
import { tokenize } from '../../../electron/engine/attribute/tokens';

describe('bareName', () => {
  it('drops titles up to the last one and the possessive', () => {
    expect(bareName('United States Secretary of State Marco Rubio'.split(' '))).toBe('Marco Rubio');
    expect(bareName(['Mr', 'Putin’s'])).toBe('Putin');
    expect(bareName(['President', 'Obama'])).toBe('Obama');
    expect(bareName(['Jim', 'Justice'])).toBe('Jim Justice');
  });
});

describe('mentionOf', () => {
  it('names the source of a possessive description', () => {
    const text = 'Ushakov’s remarks';
    const t = tokenize(text, 0, text.length, [], 0);
    expect(mentionOf(text, t, { from: 0, to: 2 })).toMatchObject({ kind: 'description', name: 'Ushakov', text });
  });
});
