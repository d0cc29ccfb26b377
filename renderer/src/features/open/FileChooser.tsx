/**
 * One way to choose files for the whole window: the native dialog in Electron, a hidden file input in
 * the browser mode. Every "Open articles…" button and the Ctrl/Cmd+O shortcut go through `useChooseFiles`.
 */
import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import { useWindowEvent } from '../../ui/windowEvents';
import { useApp } from '../../store/context';
import { mapInSlices, nextTask } from '../../ui/slices';

const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/** The two ways to choose: files, or a whole folder. */
interface Choosers {
  readonly files: () => void;
  readonly folder: () => void;
}

const ChooseContext = createContext<Choosers | null>(null);

/** A sort key that orders "story-9" before "story-10", as file managers do (cheaper than a collator on 10,000 files). */
const pathKey = (f: File) => (f.webkitRelativePath || f.name).toLowerCase().replace(/\d+/g, (d) => d.padStart(12, '0'));

/**
 * Keeps only files the loaders can read, for folder picks (the browser hands over everything, in no
 * particular order), sorted by their path in the folder. The keys are worked out in slices: for 10,000
 * files, in one go, that was a 75 ms task (Chromium trace); the sort of ready keys is short.
 */
async function articleFiles(files: readonly File[], extensions: readonly string[]): Promise<File[]> {
  // Not in the change event's task, which already holds Chromium's hand-over of every chosen file.
  await nextTask();
  const keyed = await mapInSlices(files, (f) => {
    const name = f.name.toLowerCase();
    return extensions.some((e) => name.endsWith(e)) && !name.startsWith('.') ? ([pathKey(f), f] as const) : null;
  });
  const sorted = keyed
    .filter((k) => k !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, f]) => f);
  // Listing starts with a render of the sources panel: a task of its own, not the sort's.
  await nextTask();
  return sorted;
}

/** Renders the hidden input once and provides the `choose` function. */
export function FileChooserProvider({ children }: { children: ReactNode }) {
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const openFolderWithDialog = useApp((s) => s.openFolderWithDialog);
  const nativeDialogs = useApp((s) => s.info?.nativeDialogs ?? false);
  const extensions = useApp((s) => s.info?.extensions ?? DEFAULT_EXTENSIONS);
  const openWithDialog = useApp((s) => s.openWithDialog);
  const openFiles = useApp((s) => s.openFiles);

  const choose = useCallback(() => {
    if (nativeDialogs) void openWithDialog();
    else input.current?.click();
  }, [nativeDialogs, openWithDialog]);
  const chooseFolder = useCallback(() => {
    if (nativeDialogs) void openFolderWithDialog();
    else folderInput.current?.click();
  }, [nativeDialogs, openFolderWithDialog]);
  const choosers = useMemo(() => ({ files: choose, folder: chooseFolder }), [choose, chooseFolder]);

  useWindowEvent('keydown', (e) => {
    // In Electron the native menu owns the accelerator; here the page handles it.
    if (!nativeDialogs && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'o') {
      e.preventDefault();
      choose();
    }
  });

  return (
    <ChooseContext.Provider value={choosers}>
      {children}
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="file-input"
        accept={extensions.join(',')}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          void openFiles(files);
        }}
      />
      <input
        ref={(el) => {
          folderInput.current = el;
          // Not in React's attribute list; every engine Verbatim runs in supports it.
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        data-testid="folder-input"
        onChange={(e) => {
          const chosen = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          // Sorting and listing ten thousand files is work for tasks of their own, not the change event's.
          void articleFiles(chosen, extensions).then(openFiles);
        }}
      />
    </ChooseContext.Provider>
  );
}

/** The functions that open the file and folder choosers. */
export function useChoosers(): Choosers {
  const choosers = useContext(ChooseContext);
  if (!choosers) throw new Error('useChoosers must be used inside <FileChooserProvider>');
  return choosers;
}
