/**
 * The browser mode's transport: each contract call is a POST to the local server, with the per-run
 * token the server printed in the page address (#token=…). The token moves to sessionStorage and
 * leaves the address bar, so it is not copied along with the URL.
 */
import type { Api } from '../../../shared/contract';
import { METHOD_NAMES, type MethodName } from '../../../shared/methods';
import { decodeWire, encodeWire, TOKEN_HEADER, type WireResponse } from '../../../shared/wire';

const STORAGE_KEY = 'verbatim.token';

/** Reads the token from the address (first visit) or from this tab's session storage (reloads). */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(STORAGE_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(STORAGE_KEY);
}

/** Builds the Api over fetch. */
export function createHttpApi(token: string, fetchImpl: typeof fetch = fetch): Api {
  const call = async (method: MethodName, input: unknown): Promise<unknown> => {
    const response = await fetchImpl(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: encodeWire(input),
    });
    const payload = decodeWire(await response.text()) as WireResponse<unknown>;
    if (!payload.ok) throw new Error(payload.error);
    return payload.value;
  };
  return Object.fromEntries(METHOD_NAMES.map((m) => [m, (input: unknown) => call(m, input)])) as unknown as Api;
}
