/**
 * Messages between the extraction pool (./pool.ts) and its worker threads (./worker.ts). A task is a
 * batch of articles, each either already loaded (the app hands over its articles) or a path the
 * thread reads and decodes itself (the CLI and folders: file bytes never pass through the parent).
 */
import type { MessagePort } from 'node:worker_threads';
import type { Article, LoadFailure } from '../../../shared/types';
import type { ExtractedStatement } from '../analyze';
import type { SentenceSplit } from '../align';

/** One article to extract, by its position in the input. */
export type ExtractItem =
  | { readonly index: number; readonly article: Article }
  | { readonly index: number; readonly path: string };

/** A batch for one thread. */
export interface ExtractTask {
  readonly items: readonly ExtractItem[];
  /** The in-thread time budget for reading one file (the pool's hard deadline backs it up). */
  readonly loadTimeoutMs: number;
  /**
   * Told once the thread has the task in hand (its stages loaded): the pool's deadline counts from
   * then, so a thread that is still starting (a replacement for one that was stopped) costs no article its time.
   */
  readonly started?: MessagePort;
}

/** What a thread sends back for one item, in the order of the task's items. */
export type ExtractResult =
  | {
      readonly index: number;
      /** The loaded article, for an item given by path (the parent already has the others). */
      readonly article?: Article;
      readonly statements: readonly ExtractedStatement[];
      /** Its sentences for spun-copy detection (work the thread does so the parent need not). */
      readonly split: SentenceSplit;
    }
  | { readonly index: number; readonly failure: LoadFailure };
