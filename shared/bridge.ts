/**
 * What the preload exposes on `window.verbatim` in the Electron shell. Derived from the contract so
 * the two cannot drift apart.
 */
import type { Api } from './contract';
import type { MenuCommand } from './menu';

/** The preload bridge: one function per contract method, plus native menu events. */
export interface Bridge {
  /** The contract's methods, forwarded over IPC. */
  readonly api: Api;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}

/** The global name of the bridge. */
export const BRIDGE_KEY = 'verbatim';
