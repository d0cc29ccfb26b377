/**
 * Turns the browser's File objects into contract sources. Oversized files are refused here, before
 * their bytes are read, so one huge file cannot stall the window.
 */
import type { Input } from '../../../shared/contract';
import type { LoadFailure } from '../../../shared/types';

/** One file's bytes, ready for `articles.load`. */
export type BytesSource = Extract<Input<'articles.load'>['sources'][number], { kind: 'bytes' }>;

/** Reads a File, or explains why it was not read. */
export async function readFileSource(file: File, maxBytes: number): Promise<BytesSource | LoadFailure> {
  if (file.size > maxBytes) {
    return {
      name: file.name,
      reason: `The file is ${Math.round(file.size / 1024 / 1024)} MB; the limit is ${Math.round(maxBytes / 1024 / 1024)} MB.`,
    };
  }
  try {
    return { kind: 'bytes', name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { name: file.name, reason: 'The file could not be read (it may have been moved or deleted).' };
  }
}

/** How long to keep the window busy asking for sizes before letting it paint and handle input. */
const SLICE_MS = 8;

/**
 * Asks each file's size once, a few at a time. The first look at a chosen file's size is a
 * synchronous call to the browser process (about a millisecond, far more on a busy machine); the
 * answer is kept, so `batchFiles` and `readFileSource` afterwards cost nothing.
 */
export async function learnSizes(files: readonly File[]): Promise<void> {
  let started = performance.now();
  for (const file of files) {
    void file.size;
    if (performance.now() - started > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      started = performance.now();
    }
  }
}
