/**
 * Window-wide drag and drop of files. The counter handles dragenter/dragleave firing for every child
 * element, which would otherwise make the overlay flicker.
 */
import { useEffect, useState } from 'react';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/** A dropped folder is opened like "Open folder…", up to this many files. */
const MAX_DROPPED_FILES = 20_000;

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve) => reader.readEntries(resolve, () => resolve([])));
}

function fileOf(entry: FileSystemFileEntry): Promise<File | null> {
  return new Promise((resolve) => entry.file(resolve, () => resolve(null)));
}

/** The files of the dropped items, walking into dropped folders (breadth first, hidden entries skipped). */
async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = Array.from(transfer.items, (item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.every((e) => !e || e.isFile)) return Array.from(transfer.files);
  const files: File[] = [];
  const queue: FileSystemEntry[] = entries.filter((e): e is FileSystemEntry => e !== null);
  while (queue.length > 0 && files.length < MAX_DROPPED_FILES) {
    const entry = queue.shift()!;
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries returns at most ~100 entries per call; keep calling until it returns none.
      for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) queue.push(...batch);
    } else {
      const file = await fileOf(entry as FileSystemFileEntry);
      if (file) files.push(file);
    }
  }
  return files;
}

/**
 * Calls `onDrop` with dropped files (dropped folders contribute their files, filtered by `accept`);
 * returns whether files are being dragged over the window.
 */
export function useFileDrop(onDrop: (files: File[]) => void, accept: (file: File) => boolean = () => true): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      // Always prevent the default: a file dropped on the page must never navigate away from the app.
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const transfer = e.dataTransfer;
      if (!transfer) return;
      const direct = Array.from(transfer.files);
      void droppedFiles(transfer).then((files) => {
        // Files dropped one by one are all tried (and a wrong type is reported); from folders only articles.
        const picked = files.length === direct.length ? files : files.filter(accept);
        if (picked.length > 0) onDrop(picked);
      });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop, accept]);
  return dragging;
}
