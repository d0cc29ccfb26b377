/**
 * The one typed contract between renderer and main. Each method has a request schema (checked in main
 * before any handler runs) and a response type; the preload bridge, the HTTP transport, the handlers
 * and the renderer's client all derive their types from this object.
 */
import { z } from 'zod';
import type { MethodName } from './methods';
import { REVIEW_STATUSES, type ReviewDocument } from './review';
import type { AlignedGroup, SpunCopyReport } from './alignment';
import type { GroupSummary } from './groupSummary';
import type { AnalysisProgress, Article, LoadFailure, Quote } from './types';

/** A method's request schema plus its response type (carried as a phantom field). */
interface MethodSpec<I extends z.ZodType, O> {
  readonly input: I;
  readonly output?: O;
}

/** Most quotes or groups one `analysis.quotes` / `analysis.groups` call returns. */
export const MAX_PAGE = 5000;

const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });

/** Where the renderer runs: the Electron window, or a browser served by the local server. */
export type AppMode = 'electron' | 'browser';

/** What the renderer needs to know about the host before it draws anything. */
export interface AppInfo {
  /** Which shell is behind the contract. */
  readonly mode: AppMode;
  /** The app version from package.json. */
  readonly version: string;
  /** True where main can show a native open dialog (Electron); the browser mode uses a file input. */
  readonly nativeDialogs: boolean;
  /** Largest file accepted, in bytes. */
  readonly maxFileBytes: number;
  /** File extensions the loaders accept, with the dot. */
  readonly extensions: readonly string[];
}

/** A review file read from disk, with the articles whose file changed since the review was saved. */
export interface ReviewOpened {
  /** The validated review. */
  readonly document: ReviewDocument;
  /** Where it was read from (autosave continues there). */
  readonly path: string;
  /** Ids of articles whose file on disk no longer has the reviewed text. */
  readonly changedOnDisk: readonly string[];
}

/**
 * A finished analysis kept in main, fetched by the renderer in pages: a result for thousands of
 * articles is hundreds of megabytes of JSON, which parsed in one piece would freeze the window.
 */
export interface AnalysisResult {
  /** Names the result for `analysis.quotes` and `analysis.groups`; main keeps the last few. */
  readonly handle: string;
  /** How many quotes and groups there are to fetch. */
  readonly quotes: number;
  readonly groups: number;
  /** Articles that read like reworded copies of another (few; sent whole). */
  readonly spunCopies: readonly SpunCopyReport[];
  /** Articles the engine gave up on, with why: shown with the other per-file failures. */
  readonly skipped: readonly LoadFailure[];
}

/**
 * Files chosen in main (a folder dialog, the command line, a file association), folders already
 * listed and every path granted. The renderer loads them in batches with `articles.load`, so a folder
 * of 10,000 articles never travels as one message and its progress shows as it loads.
 */
export interface ChosenPaths {
  /** Paths to load with `articles.load`. */
  readonly paths: readonly string[];
  /** Folders that held nothing to open, files over the folder limit, unreadable subfolders. */
  readonly failures: readonly LoadFailure[];
}

/**
 * An article as the window holds it: everything but its text. Main keeps the text (a 10,000-article set
 * is some 60 MB of it, which on the window's heap lengthened every garbage-collection pause); the window
 * fetches one article's with `articles.text` when it shows it. Quotes carry their own words.
 */
export type ArticleInfo = Omit<Article, 'text'>;

/** The outcome of opening files, as the window gets it: what loaded (without text), and what did not and why. */
export interface Loaded {
  readonly articles: readonly ArticleInfo[];
  readonly failures: readonly LoadFailure[];
}

/** Most texts one `articles.text` call returns. */
export const MAX_TEXTS = 100;

/** A file on disk that the user chose in a native dialog. */
const pathSource = z.strictObject({
  kind: z.literal('path'),
  path: z.string().min(1).max(4096),
});

/** A file the user handed over by upload, drag and drop or paste: its name and raw bytes. */
const bytesSource = z.strictObject({
  kind: z.literal('bytes'),
  name: z.string().min(1).max(1024),
  data: z.instanceof(Uint8Array),
});

const empty = z.strictObject({});
const articleId = z.string().regex(/^a_[0-9a-f]{12}$/);
const ids = z.array(articleId).max(100_000);
/**
 * What the window knows of a review: the articles as it lists them (the path a reopened review keeps)
 * and the marks. Main adds each article's text from what it loaded, so the text never travels to the
 * window and back.
 */
const reviewState = z.strictObject({
  articles: z
    .array(z.strictObject({ id: articleId, name: z.string().max(1024), path: z.string().max(4096) }))
    .max(100_000)
    .readonly(),
  // As in a review file (shared/review.ts), read-only so the window's marks pass as they are.
  marks: z
    .array(
      z.strictObject({
        status: z.enum(REVIEW_STATUSES).nullable(),
        note: z.string().max(100_000),
        updatedAt: z.string().max(100),
        anchors: z
          .array(z.strictObject({ articleId: z.string().max(100), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }))
          .max(10_000)
          .readonly(),
      }),
    )
    .max(1_000_000)
    .readonly(),
});
/** The request form of a review's state. */
export type ReviewState = z.input<typeof reviewState>;
/** One page of a kept analysis result. */
const handle = z.string().regex(/^r[0-9]{1,12}$/);
const page = z.strictObject({
  handle,
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(MAX_PAGE),
});

export const contract = {
  /** Host facts: mode, version, limits. */
  'app.info': method<AppInfo>()(empty),
  /** Native open dialog (Electron only); null when cancelled. */
  'articles.pick': method<Loaded | null>()(empty),
  /** Native folder dialog (Electron only): every article file in the folder and below, to load; null when cancelled. */
  'articles.pickFolder': method<ChosenPaths | null>()(empty),
  /** Stops the folder or file load under way; what already loaded is kept. */
  'articles.cancel': method<{ cancelled: boolean }>()(empty),
  /**
   * Files handed to the app from outside (command line, file association, second launch), taken once:
   * folders are listed, every path is granted, and the renderer loads them in batches with `articles.load`.
   */
  'articles.takePending': method<ChosenPaths>()(empty),
  /** Loads files given by path (only paths the user chose) or by content. */
  'articles.load': method<Loaded>()(
    z.strictObject({ sources: z.array(z.discriminatedUnion('kind', [pathSource, bytesSource])).min(1).max(10_000) }),
  ),
  /** The texts of loaded articles, in the order asked; null for an id main does not hold. */
  'articles.text': method<readonly (string | null)[]>()(z.strictObject({ ids: z.array(articleId).min(1).max(MAX_TEXTS) })),
  /** Forgets loaded articles. */
  'articles.remove': method<{ removed: number }>()(z.strictObject({ ids })),
  /** Runs the analysis pipeline over loaded articles; the result stays in main, to be fetched in pages. */
  'analysis.run': method<AnalysisResult>()(z.strictObject({ ids, extractOnly: z.boolean().optional() })),
  /**
   * Quotes from `offset` of a kept result: at most `limit`, fewer when they are long (a page stays a
   * fraction of a megabyte); empty past the end.
   */
  'analysis.quotes': method<readonly Quote[]>()(page),
  /**
   * Summaries of the groups from `offset` of a kept result, paged like `analysis.quotes`: what the list
   * shows and filters on, without the versions (see GroupSummary); `analysis.group` gives those.
   */
  'analysis.groups': method<readonly GroupSummary[]>()(page),
  /** One group of a kept result in full (versions, differences, speakers), for the detail pane; null for an unknown id. */
  'analysis.group': method<AlignedGroup | null>()(z.strictObject({ handle, id: z.string().min(1).max(200) })),
  /** Groups from `offset` of a kept result in full, paged like `analysis.quotes` (export and "copy" need every version). */
  'analysis.groupDetails': method<readonly AlignedGroup[]>()(page),
  /** How far the running analysis is; null when none runs (the renderer polls it, in both modes). */
  'analysis.progress': method<AnalysisProgress | null>()(empty),
  /** Stops the running analysis; what is on screen stays. */
  'analysis.cancel': method<{ cancelled: boolean }>()(empty),
  /** Saves a text file where the user chooses (native dialog); `saved: false` where there is no dialog. */
  'files.save': method<{ saved: boolean }>()(
    z.strictObject({
      name: z
        .string()
        .min(1)
        .max(255)
        .refine((n) => !/[/\\:*?"<>|]/.test(n) && [...n].every((c) => c.charCodeAt(0) >= 32), 'a file name, not a path'),
      content: z.string().max(200 * 1024 * 1024),
    }),
  ),
  /**
   * Autosaves the review file, with the articles' texts added: to the file already in use, else beside
   * `near` (an opened article), else where the user chooses; `choose` always asks. `saved: false` where
   * there is no file system access (browser mode) or the user cancelled.
   */
  'review.save': method<{ saved: boolean; path: string | null }>()(
    z.strictObject({
      review: reviewState,
      near: z.string().max(4096).nullable(),
      choose: z.boolean(),
    }),
  ),
  /** The review file's content, articles' texts added (the browser mode downloads it). */
  'review.content': method<{ content: string }>()(z.strictObject({ review: reviewState })),
  /** Opens a review file chosen in a native dialog; null when cancelled or without dialogs. */
  'review.open': method<ReviewOpened | null>()(empty),
  /** Opens an http(s) link in the OS browser; anything else is refused. */
  'shell.openExternal': method<{ opened: boolean }>()(z.strictObject({ url: z.url({ protocol: /^https?$/ }) })),
} as const satisfies Record<MethodName, MethodSpec<z.ZodType, unknown>>;

/** The contract object's type. */
export type Contract = typeof contract;
/** What a caller passes to a method. */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives after validation. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
/** What a method resolves to. */
export type Output<M extends MethodName> = Exclude<Contract[M]['output'], undefined>;

/** The renderer's view of main: one async function per method. */
export type Api = { readonly [M in MethodName]: (input: Input<M>) => Promise<Output<M>> };

/** Main's side: one handler per method, given the validated request. */
export type Handlers = { readonly [M in MethodName]: (input: ParsedInput<M>) => Promise<Output<M>> };

/** Validates a request against its method's schema; throws a ContractError describing what is wrong. */
export function parseRequest<M extends MethodName>(name: M, raw: unknown): ParsedInput<M> {
  const result = contract[name].input.safeParse(raw);
  if (!result.success) {
    throw new ContractError(`Invalid request to ${name}: ${z.prettifyError(result.error)}`);
  }
  return result.data as ParsedInput<M>;
}

/** A request that does not match the contract. */
export class ContractError extends Error {
  override name = 'ContractError';
}
