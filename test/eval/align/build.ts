/**
 * Builds Article and Quote records for the alignment stage from labelled pairs: one pair at a time
 * (two articles, or one when both quotes are in the same article), or all pairs in one pool.
 */
import type { Article, Quote } from '../../../shared/types';
import { makeArticle, makeQuote } from '../../fixtures/records';
import type { LabelledPair } from './data';

export { makeArticle, makeQuote };

/** The span of one side of a pair; the document text is used when it holds the quote at the offsets. */
function side(p: LabelledPair, which: 'a' | 'b'): { doc: string; start: number; text: string; speaker: string | null } {
  return which === 'a'
    ? { doc: p.a_doc, start: p.a_start, text: p.a_text, speaker: p.speaker_a }
    : { doc: p.b_doc, start: p.b_start, text: p.b_text, speaker: p.speaker_b };
}

/** Articles and quotes for one pair; quote ids are "a" and "b". */
export function buildPair(p: LabelledPair, docs: ReadonlyMap<string, string>): { articles: Article[]; quotes: Quote[] } {
  const articles = new Map<string, Article>();
  const quotes: Quote[] = [];
  for (const which of ['a', 'b'] as const) {
    const s = side(p, which);
    const text = docText(docs, s.doc, s.start, s.text);
    if (!articles.has(s.doc)) articles.set(s.doc, makeArticle(s.doc, text));
    quotes.push(makeQuote(which, s.doc, s.text, s.start, s.speaker));
  }
  return { articles: [...articles.values()], quotes };
}

/** The document's text when it has the quote at the given offset; otherwise a stand-in holding just the quote. */
function docText(docs: ReadonlyMap<string, string>, doc: string, start: number, quote: string): string {
  const text = docs.get(doc);
  if (text !== undefined && text.slice(start, start + quote.length) === quote) return text;
  return ' '.repeat(start) + quote;
}

/** All pairs in one pool: each distinct span is one quote, each document one article. */
export function buildPool(pairs: readonly LabelledPair[], docs: ReadonlyMap<string, string>): {
  articles: Article[];
  quotes: Quote[];
  idOf: (p: LabelledPair, which: 'a' | 'b') => string;
} {
  const articles = new Map<string, Article>();
  const quotes = new Map<string, Quote>();
  const spanId = (doc: string, start: number, text: string): string => `${doc}#${start}+${text.length}`;
  for (const p of pairs) {
    for (const which of ['a', 'b'] as const) {
      const s = side(p, which);
      if (!articles.has(s.doc)) articles.set(s.doc, makeArticle(s.doc, docText(docs, s.doc, s.start, s.text)));
      const id = spanId(s.doc, s.start, s.text);
      if (!quotes.has(id)) quotes.set(id, makeQuote(id, s.doc, s.text, s.start, s.speaker));
    }
  }
  return {
    articles: [...articles.values()],
    quotes: [...quotes.values()],
    idOf: (p, which) => {
      const s = side(p, which);
      return spanId(s.doc, s.start, s.text);
    },
  };
}
