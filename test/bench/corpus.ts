/**
 * Benchmark corpora from the real shared data: PolNeAR (train and dev) and BASIL article texts written
 * as plain-text files, repeated with distinct names (and a distinct title line) until the corpus holds
 * the number of articles asked for. 10,000 articles come to about 45 MB. Built once per size and reused.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A folder of article files ready to open. */
export interface Corpus {
  readonly dir: string;
  readonly files: readonly string[];
  /** UTF-8 bytes of article text across all files. */
  readonly bytes: number;
}

/** One source article: its title line and body. */
interface SourceText {
  readonly title: string;
  readonly body: string;
}

export const SHARED_EVAL_DIR = resolve(import.meta.dirname, '../../../shared/eval');

const polnearSplits = ['train', 'dev'].map((s) => join(SHARED_EVAL_DIR, 'polnear', `${s}.jsonl`));
const basilFile = join(SHARED_EVAL_DIR, 'basil', 'clusters.jsonl');

/** Whether the shared data the corpora are built from is beside the checkout. */
export function hasCorpusData(): boolean {
  return [...polnearSplits, basilFile].every((f) => existsSync(f));
}

const jsonLines = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Every distinct real article text, PolNeAR first, then BASIL. */
export function sourceTexts(): SourceText[] {
  const texts: SourceText[] = [];
  for (const split of polnearSplits) {
    for (const { text } of jsonLines<{ text: string }>(split)) {
      // PolNeAR texts open with their headline line.
      const newline = text.indexOf('\n');
      texts.push(newline > 0 ? { title: text.slice(0, newline), body: text.slice(newline + 1) } : { title: 'Untitled', body: text });
    }
  }
  for (const cluster of jsonLines<{ articles: { title: string; text: string }[] }>(basilFile)) {
    for (const a of cluster.articles) texts.push({ title: a.title, body: a.text });
  }
  return texts;
}

/**
 * Writes (or reuses) a corpus of `count` articles. Repeats get a title marked with their round, so
 * every file is a distinct source with distinct text. Returns null when ../shared is absent.
 */
export function buildCorpus(count: number, dir = join(tmpdir(), `verbatim-corpus-${count}`)): Corpus | null {
  if (!hasCorpusData()) return null;
  const texts = sourceTexts();
  const files: string[] = [];
  let bytes = 0;
  const reuse = existsSync(dir) && readdirSync(dir).length === count;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const source = texts[i % texts.length]!;
    const round = Math.floor(i / texts.length);
    const content = `${round === 0 ? source.title : `${source.title} (copy ${round + 1})`}\n${source.body}`;
    const file = join(dir, `article-${String(i).padStart(5, '0')}.txt`);
    if (!reuse) writeFileSync(file, content);
    files.push(file);
    bytes += Buffer.byteLength(content, 'utf8');
  }
  return { dir, files, bytes };
}
