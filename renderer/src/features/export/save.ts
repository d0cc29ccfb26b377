/**
 * Saves an export: the native save dialog in Electron (through the contract), a browser download
 * in the browser mode.
 */
import type { Api } from '../../../../shared/contract';
import type { ExportFile } from './formats';

function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves the file; true when written or handed to the browser's downloads. */
export async function saveExport(api: Api, file: ExportFile, nativeDialogs: boolean): Promise<boolean> {
  if (nativeDialogs) return (await api['files.save']({ name: file.name, content: file.content })).saved;
  download(file);
  return true;
}
