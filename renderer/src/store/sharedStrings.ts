/**
 * One copy of the strings a fetched page repeats. JSON.parse gives every value its own string (V8 keeps
 * only very short ones unique), so each quote and each version held its own copy of its article's id, its
 * speaker's name and so on: a few hundred thousand small strings at 10,000 articles, all kept, all walked
 * by the garbage collector. Pages are rewritten in place while nothing else holds them, like prefixQuotes.
 */
import type { GroupSummary } from '../../../shared/groupSummary';
import type { Quote, SpeakerRef } from '../../../shared/types';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

const NO_STRINGS: readonly string[] = Object.freeze([]);

/** Summaries and mentions this short repeat ("Reference version.", "he"); longer ones are mostly unique. */
const SHARED_UP_TO = 40;

export class SharedStrings {
  private readonly pool = new Map<string, string>();
  /** Per article, how far `earlier`'s quotes have been matched (quotes come in article and text order). */
  private readonly cursor = new Map<string, number>();

  /**
   * `earlier`: the quotes on screen before this listing, by article (the quick passes' while the full
   * analysis is fetched). The full analysis finds the same quotes in the same order, so each fetched
   * quote's words become the string already held: while the full result is listed the window otherwise
   * held every quote's words twice, and the garbage collector's pauses grew with it.
   */
  constructor(private readonly earlier?: (articleId: string) => readonly Quote[]) {}

  /** One frozen one-entry list per string: most groups have one speaker and are in one article. */
  private readonly lists = new Map<string, readonly string[]>();

  private list(items: readonly string[]): readonly string[] {
    if (items.length === 0) return NO_STRINGS;
    if (items.length > 1) return items.map((t) => this.one(t));
    let list = this.lists.get(items[0]!);
    if (!list) this.lists.set(items[0]!, (list = Object.freeze([this.one(items[0]!)])));
    return list;
  }

  private one(text: string): string {
    const have = this.pool.get(text);
    if (have !== undefined) return have;
    this.pool.set(text, text);
    return text;
  }

  /** Quotes: article id, cue, speaker name and mention shared. */
  quotes(page: readonly Quote[]): void {
    for (const q of page as Writable<Quote>[]) {
      if (this.earlier) this.shareText(q);
      q.articleId = this.one(q.articleId);
      if (q.cue !== null) q.cue = this.one(q.cue);
      if (q.speaker) {
        const speaker = q.speaker as Writable<SpeakerRef>;
        speaker.name = this.one(speaker.name);
        // Mentions repeat too ("he", "she", a surname): one string each, not one per quote.
        if (speaker.mention.length <= SHARED_UP_TO) speaker.mention = this.one(speaker.mention);
      }
    }
  }

  private shareText(q: Writable<Quote>): void {
    const k = this.cursor.get(q.articleId) ?? 0;
    const same = this.earlier!(q.articleId)[k];
    // Matched in order; once an article's quotes differ (it was not covered alike), its words are left as fetched.
    if (!same || same.start !== q.start || same.end !== q.end || same.text !== q.text) return;
    q.text = same.text;
    this.cursor.set(q.articleId, k + 1);
  }

  /**
   * Group summaries: the same, and their quote ids become the quotes' own strings (JSON gives each
   * occurrence its own copy); a one-version group's reference quotes are its quotes, one list for both.
   */
  groups(page: readonly GroupSummary[], quote: (id: string) => Quote | undefined): void {
    for (const g of page as Writable<GroupSummary>[]) {
      g.speakers = this.list(g.speakers);
      g.articleIds = this.list(g.articleIds);
      const ids = g.quoteIds as string[];
      for (let i = 0; i < ids.length; i++) ids[i] = quote(ids[i]!)?.id ?? ids[i]!;
      const reference = g.referenceQuoteIds as string[];
      if (reference.length === ids.length && reference.every((id, i) => id === ids[i])) g.referenceQuoteIds = ids;
      else for (let i = 0; i < reference.length; i++) reference[i] = quote(reference[i]!)?.id ?? reference[i]!;
    }
  }
}
