/**
 * The application menu. Menu commands reach the renderer as a named event so the renderer stays the
 * one place that decides what "Open articles…" does.
 */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT_CHANNEL, type MenuCommand } from '../../shared/menu';

/** Builds the File/Edit/View/Window menus for the window. */
export function installMenu(getWindow: () => BrowserWindow | null): void {
  const send = (command: MenuCommand) => getWindow()?.webContents.send(MENU_EVENT_CHANNEL, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Articles…', accelerator: 'CmdOrCtrl+O', click: () => send('open-articles') },
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+Alt+O', click: () => send('open-folder') },
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
