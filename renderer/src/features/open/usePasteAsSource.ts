/**
 * Pasting text anywhere outside a text field adds it as a new source, for copies from a web page or
 * an email that never existed as a file.
 */
import { useEffect } from 'react';

/** Too short to be an article: probably a stray paste. */
const MIN_CHARS = 40;

/** Calls `onPaste` with the pasted text as a file. */
export function usePasteAsSource(onPaste: (file: File) => void): void {
  useEffect(() => {
    let count = 0;
    const paste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (['INPUT', 'TEXTAREA'].includes(target.tagName) || target.isContentEditable)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text.trim().length < MIN_CHARS) return;
      e.preventDefault();
      count++;
      onPaste(new File([text], `Pasted text ${count}.txt`, { type: 'text/plain' }));
    };
    window.addEventListener('paste', paste);
    return () => window.removeEventListener('paste', paste);
  }, [onPaste]);
}
