import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyLine, findFurniture, mergeFurniture } from '../../../electron/engine/load/furniture';

describe('classifyLine', () => {
  it('recognises prompts to click, share, subscribe and keep reading', () => {
    for (const line of ['Read more: Ferry timetable to change', 'Read more: ‘We will not back down,’ says minister', 'Follow live: election night', 'Sign up to our newsletter', 'Share this article', 'Copy link', 'Advertisement', 'Most read', 'Related: Strike looms']) {
      expect(classifyLine(line), line).toBe('furniture');
    }
  });

  it('recognises photo credits', () => {
    for (const line of ['Photograph: Jane Roe/Reuters', 'The bridge at dusk. Photograph: Jonas Berg/Harbour Gazette', 'Protesters outside parliament (AP Photo/John Doe)', 'Crowds gather on the quay. Jane Roe/Getty Images']) {
      expect(classifyLine(line), line).toBe('credit');
    }
  });

  it('leaves prose alone, including prose that mentions photos, agencies and reading', () => {
    for (const line of [
      '“Read more books,” said the librarian.',
      'The photo: a man on the bridge, said Ms Roe, had been edited.',
      '“We took the photograph: it shows the crack,” said the engineer. Reuters/Ipsos polled 1,000 people.',
      'The minister said she would follow the advice, according to Reuters.',
      'Sign up numbers for the scheme rose by a third last year, the council said in its annual report on Monday.',
      'Newsletter',
      '',
    ]) {
      expect(classifyLine(line), line).toBeNull();
    }
  });
});

describe('findFurniture', () => {
  it('marks whole lines, without their surrounding spaces', () => {
    const text = 'Story line.\n  Read more: Next story  \nMore story.';
    const [range, ...rest] = findFurniture(text);
    expect(rest).toEqual([]);
    expect(range && text.slice(range.start, range.end)).toBe('Read more: Next story');
  });
});

describe('mergeFurniture', () => {
  it('sorts and merges overlapping ranges', () => {
    expect(
      mergeFurniture(
        [{ start: 10, end: 20, kind: 'credit' }],
        [{ start: 0, end: 5, kind: 'furniture' }, { start: 15, end: 25, kind: 'furniture' }],
      ),
    ).toEqual([
      { start: 0, end: 5, kind: 'furniture' },
      { start: 10, end: 25, kind: 'credit' },
    ]);
  });
});

describe('findFurniture against the line regex it replaced', () => {
  /** Lines as /[^\r\n]+/g matches them, trimmed and classified: the implementation before the scan. */
  const byRegex = (text: string) => {
    const found: { start: number; end: number; kind: string }[] = [];
    for (const m of text.matchAll(/[^\r\n]+/g)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      const kind = classifyLine(body);
      if (kind) found.push({ start: m.index + lead, end: m.index + lead + body.length, kind });
    }
    return found;
  };

  it('finds the same lines on any text', () => {
    const pieces = fc.constantFrom('Read more: x', 'Photo: AP', 'Share', 'Advertisement', 'prose “said”', 'x'.repeat(301), ' ', '\t', '\u00a0', '\u2028', '\n', '\r', '\r\n', '\n\n', 'a');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(findFurniture(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});
