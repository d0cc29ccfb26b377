import { describe, expect, it } from 'vitest';
import { attribute } from '../../../electron/engine/attribute';
import { detectQuotes } from '../../../electron/engine/quotes';
import { segment } from '../../../electron/engine/segment';
import { canonicalise, tidyDescription } from '../../../electron/engine/speakers';
import { articleOf } from '../helpers';

const speakers = (text: string) =>
  canonicalise(attribute(detectQuotes(segment(articleOf(text))))).statements.map((s) => s.speaker && `${s.speaker.name} <${s.speaker.mention}>`);

describe('canonicalise', () => {
  it('gives every mention of a person the full name the article uses', () => {
    const text = 'Secretary of State Marco Rubio said the talks went well.\n“It was useful,” Mr Rubio said.\n“We will meet again,” he said.';
    expect(speakers(text)).toEqual(['Marco Rubio <Secretary of State Marco Rubio>', 'Marco Rubio <Mr Rubio>', 'Marco Rubio <he>']);
  });

  it('keeps descriptions as written', () => {
    expect(speakers('The port will close, a spokesman for the port authority said.')).toEqual([
      'a spokesman for the port authority <a spokesman for the port authority>',
    ]);
  });
});

describe('tidyDescription', () => {
  // The regex replacements the fast path (already tidy: returned as is) must agree with.
  const reference = (text: string): string => text.replace(/\s+/g, ' ').replace(/[,\s]+$/u, '');
  it('agrees with collapsing whitespace runs and dropping trailing commas', () => {
    const cases = ['', ' ', ',', 'a spokesman', 'a  spokesman', 'a spokesman,', 'a spokesman ', ' a spokesman', 'a\nspokesman', 'a\u00a0spokesman', 'a\u2009b', 'a\ufeffb', 'a\u3000b', 'a , ,', 'a,b', 'officials, who', 'x\t', 'a \u2028b'];
    for (const text of cases) expect(tidyDescription(text), JSON.stringify(text)).toBe(reference(text));
  });
});
