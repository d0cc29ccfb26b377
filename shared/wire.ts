/**
 * JSON encoding for the HTTP transport of the browser mode. IPC carries Uint8Array natively
 * (structured clone); JSON does not, so bytes travel as base64 under a tagged key.
 */

const BYTES_TAG = '$bytes';

/** Chromium (and Node 25+) encode base64 natively; Node 20 has neither method, hence the fallbacks. */
type NativeBytes = Uint8Array & { toBase64?: () => string };
type NativeBytesCtor = typeof Uint8Array & { fromBase64?: (text: string) => Uint8Array };

/** Base64 in JavaScript: a binary string per chunk, then btoa (7–15 ms and as much garbage per upload batch in a page). */
export function toBase64Fallback(data: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < data.length; i += chunk) {
    binary += String.fromCharCode(...data.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function fromBase64Fallback(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const toBase64 = (data: Uint8Array): string => {
  const native = (data as NativeBytes).toBase64;
  return native ? native.call(data) : toBase64Fallback(data);
};

const fromBase64 = (text: string): Uint8Array => {
  const native = (Uint8Array as NativeBytesCtor).fromBase64;
  return native ? native(text) : fromBase64Fallback(text);
};

/** Serialises a contract value to JSON, keeping byte arrays intact. */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [BYTES_TAG]: toBase64(v) } : v));
}

/** Parses JSON produced by `encodeWire`. */
export function decodeWire(text: string): unknown {
  // A reviver runs for every value and makes parsing several times slower; most responses carry no bytes.
  if (!text.includes(`"${BYTES_TAG}"`)) return JSON.parse(text);
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const tagged = (v as Record<string, unknown>)[BYTES_TAG];
      if (typeof tagged === 'string' && Object.keys(v).length === 1) return fromBase64(tagged);
    }
    return v;
  });
}

/** The envelope of every HTTP API response. */
export type WireResponse<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** The header that carries the per-run token in the browser mode. */
export const TOKEN_HEADER = 'x-verbatim-token';
