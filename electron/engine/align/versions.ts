/**
 * Versions stage: quotes → versions. The parts of one utterance split by its attribution
 * ("If somebody tells you," he said, "you don't have discretion") share `utterance` and are
 * compared whole, so a version is all parts of one utterance in one article, in text order.
 */
import type { Quote, QuoteKind } from '../../../shared/types';
import { tokenize, type Token } from './tokens';

/** One utterance as one article gives it. */
export interface Version {
  /** Position in the list of versions (article order, then text order). */
  readonly index: number;
  /** The quotes it is made of, in text order. */
  readonly quotes: readonly Quote[];
  /** The article it is in. */
  readonly articleId: string;
  /** Position of the article in the input. */
  readonly articleOrder: number;
  /** The parts' texts joined with a space. */
  readonly text: string;
  /** Canonical speaker (first part that names one), or null. */
  readonly speaker: string | null;
  /** Direct when any part is in quotation marks; indirect when all parts are reported speech. */
  readonly kind: QuoteKind;
  /** The words of all parts. */
  readonly tokens: readonly Token[];
}

/**
 * Builds versions from quotes; `articleOrder` maps article id → input position. `cache` may hold
 * token lists made earlier (keyed by the parts' texts joined with U+0000); it gains the rest.
 */
export function buildVersions(quotes: readonly Quote[], articleOrder: ReadonlyMap<string, number>, cache = new Map<string, Token[]>()): Version[] {
  // One quote is often reported word for word by many articles: tokenise each distinct text once.
  const tokensOf = (parts: readonly string[]): Token[] => {
    const key = tokensKey(parts);
    let t = cache.get(key);
    if (!t) cache.set(key, (t = tokenize(parts)));
    return t;
  };
  // The usual one-part utterance: its text is its key (as `tokensKey` has it), no list to build.
  const oneTextTokens = (text: string): Token[] => {
    let t = cache.get(text);
    if (!t) cache.set(text, (t = tokenize([text])));
    return t;
  };
  // Parts by article, then by utterance (no key string per quote); the lists in order of first part.
  const byArticle = new Map<string, Map<string, Quote[]>>();
  const utterances: Quote[][] = [];
  // Indexed: run once per analysis over every quote, often before it is optimised (for…of would
  // allocate an iterator result per quote).
  // An article's quotes usually come together: its map is looked up once per run of them.
  let lastArticle: string | null = null;
  let byUtterance: Map<string, Quote[]> | undefined;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (q.articleId !== lastArticle || !byUtterance) {
      lastArticle = q.articleId;
      byUtterance = byArticle.get(q.articleId);
      if (!byUtterance) byArticle.set(q.articleId, (byUtterance = new Map()));
    }
    const key = q.utterance || q.id;
    const list = byUtterance.get(key);
    if (list) list.push(q);
    else {
      const parts = [q];
      byUtterance.set(key, parts);
      utterances.push(parts);
    }
  }
  const drafts = utterances.map((parts) => {
    // `parts` is this function's own list: sorted in place (a one-part utterance, the usual, needs no sort).
    const sorted = parts.length === 1 ? parts : sortInPlace(parts, byPlace);
    const first = sorted[0]!;
    // A single part's kind is its own: `kindOfParts` of one gives it back.
    const kind = sorted.length === 1 ? first.kind : kindOfParts(sorted);
    const texts = sorted.length === 1 ? null : sorted.map((q) => q.text);
    return {
      index: 0,
      quotes: sorted,
      articleId: first.articleId,
      articleOrder: articleOrder.get(first.articleId) ?? Number.MAX_SAFE_INTEGER,
      text: texts ? texts.join(' ') : first.text,
      speaker: sorted.length === 1 ? (first.speaker?.name ?? null) : (sorted.find((q) => q.speaker)?.speaker?.name ?? null),
      kind,
      tokens: texts ? tokensOf(texts) : oneTextTokens(first.text),
    };
  });
  sortInPlace(drafts, byArticleThenPlace);
  // Numbered in place: 170,000 versions need not be copied to be numbered.
  drafts.forEach((d, index) => (d.index = index));
  return drafts;
}

/** Direct when any part is in quotation marks, mixed when any part is partly, else indirect. */
function kindOfParts(parts: readonly Quote[]): QuoteKind {
  return parts.some((q) => q.kind === 'direct') ? 'direct' : parts.some((q) => q.kind === 'mixed') ? 'mixed' : 'indirect';
}

/** Parts of an utterance in text order. */
function byPlace(x: Quote, y: Quote): number {
  return x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : 1);
}

/** Versions in article order, then by their first part's place. */
function byArticleThenPlace(x: Version, y: Version): number {
  return x.articleOrder - y.articleOrder || x.quotes[0]!.start - y.quotes[0]!.start || (x.quotes[0]!.id < y.quotes[0]!.id ? -1 : 1);
}

/**
 * Sorts `list` in place, unless it is in order already (as quotes, fed in article and text order,
 * usually are): then a sort would leave it as it is, and only costs its comparisons and scratch.
 * Sound for these comparators: each answers ≤ 0 only for a pair strictly in order of its keys
 * (it never answers 0), so a list that passes the check is strictly increasing, which any sort
 * leaves alone.
 */
function sortInPlace<T>(list: T[], compare: (x: T, y: T) => number): T[] {
  for (let k = 1; k < list.length; k++) if (compare(list[k - 1]!, list[k]!) > 0) return list.sort(compare);
  return list;
}

/**
 * The key of an utterance's token list: its parts' texts joined with U+0000, or the one text itself
 * (the same string, without building it again, for the usual one-part quote).
 */
export function tokensKey(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0]! : parts.join('\u0000');
}
