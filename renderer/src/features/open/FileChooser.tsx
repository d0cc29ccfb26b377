/**
 * One way to choose files for the whole window: the native dialog in Electron, a hidden file input in
 * the browser mode. Every "Open articles…" button and the Ctrl/Cmd+O shortcut go through `useChooseFiles`.
 */
import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useApp } from '../../store/context';

const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md'];

const ChooseContext = createContext<(() => void) | null>(null);

/** Renders the hidden input once and provides the `choose` function. */
export function FileChooserProvider({ children }: { children: ReactNode }) {
  const input = useRef<HTMLInputElement>(null);
  const nativeDialogs = useApp((s) => s.info?.nativeDialogs ?? false);
  const extensions = useApp((s) => s.info?.extensions ?? DEFAULT_EXTENSIONS);
  const openWithDialog = useApp((s) => s.openWithDialog);
  const openFiles = useApp((s) => s.openFiles);

  const choose = useCallback(() => {
    if (nativeDialogs) void openWithDialog();
    else input.current?.click();
  }, [nativeDialogs, openWithDialog]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // In Electron the native menu owns the accelerator; here the page handles it.
      if (!nativeDialogs && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        choose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [choose, nativeDialogs]);

  return (
    <ChooseContext.Provider value={choose}>
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
    </ChooseContext.Provider>
  );
}

/** The function that opens the file chooser. */
export function useChooseFiles(): () => void {
  const choose = useContext(ChooseContext);
  if (!choose) throw new Error('useChooseFiles must be used inside <FileChooserProvider>');
  return choose;
}
