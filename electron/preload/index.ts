/**
 * The sandboxed preload: exposes one named function per contract method and a menu subscription,
 * never ipcRenderer itself. Built as a single CommonJS file (sandboxed preloads cannot load modules).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../../shared/contract';
import { BRIDGE_KEY, type Bridge } from '../../shared/bridge';
import { isMenuCommand, MENU_EVENT_CHANNEL, type MenuCommand } from '../../shared/menu';
import { channelOf, METHOD_NAMES } from '../../shared/methods';

// Built from the method list so every contract method is forwarded and nothing else is.
const api = Object.fromEntries(
  METHOD_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)]),
) as unknown as Api;

/** Subscribes to native menu commands; returns the unsubscribe function. */
function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const wrapped = (_event: unknown, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_EVENT_CHANNEL, wrapped);
  return () => ipcRenderer.removeListener(MENU_EVENT_CHANNEL, wrapped);
}

const bridge: Bridge = { api, onMenuCommand };
contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
