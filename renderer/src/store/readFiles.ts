/**
 * Turns the browser's File objects into contract sources. Oversized files are refused here, before
 * their bytes are read, so one huge file cannot stall the window.
 */
import type { Input } from '../../../shared/contract';
import type { LoadFailure } from '../../../shared/types';

/** One file's bytes, ready for `articles.load`. */
export type BytesSource = Extract<Input<'articles.load'>['sources'][number], { kind: 'bytes' }>;

/**
 * The file's bytes, or null when there are more than `maxBytes`: read as a stream and given up as soon
 * as the limit is passed, so a huge file is never held whole. Deliberately never asks `file.size`:
 * for a file chosen from disk that is a synchronous call to the browser process, which on a busy
 * machine blocked the window for hundreds of milliseconds at a time while a large folder loaded.
 */
async function readCapped(file: File, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (typeof file.stream !== 'function') {
    const whole = new Uint8Array(await file.arrayBuffer());
    return whole.length > maxBytes ? null : whole;
  }
  const reader = file.stream().getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    total += part.value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(part.value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Reads a File, or explains why it was not read (too large: refused once the limit is passed). */
export async function readFileSource(file: File, maxBytes: number): Promise<BytesSource | LoadFailure> {
  try {
    const data = await readCapped(file, maxBytes);
    if (!data) return { name: file.name, reason: `The file is larger than the limit of ${Math.round(maxBytes / 1024 / 1024)} MB.` };
    return { kind: 'bytes', name: file.name, data };
  } catch {
    return { name: file.name, reason: 'The file could not be read (it may have been moved or deleted).' };
  }
}
