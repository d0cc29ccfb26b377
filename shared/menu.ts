/** Commands the native menu sends to the renderer. */
export type MenuCommand = 'open-articles' | 'open-pending';

/** The IPC channel menu commands travel on (main → renderer only). */
export const MENU_EVENT_CHANNEL = 'verbatim:menu';

/** Guards values arriving from the preload bridge. */
export function isMenuCommand(x: unknown): x is MenuCommand {
  return x === 'open-articles' || x === 'open-pending';
}
