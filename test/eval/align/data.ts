/**
 * Loads the labelled cross-outlet quote pairs and the full articles they point into, from
 * ../shared/eval (PolNeAR train/dev, BASIL). Returns null when the data is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the shared evaluation data lives, relative to the repository root. */
export const SHARED = resolve(import.meta.dirname, '../../../../shared');

/** One labelled pair, as in cross-outlet/pairs.jsonl. */
export interface LabelledPair {
  readonly pair_index: number;
  readonly source: string;
  readonly a_doc: string;
  readonly a_start: number;
  readonly a_end: number;
  readonly a_text: string;
  readonly b_doc: string;
  readonly b_start: number;
  readonly b_end: number;
  readonly b_text: string;
  readonly same_utterance: boolean;
  readonly relation: 'identical' | 'cosmetic' | 'partial' | 'reworded' | null;
  readonly speaker_a: string | null;
  readonly speaker_b: string | null;
  readonly same_speaker: boolean | null;
  readonly note: string | null;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** A PolNeAR article with its gold attributions. */
export interface PolnearDoc {
  readonly id: string;
  readonly text: string;
  readonly quotes: readonly {
    readonly text: string;
    readonly start: number;
    readonly end: number;
    readonly speaker: string | null;
    readonly kind: 'direct' | 'mixed' | 'indirect';
    readonly cue: string | null;
  }[];
}

/** A BASIL event: one story told by three outlets. */
export interface BasilCluster {
  readonly event: string;
  readonly articles: readonly { readonly id: string; readonly source: string; readonly title: string; readonly text: string }[];
}

/** True when ../shared/eval is present. */
export function hasSharedData(): boolean {
  return existsSync(join(SHARED, 'eval', 'cross-outlet', 'pairs.jsonl'));
}

/** The labelled pairs, or the given file's. */
export function loadPairs(file = join(SHARED, 'eval', 'cross-outlet', 'pairs.jsonl')): LabelledPair[] {
  return readJsonl<LabelledPair>(file);
}

/** PolNeAR articles of both splits. */
export function loadPolnear(): PolnearDoc[] {
  return ['train', 'dev'].flatMap((split) => readJsonl<PolnearDoc>(join(SHARED, 'eval', 'polnear', `${split}.jsonl`)));
}

/** BASIL clusters. */
export function loadBasil(): BasilCluster[] {
  return readJsonl<BasilCluster>(join(SHARED, 'eval', 'basil', 'clusters.jsonl'));
}

/** Full text of every article the pairs may point into, by document id. */
export function loadDocTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const d of loadPolnear()) texts.set(d.id, d.text);
  for (const c of loadBasil()) for (const a of c.articles) texts.set(a.id, a.text);
  return texts;
}
