/**
 * The Electron shell's secure defaults, checked without an Electron binary: `electron` is replaced by
 * a recording fake, so the window options, navigation guards and IPC checks run as written.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({
  options: null as Record<string, unknown> | null,
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  webContents: new Map<string, (...args: unknown[]) => void>(),
  windowOpen: null as ((details: { url: string }) => { action: string }) | null,
  opened: [] as string[],
  ipc: new Map<string, (event: unknown, raw: unknown) => unknown>(),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      on: (event: string, listener: (...args: unknown[]) => void) => recorded.webContents.set(event, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => (recorded.windowOpen = handler),
      getURL: () => 'file:///app/out/renderer/index.html',
    };
    constructor(options: Record<string, unknown>) {
      recorded.options = options;
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    shell: { openExternal: (url: string) => (recorded.opened.push(url), Promise.resolve()) },
    ipcMain: { handle: (channel: string, handler: (event: unknown, raw: unknown) => unknown) => recorded.ipc.set(channel, handler) },
  };
});

const { createMainWindow, isOwnRenderer, rendererUrl } = await import('../../electron/main/window');
const { registerIpc } = await import('../../electron/main/ipc');
const { createHandlers } = await import('../../electron/handlers');

beforeEach(() => {
  recorded.opened.length = 0;
});

describe('main window', () => {
  it('is isolated, sandboxed, without Node, with a sandbox-ready preload', () => {
    createMainWindow();
    const prefs = recorded.options?.['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false });
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('never navigates away and opens only web links, outside the app', () => {
    createMainWindow();
    let prevented = false;
    recorded.webContents.get('will-navigate')?.({ preventDefault: () => (prevented = true) }, 'https://evil.example/');
    expect(prevented).toBe(true);
    expect(recorded.windowOpen?.({ url: 'https://example.org/story' })).toEqual({ action: 'deny' });
    expect(recorded.windowOpen?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(recorded.opened).toEqual(['https://example.org/story']);
  });

  it('knows its own renderer frame', () => {
    expect(isOwnRenderer(rendererUrl())).toBe(true);
    expect(isOwnRenderer('https://evil.example/index.html')).toBe(false);
    expect(isOwnRenderer('file:///somewhere/else/index.html')).toBe(false);
  });
});

describe('IPC', () => {
  registerIpc(createHandlers({ mode: 'electron', version: '1' }));
  const call = (channel: string, frameUrl: string, raw: unknown) => recorded.ipc.get(channel)!({ senderFrame: { url: frameUrl } }, raw);

  it('registers one channel per contract method', () => {
    expect([...recorded.ipc.keys()]).toContain('verbatim:articles.load');
    expect(recorded.ipc.size).toBeGreaterThan(10);
  });

  it('answers our renderer and refuses any other frame', async () => {
    await expect(call('verbatim:app.info', rendererUrl(), {})).resolves.toMatchObject({ mode: 'electron' });
    expect(() => call('verbatim:app.info', 'https://evil.example/', {})).toThrow('Refused IPC from untrusted frame');
  });

  it('refuses malformed requests before any handler runs', async () => {
    await expect(call('verbatim:articles.load', rendererUrl(), { sources: [{ kind: 'path', path: 42 }] })).rejects.toThrow('Invalid request to articles.load');
  });
});
