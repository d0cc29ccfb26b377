/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = ['open-articles', 'open-folder', 'open-pending', 'open-review', 'save-review-as'] as const;

/** One menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The IPC channel menu commands travel on (main → renderer only). */
export const MENU_EVENT_CHANNEL = 'verbatim:menu';

/** Guards values arriving from the preload bridge. */
export function isMenuCommand(x: unknown): x is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(x);
}
