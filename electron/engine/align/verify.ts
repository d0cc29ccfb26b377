/**
 * Verify stage: are two wordings the same utterance? The test is containment: the words of the
 * shorter one must (almost all) appear, in order, in the longer one — weighted so function words
 * count little, which keeps "the next president of the United States" from joining two remarks.
 * How much is enough depends on the speakers: the same canonical speaker needs the least; a missing
 * speaker more; different speakers (a possible misattribution) need long, near-verbatim overlap.
 */
import type { Token } from './tokens';
import { alignWords, type Match } from './words';
import type { SynonymLookup } from './wordnet';

/** How two versions' speakers relate. */
export type SpeakerRelation = 'same' | 'unknown' | 'different';

/** What verification concluded for a pair. */
export interface Verdict {
  /** 'strong': same utterance; 'weak': same words but too few to tell without a shared story; null: not the same. */
  readonly link: 'strong' | 'weak' | null;
  /** Weighted share (0..1) of the shorter wording found, in order, in the longer. */
  readonly containment: number;
}

/** Thresholds of the verify stage, by speaker relation. */
export const THRESHOLDS = {
  /** Same speaker: share of the shorter wording that must be found. */
  same: 0.7,
  /** Same speaker, both reported (indirect) speech: paraphrase is the norm, so a lower bar. */
  sameIndirect: 0.55,
  /** A speaker missing on one side. */
  unknown: 0.8,
  /** Content words that must match when a speaker is missing. */
  unknownContent: 3,
  /** Different speakers: the same words given to another person. */
  different: 0.9,
  /** Content words that must match across different speakers. */
  differentContent: 5,
} as const;

function weight(t: Token): number {
  if (t.editorial) return 0;
  return t.stop ? 0.25 : 1;
}

const MATCH_VALUE = { same: 1, spelling: 1, truncated: 1, inflection: 0.8, synonym: 0.8 } as const;

/** Weighted containment of the lighter list in the other, given their alignment. */
export function containment(a: readonly Token[], b: readonly Token[], matches: readonly Match[]): {
  readonly value: number;
  readonly content: number;
  readonly shorterIsA: boolean;
  readonly spread: number;
} {
  const wa = a.reduce((s, t) => s + weight(t), 0);
  const wb = b.reduce((s, t) => s + weight(t), 0);
  const shorterIsA = wa <= wb;
  const short = shorterIsA ? a : b;
  const total = Math.min(wa, wb);
  let got = 0;
  let content = 0;
  for (const m of matches) {
    const t = short[shorterIsA ? m.a : m.b]!;
    got += weight(t) * MATCH_VALUE[m.kind];
    if (!t.stop && !t.editorial) content++;
  }
  // How far apart the matched words lie in the longer wording, relative to the shorter's length:
  // an excerpt is compact; words of a stock phrase scattered over a long quote are not.
  const first = matches[0];
  const last = matches[matches.length - 1];
  const span = first && last ? (shorterIsA ? last.b - first.b : last.a - first.a) + 1 : 0;
  const spread = short.length > 0 ? span / short.length : 0;
  return { value: total > 0 ? got / total : 0, content, shorterIsA, spread };
}

/** Decides whether two wordings are one utterance. */
export function verifyPair(
  a: readonly Token[],
  b: readonly Token[],
  relation: SpeakerRelation,
  bothIndirect: boolean,
  synonyms: SynonymLookup | null,
): Verdict {
  const matches = alignWords(a, b, { synonyms });
  const c = containment(a, b, matches);
  const shortLength = Math.min(a.length, b.length);
  if (c.spread > 2 && c.spread * shortLength > shortLength + 6) return { link: null, containment: c.value };
  if (relation === 'same') {
    const bar = bothIndirect ? THRESHOLDS.sameIndirect : THRESHOLDS.same;
    if (c.value < bar) return { link: null, containment: c.value };
    return { link: shortLength < 3 || c.content < 1 ? 'weak' : 'strong', containment: c.value };
  }
  if (relation === 'unknown') {
    const ok = c.value >= THRESHOLDS.unknown && c.content >= THRESHOLDS.unknownContent;
    return { link: ok ? 'strong' : null, containment: c.value };
  }
  const ok = c.value >= THRESHOLDS.different && c.content >= THRESHOLDS.differentContent;
  return { link: ok ? 'strong' : null, containment: c.value };
}
