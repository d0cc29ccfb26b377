/**
 * Registers one IPC handler per contract method. Every request is checked twice: the sender must be
 * our own renderer frame, and the payload must match the method's schema.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../../shared/contract';
import { channelOf, METHOD_NAMES } from '../../shared/methods';
import { dispatch } from '../handlers/dispatch';
import { isOwnRenderer } from './window';

function assertTrustedSender(event: IpcMainInvokeEvent): void {
  const url = event.senderFrame?.url ?? '';
  if (!isOwnRenderer(url)) throw new Error(`Refused IPC from untrusted frame ${url || '(unknown)'}`);
}

/** Wires every method of the contract to its handler. */
export function registerIpc(handlers: Handlers): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(channelOf(name), (event, raw: unknown) => {
      assertTrustedSender(event);
      return dispatch(handlers, name, raw);
    });
  }
}
