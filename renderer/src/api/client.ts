/**
 * The renderer's only door to the main side. Same Api in both modes; only the transport differs:
 * the preload bridge in Electron, HTTP in the browser mode.
 */
import type { Api } from '../../../shared/contract';
import { BRIDGE_KEY, type Bridge } from '../../../shared/bridge';
import type { MenuCommand } from '../../../shared/menu';
import { createHttpApi, takeToken } from './httpTransport';

/** The API plus the host events the UI listens to. */
export interface Client {
  readonly api: Api;
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}

/** Thrown when the browser mode page was opened without its token. */
export class MissingTokenError extends Error {
  override name = 'MissingTokenError';
}

/** Picks the transport for the environment the page runs in. */
export function createClient(): Client {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_KEY];
  if (bridge) return bridge;
  const token = takeToken(window.location, window.sessionStorage, window.history);
  if (!token) throw new MissingTokenError('Open Verbatim with the address printed by `npm start` (it carries a session token).');
  // The browser mode has no native menu.
  return { api: createHttpApi(token), onMenuCommand: () => () => undefined };
}
