/**
 * Each utterance alone, not compared with anything: the groups of an extraction-only pass, which the
 * list shows before alignment finishes. The engine makes them for the CLI and tests; the window builds
 * them from the quotes it already has rather than fetching them (they were half of every quick pass's
 * JSON, ~60 MB for 10,000 articles, and the heap they took made the garbage collector pause).
 */
import type { AlignedGroup, QuoteVersion, WordChange } from './alignment';
import type { Quote } from './types';

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
