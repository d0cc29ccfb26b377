/**
 * Data types of cross-source quote alignment: the versions of one utterance lined up against a
 * reference version, every word-level difference labelled, speaker flags, and article-level
 * reports of spun copies. Pure declarations (no Node, DOM or Electron).
 */
import type { QuoteGroup, Wording } from './types';

/** What kind of difference one aligned stretch of words shows against the reference. */
export type ChangeKind =
  /** The same words; only punctuation between them differs (dash vs comma, a hyphen). */
  | 'punctuation'
  /** The same word spelt another way: British/American, transliteration, numeral vs word, contraction, censored. */
  | 'spelling'
  /** One word replaced by a WordNet synonym of it. */
  | 'synonym'
  /** Words this version has that the reference lacks. */
  | 'inserted'
  /** Reference words this version lacks (or cuts off mid-word: then `version` holds the cut word). */
  | 'omitted'
  /** Words replaced by other words that are not synonyms (or another form of the same word). */
  | 'changed';

/** Where an inserted or omitted stretch sits relative to the words both versions share. */
export type ChangePlace = 'start' | 'inside' | 'end';

/** One labelled difference between a version and the group's reference version. */
export interface WordChange {
  /** The kind of difference. */
  readonly kind: ChangeKind;
  /** For inserted/omitted words: before, inside or after the shared words; null for substitutions. */
  readonly place: ChangePlace | null;
  /** The reference's words as written, '' when the version inserted words. */
  readonly reference: string;
  /** This version's words as written, '' when the version omitted words (except a word cut off). */
  readonly version: string;
  /** True when the version marks the change itself: an ellipsis, or words in [brackets]/(parentheses). */
  readonly marked: boolean;
  /** Id of the quote in which this version's words stand, or null when the version has no words here. */
  readonly quoteId: string | null;
  /** Start offset (UTF-16) of this version's words in that quote's article text, or -1. */
  readonly start: number;
  /** End offset (UTF-16) of this version's words in that quote's article text, or -1. */
  readonly end: number;
}

/** How a version's speaker relates to the group's: agrees, differs, or is missing. */
export type SpeakerFlag = 'agrees' | 'conflict' | 'unattributed';

/** One version of a grouped utterance: one quote, or the parts of one utterance split by its attribution. */
export interface QuoteVersion {
  /** The quotes that make up this version, in text order (more than one when split by the attribution). */
  readonly quoteIds: readonly string[];
  /** The article the version appears in. */
  readonly articleId: string;
  /** The version's words: the parts' texts joined with a space. */
  readonly text: string;
  /** Canonical speaker name, or null when the version credits nobody. */
  readonly speaker: string | null;
  /** How the speaker relates to the reference's (or, if the reference has none, the most common one). */
  readonly speakerFlag: SpeakerFlag;
  /** True for the version the others are compared against. */
  readonly isReference: boolean;
  /** How this version's wording differs from the reference's. */
  readonly wording: Wording;
  /** Every difference from the reference, in text order; empty for the reference itself. */
  readonly changes: readonly WordChange[];
  /** One line for people, e.g. "3 words substituted (need→wish, …); 9 words added at the end". */
  readonly summary: string;
}

/** A quote group as in the JSON contract, with the per-version comparison added. */
export interface AlignedGroup extends QuoteGroup {
  /** Index into `versions` of the reference version. */
  readonly reference: number;
  /** Every version of the utterance, reference included, in article order then text order. */
  readonly versions: readonly QuoteVersion[];
  /** Distinct canonical speakers the versions credit, most frequent first. */
  readonly speakers: readonly string[];
  /** True when at least one version credits nobody. */
  readonly unattributed: boolean;
}

/** One substitution seen in a spun copy, with how often it occurred. */
export interface Substitution {
  /** The word in the source article. */
  readonly from: string;
  /** The word put in its place in the copy. */
  readonly to: string;
  /** How many times the copy made this substitution. */
  readonly count: number;
}

/** An article that follows another sentence by sentence with systematic word substitution. */
export interface SpunCopyReport {
  /** The article that looks machine-rewritten. */
  readonly articleId: string;
  /** The article it appears to be rewritten from. */
  readonly sourceArticleId: string;
  /** Share (0..1) of the shorter article's sentences matched one-to-one with a sentence of the other. */
  readonly alignedShare: number;
  /** Number of aligned sentence pairs. */
  readonly alignedSentences: number;
  /** Share (0..1) of aligned source words replaced by another single word in the copy. */
  readonly substitutionRate: number;
  /** The most frequent substitutions, most frequent first (at most 12). */
  readonly substitutions: readonly Substitution[];
  /** One line for people: "possible spun copy of <title>: …". */
  readonly message: string;
}

/** The outcome of the alignment stage over one set of articles. */
export interface AlignmentResult {
  /** Quotes grouped by utterance (every quote in exactly one group), with the comparison of each group. */
  readonly groups: readonly AlignedGroup[];
  /** Articles reported as possible spun copies of another article in the set. */
  readonly spunCopies: readonly SpunCopyReport[];
}
