/**
 * One copy of the strings a fetched page repeats. JSON.parse gives every value its own string (V8 keeps
 * only very short ones unique), so each quote and each version held its own copy of its article's id, its
 * speaker's name and so on: a few hundred thousand small strings at 10,000 articles, all kept, all walked
 * by the garbage collector. Pages are rewritten in place while nothing else holds them, like prefixQuotes.
 */
import type { AlignedGroup, QuoteVersion } from '../../../shared/alignment';
import type { Quote, SpeakerRef } from '../../../shared/types';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

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
   * Groups: the same, and a one-part version's text is its quote's text (the engine joins the parts),
   * so it becomes the quote's string.
   */
  groups(page: readonly AlignedGroup[], quote: (id: string) => Quote | undefined): void {
    for (const g of page) {
      // Groups built here (quickGroups) share frozen lists already; fetched ones are plain arrays.
      const speakers = g.speakers as string[];
      if (!Object.isFrozen(speakers)) for (let i = 0; i < speakers.length; i++) speakers[i] = this.one(speakers[i]!);
      for (const v of g.versions as Writable<QuoteVersion>[]) {
        v.articleId = this.one(v.articleId);
        if (v.speaker !== null) v.speaker = this.one(v.speaker);
        if (v.summary.length <= SHARED_UP_TO) v.summary = this.one(v.summary);
        const only = v.quoteIds.length === 1 ? quote(v.quoteIds[0]!) : undefined;
        if (only && only.text === v.text) v.text = only.text;
      }
    }
  }
}
