/**
 * Word files (.docx) through mammoth, which maps the document to semantic HTML (headings, paragraphs,
 * lists, footnotes); that HTML is walked into paragraphs like a web page's. Footnote and endnote markers
 * are taken out of the prose (a "[1]" after a closing quote would end up inside quotes) and the notes
 * follow the story, marked as notes. Images are neither decoded nor embedded, and linked external files
 * are never read.
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { paragraphsOf, type DomNode } from './blocks';
import { joinParagraphs, type Paragraph } from './paragraphs';
import { refuse, type Loader } from './types';
import { zipSummary } from './zip';

/** Real articles inflate to a few MB; anything claiming more than this is a zip bomb or not an article. */
const MAX_INFLATED_BYTES = 512 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

interface Element extends DomNode {
  remove(): void;
  readonly parentNode: Element | null;
}
interface HtmlDocument {
  readonly body: DomNode | null;
  querySelectorAll(selector: string): Iterable<Element>;
}

const DAMAGED = 'This Word file is damaged and could not be read.';

/** Office encrypts a protected .docx into an OLE compound file holding a stream named "EncryptedPackage". */
function isEncrypted(bytes: Uint8Array): boolean {
  const needle = new TextEncoder().encode('EncryptedPackage').reduce<number[]>((a, b) => (a.push(b, 0), a), []);
  const limit = Math.min(bytes.length, 4 * 1024 * 1024) - needle.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Pulls footnote and endnote bodies out of mammoth's HTML, removing their markers and back-links. */
function takeNotes(document: HtmlDocument): Paragraph[] {
  for (const marker of document.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]')) {
    const sup = marker.parentNode;
    (sup && sup.nodeName.toUpperCase() === 'SUP' ? sup : marker).remove();
  }
  for (const back of document.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]')) back.remove();
  const notes: Paragraph[] = [];
  for (const item of document.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]')) {
    const list = item.parentNode;
    for (const p of paragraphsOf(item)) notes.push({ text: p.text, kind: 'note' });
    item.remove();
    if (list && list.childNodes.length === 0) list.remove();
  }
  return notes;
}

export const docxFormat: Loader = {
  format: 'docx',
  extensions: ['.docx'],
  async load(bytes) {
    if (bytes.length === 0) return refuse('The file is empty.');
    if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
      return refuse(
        isEncrypted(bytes)
          ? 'This Word file is password-protected. Remove the password in Word and open it again.'
          : 'This is an old-style Word file (.doc). Save it as .docx in Word and open it again.',
      );
    }
    const zip = zipSummary(bytes);
    if (!zip) return refuse(DAMAGED);
    if (zip.inflatedBytes > MAX_INFLATED_BYTES || zip.entries > MAX_ENTRIES) {
      return refuse('This Word file expands to far more data than any article; it was not opened.');
    }
    let html: string;
    try {
      const result = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
        { externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
      );
      html = result.value;
    } catch {
      return refuse(DAMAGED);
    }
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: HtmlDocument };
    const notes = takeNotes(document);
    const body = document.body ? paragraphsOf(document.body) : [];
    const { text, furniture } = joinParagraphs([...body, ...notes]);
    if (text === '') return refuse('This Word file has no text.');
    return { ok: true, text, encoding: 'docx', format: 'docx', furniture };
  },
};
