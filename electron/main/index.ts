/**
 * The Electron main process: one window, the contract's handlers behind IPC, native dialogs.
 * Everything that is not Electron-specific lives in ../handlers and ../engine.
 */
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { CONTENT_SECURITY_POLICY, isExternalWebUrl } from '../../shared/security';
import { createHandlers } from '../handlers';
import { SUPPORTED_EXTENSIONS } from '../engine/load';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;

async function pickFiles(): Promise<string[]> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open articles',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Articles', extensions: SUPPORTED_EXTENSIONS.map((e) => e.slice(1)) },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

// One instance: a second launch (e.g. double-clicking an article) focuses the existing window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(() => {
    // Belt and braces: the built page carries the CSP in a meta tag; responses over http (dev) get the header.
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      });
    });
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

    registerIpc(
      createHandlers({
        mode: 'electron',
        version: app.getVersion(),
        pickFiles,
        openExternal: async (url) => {
          if (isExternalWebUrl(url)) await shell.openExternal(url);
        },
      }),
    );
    installMenu(() => mainWindow);
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
