import { describe, expect, it } from 'vitest';
import { joinLine, layoutParagraphs, type PageText, type Run } from '../../../../electron/engine/load/formats/pdf-layout';

const run = (str: string, x: number, y: number, size = 10): Run => ({ str, x, y, width: str.length * size * 0.5, size });

/** A page of 400×600 with a running head and a page number, body runs in between. */
function page(n: number, body: Run[]): PageText {
  return { width: 400, height: 600, runs: [run('The Daily Ledger — Friday', 40, 580, 8), ...body, run(`${n}`, 200, 20, 8)] };
}

describe('joinLine', () => {
  it('rejoins a word hyphenated at the line end, and keeps real hyphens', () => {
    expect(joinLine('the nego-', 'tiations went on')).toBe('the negotiations went on');
    expect(joinLine('a soft\u00ad', 'ware')).toBe('a software');
    expect(joinLine('the Franco-', 'German border')).toBe('the Franco- German border');
    expect(joinLine('', 'first')).toBe('first');
    expect(joinLine('ends', 'next')).toBe('ends next');
  });
});

describe('layoutParagraphs', () => {
  it('reads columns drawn row by row as two columns', () => {
    const left = ['The minister said the talks', 'would resume on Monday. She', 'gave no date for a deal.', 'Unions were not told.'];
    const right = ['“We are ready,” said the', 'union leader, Ana Soto.', 'Talks broke down in May.', 'A strike is planned.'];
    const body = left.flatMap((l, i) => [run(l, 40, 500 - i * 12), run(right[i] ?? '', 220, 500 - i * 12)]);
    // One page: its head cannot be told from a first line (it repeats on no other page), so it stays.
    // The left column ends a sentence on a short line, so the right column starts a new paragraph.
    expect(layoutParagraphs([page(1, body)])).toEqual(['The Daily Ledger — Friday', left.join(' '), right.join(' ')]);
  });

  it('drops running heads and page numbers but keeps body lines that merely sit near the margin', () => {
    const pages = [1, 2, 3].map((n) => page(n, [run(`Body of page ${n} continues`, 40, 400), run('and ends.', 40, 388)]));
    const text = layoutParagraphs(pages).join('\n');
    expect(text).not.toMatch(/Daily Ledger|^\d$/m);
    expect(text).toContain('Body of page 1 continues and ends.');
  });

  it('starts paragraphs at gaps, indents and font changes, and runs sentences on across pages', () => {
    const p1 = page(1, [
      run('A Headline', 40, 520, 18),
      run('First paragraph line one', 40, 480),
      run('and line two.', 40, 468),
      run('Second paragraph after a gap,', 40, 440),
      run('which runs on to the', 40, 428),
    ]);
    const p2 = page(2, [run('next page and ends.', 40, 520), run('Indented third paragraph', 52, 508), run('continues here.', 40, 496)]);
    expect(layoutParagraphs([p1, p2])).toEqual([
      'A Headline',
      'First paragraph line one and line two.',
      'Second paragraph after a gap, which runs on to the next page and ends.',
      'Indented third paragraph continues here.',
    ]);
  });

  it('does not split a paragraph at a full line that ends a sentence under a headline wider than the column', () => {
    const body = [
      run('A Headline Much Wider Than The Column Of Body Text', 40, 540, 18),
      run('He said the talks would resume on Monday.', 40, 500),
      run('The unions were told on Tuesday evening.', 40, 488),
      run('“We are ready,” said Ana Soto.', 40, 476),
    ];
    expect(layoutParagraphs([page(1, body), page(2, [])])).toEqual([
      'A Headline Much Wider Than The Column Of Body Text',
      'He said the talks would resume on Monday. The unions were told on Tuesday evening. “We are ready,” said Ana Soto.',
    ]);
  });

  it('reads justified text drawn word by word, with spaces wider than an em, as whole lines', () => {
    const words = (text: string, x0: number, y: number, gap: number) => {
      let x = x0;
      return text.split(' ').map((w) => {
        const r = run(w, x, y);
        x += r.width + gap;
        return r;
      });
    };
    const body = [
      ...words('The minister said talks', 40, 500, 14),
      ...words('“We are', 220, 500, 5),
      ...words('would resume on Monday', 40, 488, 13),
      ...words('ready,” said Soto.', 220, 488, 5),
      ...words('and gave no date. A', 40, 476, 16),
      ...words('Unions had not', 220, 476, 5),
      ...words('strike looms.', 40, 464, 5),
      ...words('been told.', 220, 464, 5),
    ];
    expect(layoutParagraphs([page(1, body), page(2, [])])).toEqual([
      'The minister said talks would resume on Monday and gave no date. A strike looms.',
      '“We are ready,” said Soto. Unions had not been told.',
    ]);
  });

  it('stays linear on a book-length paragraph (300 pages of evenly spaced lines)', () => {
    const pages = Array.from({ length: 300 }, (_, p) => page(p + 1, Array.from({ length: 50 }, (_, l) => run(`Line ${l} of page ${p} runs on and on with a hyphen-`, 40, 560 - l * 10))));
    const started = performance.now();
    const [text] = layoutParagraphs(pages);
    expect(text?.length).toBeGreaterThan(500_000);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('returns nothing for pages without text', () => {
    expect(layoutParagraphs([{ width: 100, height: 100, runs: [] }])).toEqual([]);
  });
});
