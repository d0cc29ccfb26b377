import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ANCHOR, AnchorCache, anchorMatches, BOUNDARY, sentenceBounds, signatureAt } from '../../../electron/engine/align/sentences';

describe('sentenceBounds and signatureAt', () => {
  it('split at sentence ends and line breaks, with offsets', () => {
    const text = 'The ferry opens in March. “It is late,” Okafor said.\nTickets are cheap.';
    const bounds = sentenceBounds(text);
    const pieces: string[] = [];
    for (let k = 0; k < bounds.length; k += 2) pieces.push(text.slice(bounds[k], bounds[k + 1]));
    expect(pieces).toEqual(['The ferry opens in March.', '“It is late,” Okafor said.', 'Tickets are cheap.']);
  });

  it('sign a sentence by its names and numbers but not the capital at the start', () => {
    const text = 'The line carries 4,000 passengers between Port Elwin and Castell Island.';
    expect(signatureAt(text, 0, text.length, 0)).toBe(['4,000', 'castell', 'elwin', 'island', 'port'].join('\u0000'));
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

describe('sentenceBounds', () => {
  /** The pieces between BOUNDARY's matches, trimmed, as the regex split them before the scanner. */
  const byRegex = (text: string): number[] => {
    const out: number[] = [];
    let from = 0;
    const push = (to: number): void => {
      const raw = text.slice(from, to);
      const trimmed = raw.trim();
      if (trimmed !== '') {
        const start = from + raw.indexOf(trimmed);
        out.push(start, start + trimmed.length);
      }
    };
    for (const m of text.matchAll(BOUNDARY)) {
      push(m.index);
      from = m.index + m[0].length;
    }
    push(text.length);
    return out;
  };

  it('splits where the boundary pattern splits', () => {
    const texts = [
      'The ferry opens in March. “It is late,” Okafor said.\nTickets are cheap.',
      'He left.  \n  she stayed. "Go!" (Then) ‘No.’ 12 more?» Éric\n\n\n\u2028X',
      'Wait. \n lower case. 𝐀stral start! ٣ digits? \u00a0\u3000End.\u202fNext',
      '.\n.', ' . A', '!"\t\r\n(B', '', '   ', '\n\n',
    ];
    for (const text of texts) expect(sentenceBounds(text)).toEqual(byRegex(text));
  });

  it('agrees with the pattern on any text', () => {
    const pieces = fc.constantFrom(
      'a', 'Z', 'É', '7', '٣', '𝐀', '\ud835', '\udc00', '.', '!', '?', '"', "'", '”', '’', '»', ')', '“', '‘', '«', '(',
      ' ', '  ', '\n', '\n\n', '\t', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', ',',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(sentenceBounds(text)).toEqual(byRegex(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('signatureAt', () => {
  const text = 'So Port Elwin opened. So Port Elwin opened. Okafor met Castell at 4,000 ft. So Port Elwin opened.';
  const bounds = sentenceBounds(text);

  it('gives the same signature from the cache as without it, even when every sentence has one hash', () => {
    const cache = new AnchorCache();
    for (let round = 0; round < 3; round++) {
      if (round === 2) cache.clear();
      for (let k = 0; k < bounds.length; k += 2) {
        const [start, end] = [bounds[k]!, bounds[k + 1]!];
        expect(signatureAt(text, start, end, 7, cache)).toBe(signatureAt(text, start, end, 7));
      }
    }
    expect(signatureAt(text, bounds[0]!, bounds[1]!, 7)).toBe('elwin\u0000port');
    // Each distinct sentence once ('So Port Elwin opened.' and 'Okafor met Castell at 4,000 ft.'), though all share a hash.
    expect(cache.size).toBe(2);
  });
});
