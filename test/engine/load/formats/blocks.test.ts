import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { paragraphsOf, type DomNode } from '../../../../electron/engine/load/formats/blocks';
import { joinParagraphs } from '../../../../electron/engine/load/formats/paragraphs';

const body = (html: string) => (parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: { body: DomNode } }).document.body;

describe('paragraphsOf', () => {
  it('makes one paragraph per block, joins inline text and skips what is never text', () => {
    expect(paragraphsOf(body('<h1>Head</h1><p>One <b>bold</b>\n  word</p><script>x()</script><ul><li>a</li><li>b</li></ul><style>p{}</style>'))).toEqual([
      { text: 'Head' },
      { text: 'One bold word' },
      { text: 'a' },
      { text: 'b' },
    ]);
  });

  it('marks captions and asides by what they are, and lets the caller mark more', () => {
    const marked = paragraphsOf(body('<p>Story.</p><figure><figcaption>A caption.</figcaption></figure><aside>Promo</aside><div class="x">Boxed</div>'), (el) =>
      el.getAttribute?.('class') === 'x' ? 'furniture' : undefined,
    );
    expect(marked).toEqual([{ text: 'Story.' }, { text: 'A caption.', kind: 'credit' }, { text: 'Promo', kind: 'furniture' }, { text: 'Boxed', kind: 'furniture' }]);
  });
});

describe('joinParagraphs', () => {
  it('separates paragraphs with a blank line and records the ranges of marked ones', () => {
    const { text, furniture } = joinParagraphs([{ text: 'One.' }, { text: '  ' }, { text: 'Photo: X', kind: 'credit' }, { text: 'Two.' }]);
    expect(text).toBe('One.\n\nPhoto: X\n\nTwo.');
    expect(furniture.map((f) => text.slice(f.start, f.end))).toEqual(['Photo: X']);
  });
});
