/**
 * The review: the user's decision about each quote group, and the `*.verbatim.json` file that keeps
 * it. Marks are tied to the quotes' positions in the articles, not to group ids, so a review still
 * lands on the right groups after the engine changes how it numbers or groups them.
 */
import { z } from 'zod';
import type { Article, Quote, QuoteGroup } from './types';

/** The four decisions a reviewer can take on a group. */
export const REVIEW_STATUSES = ['ok', 'wording-error', 'misattributed', 'follow-up'] as const;

/** One decision. */
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** How each decision is named to the user. */
export const STATUS_LABELS: Record<ReviewStatus, string> = {
  ok: 'OK',
  'wording-error': 'Wording error',
  misattributed: 'Misattributed',
  'follow-up': 'Needs follow-up',
};

/** Where a quote sits: enough to find its group again. */
export interface QuoteAnchor {
  /** Article id (name + content hash). */
  readonly articleId: string;
  /** Start offset in the article text. */
  readonly start: number;
  /** End offset in the article text. */
  readonly end: number;
}

/** The decision on one group, with the quotes it was made on. */
export interface ReviewMark {
  /** The decision, or null when only a note was written. */
  readonly status: ReviewStatus | null;
  /** Free text. */
  readonly note: string;
  /** ISO time of the last change. */
  readonly updatedAt: string;
  /** The group's quotes when the mark was made. */
  readonly anchors: readonly QuoteAnchor[];
}

/** An article as the review file keeps it: text included, so the review reopens anywhere. */
export interface ReviewArticle {
  /** Article id (name + content hash). */
  readonly id: string;
  /** File name. */
  readonly name: string;
  /** Where it was opened from (a bare name for uploads). */
  readonly path: string;
  /** The text that was reviewed. */
  readonly text: string;
}

/** The content of a `*.verbatim.json` file. */
export interface ReviewDocument {
  /** Identifies the file type. */
  readonly format: 'verbatim-review';
  /** Bumped when the layout changes. */
  readonly version: 1;
  /** ISO time of the save. */
  readonly savedAt: string;
  /** The articles reviewed, with their text. */
  readonly articles: readonly ReviewArticle[];
  /** Every decision, including ones whose quotes are no longer found. */
  readonly marks: readonly ReviewMark[];
}

const anchor = z.strictObject({ articleId: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** Validates a review file read from disk or picked by the user. */
export const reviewDocumentSchema = z.strictObject({
  format: z.literal('verbatim-review'),
  version: z.literal(1),
  savedAt: z.string(),
  articles: z.array(z.strictObject({ id: z.string(), name: z.string(), path: z.string(), text: z.string() })).max(100_000),
  marks: z
    .array(
      z.strictObject({
        status: z.enum(REVIEW_STATUSES).nullable(),
        note: z.string().max(100_000),
        updatedAt: z.string(),
        anchors: z.array(anchor).max(10_000),
      }),
    )
    .max(1_000_000),
});

/** The anchors of a group's quotes. */
export function anchorsOf(group: QuoteGroup, quotes: ReadonlyMap<string, Quote>): QuoteAnchor[] {
  return group.quoteIds.flatMap((id) => {
    const q = quotes.get(id);
    return q ? [{ articleId: q.articleId, start: q.start, end: q.end }] : [];
  });
}

const anchorKey = (a: QuoteAnchor) => `${a.articleId}:${a.start}:${a.end}`;

/**
 * Puts saved marks back on the current groups: each mark goes to the group holding most of its
 * quotes. A mark whose quotes no longer exist is kept aside (returned as `orphans`), never dropped.
 */
export function placeMarks(
  marks: readonly ReviewMark[],
  groups: readonly QuoteGroup[],
  quotes: readonly Quote[],
): { byGroup: Map<string, ReviewMark>; orphans: ReviewMark[] } {
  const quoteMap = new Map(quotes.map((q) => [q.id, q]));
  const groupOfAnchor = new Map<string, string>();
  for (const g of groups) for (const a of anchorsOf(g, quoteMap)) groupOfAnchor.set(anchorKey(a), g.id);
  const byGroup = new Map<string, ReviewMark>();
  const orphans: ReviewMark[] = [];
  for (const mark of marks) {
    const votes = new Map<string, number>();
    for (const a of mark.anchors) {
      const g = groupOfAnchor.get(anchorKey(a));
      if (g) votes.set(g, (votes.get(g) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
    const existing = best ? byGroup.get(best) : undefined;
    if (!best) orphans.push(mark);
    else if (!existing || existing.updatedAt < mark.updatedAt) byGroup.set(best, mark);
  }
  return { byGroup, orphans };
}

/** The review file content for the current articles and marks. */
export function buildReviewDocument(
  articles: readonly Pick<Article, 'id' | 'name' | 'path' | 'text'>[],
  marks: readonly ReviewMark[],
  now: Date,
): ReviewDocument {
  return {
    format: 'verbatim-review',
    version: 1,
    savedAt: now.toISOString(),
    articles: articles.map((a) => ({ id: a.id, name: a.name, path: a.path, text: a.text })),
    marks,
  };
}
