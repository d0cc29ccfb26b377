import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../../../renderer/src/features/reader/highlight';

describe('paragraphsOf', () => {
  it('splits on line breaks and marks quotes with exact offsets', () => {
    const text = 'Title\r\n\r\n“Yes,” he said.\nNo.';
    const start = text.indexOf('Yes');
    const paragraphs = paragraphsOf(text, [{ start, end: start + 3, id: 'q1' }]);
    expect(paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Title', '“Yes,” he said.', 'No.']);
    expect(paragraphs[1]?.runs).toEqual([
      { text: '“', start: start - 1, markId: null },
      { text: 'Yes', start, markId: 'q1' },
      { text: ',” he said.', start: start + 3, markId: null },
    ]);
  });

  it('never loses or duplicates text, whatever the marks', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.tuple(fc.nat(200), fc.nat(40)), { maxLength: 6 }), (text, spans) => {
        const marks = spans.map(([s, len], i) => ({ start: Math.min(s, text.length), end: Math.min(s + len, text.length), id: `q${i}` }));
        for (const p of paragraphsOf(text, marks)) {
          let pos = p.start;
          for (const r of p.runs) {
            expect(r.start).toBe(pos);
            expect(text.slice(r.start, r.start + r.text.length)).toBe(r.text);
            pos += r.text.length;
          }
        }
      }),
    );
  });
});
