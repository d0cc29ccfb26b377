/**
 * The application menu. Menu commands reach the renderer as a named event so the renderer stays the
 * one place that decides what "Open articles…" does.
 */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT_CHANNEL, type MenuCommand } from '../../shared/menu';

/** What the menu needs besides the window: the recent files and what to do with one. */
export interface MenuOptions {
  readonly recent: readonly string[];
  readonly openRecent: (path: string) => void;
  readonly clearRecent: () => void;
}

/** Builds the File/Edit/View/Window menus for the window; call again when the recent files change. */
export function installMenu(getWindow: () => BrowserWindow | null, options: MenuOptions): void {
  const send = (command: MenuCommand) => getWindow()?.webContents.send(MENU_EVENT_CHANNEL, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Articles…', accelerator: 'CmdOrCtrl+O', click: () => send('open-articles') },
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+Alt+O', click: () => send('open-folder') },
        {
          label: 'Open Recent',
          submenu: [
            ...options.recent.map((path) => ({ label: path, click: () => options.openRecent(path) })),
            ...(options.recent.length > 0 ? [{ type: 'separator' as const }] : []),
            { label: 'Clear Menu', enabled: options.recent.length > 0, click: options.clearRecent },
          ],
        },
        { label: 'Open Review…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('open-review') },
        { label: 'Save Review As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send('save-review-as') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
