/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = ['open-articles', 'open-folder', 'open-pending', 'open-review', 'save-review-as'] as const;

/** One menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Progress of a load under way in main (folder open), pushed to the renderer. */
export interface LoadProgressEvent {
  /** Files finished (loaded or failed). */
  readonly done: number;
  /** Files in the load. */
  readonly total: number;
}

/** The IPC channel load progress travels on (main → renderer only). */
export const PROGRESS_EVENT_CHANNEL = 'verbatim:progress';

/** Guards progress values arriving from the preload bridge. */
export function isLoadProgress(x: unknown): x is LoadProgressEvent {
  const p = x as LoadProgressEvent | null;
  return typeof p === 'object' && p !== null && Number.isInteger(p.done) && Number.isInteger(p.total);
}

/** The IPC channel menu commands travel on (main → renderer only). */
export const MENU_EVENT_CHANNEL = 'verbatim:menu';

/** Guards values arriving from the preload bridge. */
export function isMenuCommand(x: unknown): x is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(x);
}
