import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ANCHOR, anchorMatches, splitSentences } from '../../../electron/engine/align/sentences';

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, with offsets', () => {
    const text = 'The ferry opens in March. “It is late,” Okafor said.\nTickets are cheap.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['The ferry opens in March.', '“It is late,” Okafor said.', 'Tickets are cheap.']);
    for (const x of s) expect(text.slice(x.start, x.start + x.text.length)).toBe(x.text);
  });

  it('collects names and numbers but not the capital at the start', () => {
    const [s] = splitSentences('The line carries 4,000 passengers between Port Elwin and Castell Island.');
    expect(s!.anchors).toEqual(['4,000', 'castell', 'elwin', 'island', 'port']);
  });
});

describe('anchorMatches', () => {
  const byRegex = (text: string) => [...text.matchAll(ANCHOR)].map((m) => ({ text: m[0], index: m.index }));

  it('finds what the anchor pattern finds', () => {
    for (const text of ["O'Neill met McDonald's CEO at 4,000.5 ft. in Zürich", 'Ωmega 𝐀bc 9x ٣٤٥ a1 B2 É-É. x.Y ’Tis', '\ud835\udc00A \udc00B \ud835']) {
      expect(anchorMatches(text)).toEqual(byRegex(text));
    }
  });

  it('agrees with the pattern on any text', () => {
    const pieces = fc.constantFrom('a', 'Z', 'É', 'é', '7', '٣', 'Ω', '𝐀', '日', "'", '’', '.', '-', ',', ' ', '\n', '"', '\ud835', '\udc00');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(anchorMatches(text)).toEqual(byRegex(text));
    }), { numRuns: 3000 });
  });
});
