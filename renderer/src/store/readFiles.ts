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
