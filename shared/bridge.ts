/**
 * What the preload exposes on `window.verbatim` in the Electron shell. Derived from the contract so
 * the two cannot drift apart.
 */
import type { Api } from './contract';
import type { LoadProgressEvent, MenuCommand } from './menu';

/** The preload bridge: one function per contract method, plus native menu events. */
export interface Bridge {
  /** The contract's methods, forwarded over IPC. */
  readonly api: Api;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Subscribes to progress of loads running in main; returns the unsubscribe function. */
  readonly onLoadProgress: (listener: (progress: LoadProgressEvent) => void) => () => void;
}

/** The global name of the bridge. */
export const BRIDGE_KEY = 'verbatim';
