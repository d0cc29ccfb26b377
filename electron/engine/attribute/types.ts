/** Types of the attribute stage's output. */
import type { Article, QuoteKind } from '../../../shared/types';
import type { MentionKind } from './phrases';

/** Words in the text naming a source: a name, a pronoun, or a description. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: MentionKind;
  /** The name inside a longer phrase ("Dmitry Peskov" in "Kremlin spokesman Dmitry Peskov"), if any. */
  readonly name: string | null;
}

export interface CueSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One quoted part or reported statement, with its source as written (not yet canonical). */
export interface Statement {
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly cue: CueSpan | null;
  readonly source: Mention | null;
  readonly confidence: number;
  /** Article-local id shared by the parts of one utterance. */
  readonly utterance: number;
  readonly paragraph: number;
}

export interface Attributed {
  readonly article: Article;
  /** In text order. */
  readonly statements: readonly Statement[];
}
