/**
 * Data types shared by the engine, the main process, the CLI and the renderer.
 * Pure declarations: no Node, DOM or Electron here (enforced by lint).
 */
import type { AlignedGroup, SpunCopyReport } from './alignment';

/** One article the user opened, decoded to text; offsets everywhere are UTF-16 indices into `text`. */
export interface Article {
  /** Stable id derived from the file name and content, so a re-opened file keeps its id. */
  readonly id: string;
  /** Absolute path when opened from disk; the bare file name when uploaded in the browser mode. */
  readonly path: string;
  /** The file name without folders, for display. */
  readonly name: string;
  /** First non-empty line of the text, or the file name when the text has none. */
  readonly title: string;
  /** The decoded text (BOM removed, nothing else changed). */
  readonly text: string;
  /** Number of words in `text`, for the sources list. */
  readonly wordCount: number;
  /** How the bytes were decoded, e.g. "utf-8", "utf-16le", "windows-1252". */
  readonly encoding: string;
  /** Size of the original file in bytes. */
  readonly byteLength: number;
  /** Which loader read the file: plain text, Markdown, a saved web page (HTML or MHTML), an email, a Word file or a PDF. */
  readonly format?: 'text' | 'markdown' | 'html' | 'mhtml' | 'email' | 'docx' | 'pdf';
  /** The author line the document declares (web page metadata or a "By …" line), as written. */
  readonly byline?: string;
  /** The publication the document names, e.g. "The Daily Ledger" (web page metadata). */
  readonly siteName?: string;
  /** Publication date as the document states it (ISO 8601 when the page gives one). */
  readonly published?: string;
  /** Ranges of `text` that are site furniture or notes (read-more lines, photo credits, footnotes): shown, never quoted. */
  readonly furniture?: readonly { readonly start: number; readonly end: number; readonly kind: 'furniture' | 'credit' | 'note' }[];
}

/** A file that could not be opened, with the reason in words a user understands. */
export interface LoadFailure {
  /** The file name (or path) as the user knows it. */
  readonly name: string;
  /** Why it failed, one sentence, e.g. "This looks like a binary file, not text." */
  readonly reason: string;
}

/** The outcome of opening several files: what loaded, and what did not and why. */
export interface LoadResult {
  /** Articles that loaded, in the order the files were given. */
  readonly articles: readonly Article[];
  /** One entry per file that failed; the other files are unaffected. */
  readonly failures: readonly LoadFailure[];
}

/** How a quote is reported: in quotation marks, partly quoted, or paraphrased. */
export type QuoteKind = 'direct' | 'mixed' | 'indirect';

/** Who a quote is attributed to: the canonical name and the words in the text it rests on. */
export interface SpeakerRef {
  /** Canonical name across the article set, e.g. "Marco Rubio". */
  readonly name: string;
  /** The words the attribution rests on as written, e.g. "he", "Mr Rubio". */
  readonly mention: string;
  /** Start offset of `mention` in the article text. */
  readonly start: number;
  /** End offset of `mention` in the article text. */
  readonly end: number;
}

/** One quoted part or reported statement in one article. */
export interface Quote {
  /** Unique id within an analysis. */
  readonly id: string;
  /** The article it was found in. */
  readonly articleId: string;
  /** Exactly `article.text.slice(start, end)`, without the quotation marks. */
  readonly text: string;
  /** Start offset (UTF-16) in the article text. */
  readonly start: number;
  /** End offset (UTF-16) in the article text. */
  readonly end: number;
  /** Direct, mixed or indirect speech. */
  readonly kind: QuoteKind;
  /** The attribution cue as written ("said", "according to"), or null when there is none. */
  readonly cue: string | null;
  /** The speaker, or null when nobody is credited. */
  readonly speaker: SpeakerRef | null;
  /** 0..1: how sure the engine is of span and speaker together. */
  readonly confidence: number;
  /** Id shared by the parts of one utterance split by its attribution. */
  readonly utterance: string;
}

/** How the versions of one quote differ across sources; null until alignment exists. */
export type Wording = 'identical' | 'cosmetic' | 'partial' | 'reworded';

/** The versions of one utterance, across and within articles. */
export interface QuoteGroup {
  /** Unique id within an analysis. */
  readonly id: string;
  /** The quotes that are versions of the same utterance. */
  readonly quoteIds: readonly string[];
  /** How the wording differs across versions, or null when not compared. */
  readonly wording: Wording | null;
  /** True when the versions are credited to different canonical speakers. */
  readonly speakerConflict: boolean;
}

/** How far an analysis has got: finding quotes article by article, then comparing sources. */
export interface AnalysisProgress {
  /** The stage under way. */
  readonly stage: 'extract' | 'compare';
  /** Articles done in this stage. */
  readonly done: number;
  /** Articles in the analysis. */
  readonly total: number;
}

/** The result of analysing a set of articles. */
export interface Analysis {
  /** Every quote found, in article order then text order. */
  readonly quotes: readonly Quote[];
  /** Quotes grouped by utterance across and within articles, each group's versions compared. */
  readonly groups: readonly AlignedGroup[];
  /** Articles that read like machine-reworded copies of another article in the set. */
  readonly spunCopies: readonly SpunCopyReport[];
  /** Articles left out because the engine gave up on them (their extraction overran its deadline), with why. */
  readonly skipped?: readonly LoadFailure[];
}
