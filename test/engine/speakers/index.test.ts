import { describe, expect, it } from 'vitest';
import { attribute } from '../../../electron/engine/attribute';
import { detectQuotes } from '../../../electron/engine/quotes';
import { segment } from '../../../electron/engine/segment';
import { canonicalise } from '../../../electron/engine/speakers';
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
