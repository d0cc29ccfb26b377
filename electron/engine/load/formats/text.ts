/** Plain text and Markdown: decoded as they are, nothing rewritten, so offsets match the file. */
import { decodeText } from '../decode';
import { refuse, type Loader } from './types';

function textLoader(format: 'text' | 'markdown', extensions: readonly string[]): Loader {
  return {
    format,
    extensions,
    synchronous: true,
    async load(bytes) {
      const decoded = decodeText(bytes);
      if (!decoded.ok) return refuse(decoded.reason);
      if (decoded.text.trim() === '') return refuse('The file contains only blank space.');
      return { ok: true, text: decoded.text, encoding: decoded.encoding, format };
    },
  };
}

export const textFormat = textLoader('text', ['.txt', '.text']);
export const markdownFormat = textLoader('markdown', ['.md', '.markdown']);
