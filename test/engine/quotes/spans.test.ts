import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../electron/engine/segment/paragraphs';
import { findQuoteSpans } from '../../../electron/engine/quotes/spans';

const spans = (text: string) => findQuoteSpans(text, splitParagraphs(text));
const texts = (text: string) => spans(text).map((s) => text.slice(s.start, s.end));

describe('findQuoteSpans', () => {
  it('finds curly, straight, guillemet, low-high and NYT quotes', () => {
    expect(texts('He said “yes,” then "no" and «peut-être» or „vielleicht“.')).toEqual(['yes', 'no', 'peut-être', 'vielleicht']);
    expect(texts("''It was late,'' she said.")).toEqual(['It was late']);
  });

  it('finds British single quotes without mistaking apostrophes', () => {
    expect(texts('Lavrov tells US that troops are ‘unacceptable’ in Putin’s view of the ’90s.')).toEqual(['unacceptable']);
    expect(texts("'We will not be rushed,' Mr Volkov said. The dogs' bowls.")).toEqual(['We will not be rushed']);
  });

  it('keeps nested quotes inside the outer quotation', () => {
    expect(texts('“There is a ‘red line’ here,” he said.')).toEqual(['There is a ‘red line’ here']);
  });

  it('marks a quote that runs over paragraphs, each paragraph reopening it', () => {
    const text = '“First part goes on\n“second part ends,” he said.';
    const found = spans(text);
    expect(found.map((s) => [text.slice(s.start, s.end), s.closed, s.continuesPrevious])).toEqual([
      ['First part goes on', false, false],
      ['second part ends', true, true],
    ]);
  });

  it('recovers an unbalanced mark at the paragraph end, never beyond', () => {
    expect(texts('He said “it never ends\nNext paragraph “fine”.')).toEqual(['it never ends', 'fine']);
  });

  it('closes an unclosed “ when another “ opens', () => {
    expect(texts('He said “bold. Later “It works,” she said.')).toEqual(['bold.', 'It works']);
  });
});
