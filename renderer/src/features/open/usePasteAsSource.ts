/**
 * Pasting text anywhere outside a text field adds it as a new source, for copies from a web page or
 * an email that never existed as a file.
 */
import { useRef } from 'react';
import { isTyping, useWindowEvent } from '../../ui/windowEvents';

/** Too short to be an article: probably a stray paste. */
const MIN_CHARS = 40;

/** Calls `onPaste` with the pasted text as a file. */
export function usePasteAsSource(onPaste: (file: File) => void): void {
  const count = useRef(0);
  useWindowEvent('paste', (e) => {
    if (isTyping(e.target)) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text.trim().length < MIN_CHARS) return;
    e.preventDefault();
    count.current++;
    onPaste(new File([text], `Pasted text ${count.current}.txt`, { type: 'text/plain' }));
  });
}
