/**
 * The groups of an extraction-only pass, built here from its quotes rather than fetched. The engine's
 * quick groups are singletons (each utterance alone, its parts joined), so they carry nothing the quotes
 * do not: fetching them was half of every quick pass's JSON (~60 MB for 10,000 articles), parsed and then
 * held beside the quotes, and that heap is what made the garbage collector pause for 125–190 ms.
 * Mirrors singletonGroups in electron/engine/analyze.ts (a test holds the two together).
 */
import type { AlignedGroup, QuoteVersion, WordChange } from '../../../shared/alignment';
import type { Quote } from '../../../shared/types';

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
