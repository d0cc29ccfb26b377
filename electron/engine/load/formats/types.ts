/**
 * The one interface every format loader implements: the bytes of one file → the article text and what the
 * document says about itself, or a reason a person can read. Loaders never throw for bad input and never
 * touch the file system; the caller (load/index.ts) has already checked the size.
 */
import type { Article } from '../../../../shared/types';

/** A range of the text that is not the article's own prose (read-more lines, photo credits, footnotes). */
export type Furniture = NonNullable<Article['furniture']>[number];

/** What a loader found in a document. `text` is what the engine reads and the reader shows. */
export interface Extracted {
  readonly ok: true;
  readonly text: string;
  /** The character encoding of the source, or the container format when there is none ("docx", "pdf"). */
  readonly encoding: string;
  readonly format: NonNullable<Article['format']>;
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
  readonly published?: string;
  readonly furniture?: readonly Furniture[];
}

/** Why a document could not be read, in one sentence for the person who opened it. */
export interface Refused {
  readonly ok: false;
  readonly reason: string;
}

export type Extraction = Extracted | Refused;

/** Limits a loader must respect so that no file can hang the app. */
export interface LoaderOptions {
  /** Stop work when this fires (cancel, or the time budget ran out). */
  readonly signal?: AbortSignal;
}

/** A format loader: one job, bytes → text. */
export interface Loader {
  readonly format: NonNullable<Article['format']>;
  /** Lower-case extensions with the dot. */
  readonly extensions: readonly string[];
  load(bytes: Uint8Array, options?: LoaderOptions): Promise<Extraction>;
  /**
   * All its work is done before `load` returns (plain text): no deadline or signal could stop it part way,
   * so none is set up for it (a timer per file was a measurable share of loading many small files).
   */
  readonly synchronous?: boolean;
}

/** Shorthand for a refusal. */
export function refuse(reason: string): Refused {
  return { ok: false, reason };
}
