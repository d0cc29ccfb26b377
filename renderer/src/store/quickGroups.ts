/**
 * The groups of an extraction-only pass, built here from its quotes rather than fetched. The engine's
 * quick groups are singletons (each utterance alone, its parts joined), so they carry nothing the quotes
 * do not: fetching them was half of every quick pass's JSON (~60 MB for 10,000 articles), parsed and then
 * held beside the quotes, and that heap is what made the garbage collector pause for 125–190 ms.
 * Mirrors singletonGroups in electron/engine/analyze.ts (a test holds the two together).
 */
import type { AlignedGroup, QuoteVersion, WordChange } from '../../../shared/alignment';
import type { Analysis, Quote } from '../../../shared/types';

/** Shared by every singleton: a reference version has no changes, and nothing mutates them. */
const NO_CHANGES: readonly WordChange[] = Object.freeze([]);
const NO_SPEAKERS: readonly string[] = Object.freeze([]);

function singleton(parts: readonly Quote[], speakersOf: (name: string) => readonly string[]): AlignedGroup {
  const first = parts[0]!;
  const speaker = first.speaker?.name ?? null;
  // One array for the group and its only version; a one-part utterance's text is the quote's own string.
  const quoteIds = parts.map((q) => q.id);
  const version: QuoteVersion = {
    quoteIds,
    articleId: first.articleId,
    text: parts.length === 1 ? first.text : parts.map((q) => q.text).join(' '),
    speaker,
    speakerFlag: speaker ? 'agrees' : 'unattributed',
    isReference: true,
    wording: 'identical',
    changes: NO_CHANGES,
    summary: 'Reference version.',
  };
  return {
    id: `group-${first.id}`,
    quoteIds,
    wording: null,
    speakerConflict: false,
    reference: 0,
    speakers: speaker ? speakersOf(speaker) : NO_SPEAKERS,
    unattributed: speaker === null,
    versions: [version],
  };
}

/** The id of the quick group whose first part is this quote (the engine's scheme). */
export const QUICK_GROUP_PREFIX = 'group-';

/** The quick group with this id, rebuilt from its quotes; undefined when the id names no quick group's first part. */
export function singletonOf(id: string, quote: (id: string) => Quote | undefined, quotesOf: (articleId: string) => readonly Quote[]): AlignedGroup | undefined {
  if (!id.startsWith(QUICK_GROUP_PREFIX)) return undefined;
  const first = quote(id.slice(QUICK_GROUP_PREFIX.length));
  if (!first) return undefined;
  const parts = quotesOf(first.articleId).filter((q) => q.utterance === first.utterance);
  const group = singletonGroups(parts)[0];
  return group?.id === id ? group : undefined;
}

/** Each utterance of these quotes as its own group, in the order of its first part. */
export function singletonGroups(quotes: readonly Quote[]): AlignedGroup[] {
  const byUtterance = new Map<string, Quote[]>();
  for (const q of quotes) {
    const parts = byUtterance.get(q.utterance);
    if (parts) parts.push(q);
    else byUtterance.set(q.utterance, [q]);
  }
  // One frozen speakers list per person, not one per group.
  const lists = new Map<string, readonly string[]>();
  const speakersOf = (name: string) => {
    let list = lists.get(name);
    if (!list) lists.set(name, (list = Object.freeze([name])));
    return list;
  };
  return Array.from(byUtterance.values(), (parts) => singleton(parts, speakersOf));
}

/**
 * An analysis whose groups past `kept` are the quick groups of `quotes` from `from` on, built only if
 * something asks for them all (export, removing an article); the list and the detail pane never do.
 * `quotes` may be an array that grows: each call describes it as it stands.
 */
export function withQuickGroups(quotes: readonly Quote[], kept: readonly AlignedGroup[], from: number, spunCopies: Analysis['spunCopies']): Analysis {
  const count = quotes.length;
  let groups: readonly AlignedGroup[] | null = null;
  return {
    quotes,
    spunCopies,
    get groups() {
      groups ??= [...kept, ...singletonGroups(quotes.slice(from, count))];
      return groups;
    },
  };
}
