import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../electron/engine/align/sentences';

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
