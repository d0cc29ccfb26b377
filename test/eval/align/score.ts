/**
 * Scores grouping against labelled pairs: agreement of "same group" with `same_utterance`,
 * precision/recall of "same", and agreement of the group's wording with `relation` among labelled
 * same pairs that were grouped (in a group of more than two versions a milder label also agrees).
 */
import type { AlignedGroup } from '../../../shared/alignment';
import type { Wording } from '../../../shared/types';
import type { LabelledPair } from './data';

const ORDER: readonly Wording[] = ['identical', 'cosmetic', 'partial', 'reworded'];

/** The outcome for one pair. */
export interface PairOutcome {
  readonly pair: LabelledPair;
  readonly grouped: boolean;
  readonly wording: Wording | null;
  readonly versions: number;
  readonly wordingAgrees: boolean | null;
}

/** Judges one pair given the groups and the two quote ids. */
export function judge(pair: LabelledPair, groups: readonly AlignedGroup[], a: string, b: string): PairOutcome {
  const ga = groups.find((g) => g.quoteIds.includes(a));
  const gb = groups.find((g) => g.quoteIds.includes(b));
  const grouped = ga !== undefined && ga === gb;
  const wording = grouped ? ga.wording : null;
  const versions = grouped ? ga.versions.length : 0;
  let wordingAgrees: boolean | null = null;
  if (grouped && pair.same_utterance && pair.relation) {
    wordingAgrees =
      wording === pair.relation ||
      (versions > 2 && wording !== null && ORDER.indexOf(pair.relation) <= ORDER.indexOf(wording));
  }
  return { pair, grouped, wording, versions, wordingAgrees };
}

/** Summary figures over many pairs. */
export interface Figures {
  readonly pairs: number;
  readonly agreement: number;
  readonly precision: number;
  readonly recall: number;
  readonly wordingPairs: number;
  readonly wordingAgreement: number;
}

/** Computes the figures. */
export function figures(outcomes: readonly PairOutcome[]): Figures {
  const tp = outcomes.filter((o) => o.grouped && o.pair.same_utterance).length;
  const fp = outcomes.filter((o) => o.grouped && !o.pair.same_utterance).length;
  const fn = outcomes.filter((o) => !o.grouped && o.pair.same_utterance).length;
  const agree = outcomes.filter((o) => o.grouped === o.pair.same_utterance).length;
  const worded = outcomes.filter((o) => o.wordingAgrees !== null);
  return {
    pairs: outcomes.length,
    agreement: outcomes.length ? agree / outcomes.length : 0,
    precision: tp + fp ? tp / (tp + fp) : 0,
    recall: tp + fn ? tp / (tp + fn) : 0,
    wordingPairs: worded.length,
    wordingAgreement: worded.length ? worded.filter((o) => o.wordingAgrees).length / worded.length : 0,
  };
}
