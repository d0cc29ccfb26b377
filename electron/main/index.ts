/**
 * The Electron main process: one window, the contract's handlers behind IPC, native dialogs.
 * Everything that is not Electron-specific lives in ../handlers and ../engine.
 */
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { MENU_EVENT_CHANNEL } from '../../shared/menu';
import { CONTENT_SECURITY_POLICY, isExternalWebUrl } from '../../shared/security';
import { createHandlers } from '../handlers';
import { createWorkerAnalyzer } from '../handlers/analysisWorker';
import { createLoaderPool } from '../engine/load';
import { isFolder, pathArgs, PendingFiles } from '../handlers/pending';
import { SUPPORTED_EXTENSIONS } from '../engine/load';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { RecentFiles } from '../handlers/recent';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;
const analyzer = createWorkerAnalyzer(new URL('./analysis-worker.js', import.meta.url), {}, { eager: true });
const loaderPool = createLoaderPool(new URL('./load-worker.js', import.meta.url));
void loaderPool.warm();
const pending = new PendingFiles();
/** Records opened files for "Open Recent"; set once the app is ready. */
let recentFiles: (paths: readonly string[]) => void = () => undefined;
// Files and folders named on the command line (`verbatim ~/articles/`), as in the browser mode.
pending.push(pathArgs(process.argv.slice(app.isPackaged ? 1 : 2), isFolder).map((p) => resolve(p)));

/** Tells the renderer that files arrived from outside; it takes them through the contract. */
function announcePending(paths: readonly string[]): void {
  if (paths.length === 0) return;
  pending.push(paths);
  mainWindow?.webContents.send(MENU_EVENT_CHANNEL, 'open-pending');
}

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
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    announcePending(pathArgs(argv.slice(1), (p) => isFolder(resolve(workingDirectory, p))).map((p) => resolve(workingDirectory, p)));
  });

  // macOS delivers double-clicked files as events, possibly before the window exists.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (mainWindow) announcePending([path]);
    else pending.push([path]);
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
        pickFolder: async () => {
          const options: Electron.OpenDialogOptions = { title: 'Open a folder of articles', properties: ['openDirectory'] };
          const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        loaderPool,
        takePendingPaths: () => pending.take(),
        onOpened: (paths) => recentFiles(paths),
        chooseReviewFile: async () => {
          const options: Electron.OpenDialogOptions = {
            title: 'Open review',
            properties: ['openFile'],
            filters: [{ name: 'Verbatim reviews', extensions: ['json'] }],
          };
          const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        chooseSavePath: async (suggestedName) => {
          const options = { title: 'Save', defaultPath: suggestedName };
          const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
        analyze: analyzer.run,
        analysisProgress: analyzer.progress,
        cancelAnalysis: analyzer.cancel,
        openExternal: async (url) => {
          if (isExternalWebUrl(url)) await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK (http(s) only, checked here)
        },
      }),
    );
    const recent = new RecentFiles(join(app.getPath('userData'), 'recent-files.json'));
    const refreshMenu = () =>
      installMenu(() => mainWindow, {
        recent: recent.list(),
        openRecent: (path) => announcePending([path]),
        clearRecent: () => void recent.clear().then(refreshMenu).then(() => app.clearRecentDocuments()),
      });
    void recent.load().then(refreshMenu);
    recentFiles = (paths) => {
      for (const p of paths) app.addRecentDocument(p);
      void recent.add(paths).then(refreshMenu);
    };
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  });

  app.on('will-quit', () => void Promise.all([analyzer.close(), loaderPool.close()]));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
