/**
 * Tokens of the text outside quotations: words, punctuation, and one placeholder per quotation, so that
 * attribution patterns (`“…,” he said`) read as short token sequences.
 */

export interface Token {
  readonly kind: 'word' | 'punct' | 'quote';
  readonly start: number;
  readonly end: number;
  /** The token as written; for a quote placeholder, the empty string. */
  readonly text: string;
  /** Lower case, with curly apostrophes straightened. */
  readonly lower: string;
  /** Index of the quotation (kind 'quote' only), else -1. */
  readonly quote: number;
}

const ABBREVIATED = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'st', 'jr', 'sr', 'rev', 'prof', 'capt', 'maj', 'adm', 'pres', 'atty', 'supt', 'mt', 'ft', 'inc', 'co', 'corp', 'ltd', 'no', 'vs']);

// Words (with inner apostrophes, hyphens, dots, ampersands) or single punctuation marks. Each alternative
// is a plain character class run, so matching is linear.
const TOKEN = /[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*|[,;:!?.\u2014\u2013\-()[\]]/gu;

function word(text: string, start: number, end: number): Token {
  const raw = text.slice(start, end);
  return { kind: 'word', start, end, text: raw, lower: raw.toLowerCase().replace(/’/g, "'"), quote: -1 };
}

/** Tokenises [from, to), appending to `out`. */
export function tokenizeRange(text: string, from: number, to: number, out: Token[]): void {
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    let end = m.index + m[0].length;
    if (end > to) break;
    const first = text.charCodeAt(m.index);
    const isWord = m[0].length > 1 || /[\p{L}\p{N}]/u.test(m[0]);
    if (!isWord) {
      out.push({ kind: 'punct', start: m.index, end, text: m[0], lower: m[0], quote: -1 });
      continue;
    }
    // Keep the full stop of abbreviations and initials ("Mr.", "U.S.", "J.") with the word.
    if (text[end] === '.' && end + 1 <= to) {
      const lower = m[0].toLowerCase();
      const initial = m[0].length === 1 && first >= 65 && first <= 90;
      if (initial || ABBREVIATED.has(lower) || m[0].includes('.')) {
        end += 1;
        TOKEN.lastIndex = end;
      }
    }
    out.push(word(text, m.index, end));
  }
}

export interface QuoteExtent {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark. */
  readonly close: number;
}

/** Tokens of [from, to) with each quotation (sorted, inside the range) replaced by one placeholder. */
export function tokenize(text: string, from: number, to: number, quotes: readonly QuoteExtent[], firstQuote: number): Token[] {
  const out: Token[] = [];
  let pos = from;
  for (let q = firstQuote; q < quotes.length; q++) {
    const quote = quotes[q]!;
    if (quote.open >= to) break;
    tokenizeRange(text, pos, quote.open, out);
    out.push({ kind: 'quote', start: quote.open, end: quote.close, text: '', lower: '', quote: q });
    pos = quote.close;
  }
  tokenizeRange(text, pos, to, out);
  return out;
}
