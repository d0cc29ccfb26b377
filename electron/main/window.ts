/**
 * The app window with Electron's security checklist applied: isolated, sandboxed preload, no Node in
 * the page, no navigation away, no new windows (web links go to the OS browser).
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, shell } from 'electron';
import { isExternalWebUrl } from '../../shared/security';

const rendererDir = join(import.meta.dirname, '../renderer');

/** The page URL the window loads; IPC from any other origin is refused. */
export function rendererUrl(): string {
  return process.env['ELECTRON_RENDERER_URL'] ?? pathToFileURL(join(rendererDir, 'index.html')).href;
}

/** True when a frame URL belongs to our own renderer. */
export function isOwnRenderer(url: string): boolean {
  const own = new URL(rendererUrl());
  try {
    const u = new URL(url);
    return own.protocol === 'file:' ? u.protocol === 'file:' && u.pathname === own.pathname : u.origin === own.origin;
  } catch {
    return false;
  }
}

/** Creates and shows the main window. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 820,
    minHeight: 520,
    show: false,
    title: 'Verbatim',
    backgroundColor: '#f7f6f3',
    webPreferences: {
      // Reviewed: the preload is sandboxed and exposes only the contract's named methods, never ipcRenderer.
      preload: join(import.meta.dirname, '../preload/index.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('will-navigate', (event, url) => {
    if (url !== win.webContents.getURL()) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK (http(s) only, checked here)
    return { action: 'deny' };
  });
  void win.loadURL(rendererUrl());
  return win;
}
