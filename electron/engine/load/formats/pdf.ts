/**
 * PDF through pdf.js (the legacy build, made for Node): the text layer of each page, laid out into
 * paragraphs by pdf-layout.ts. pdf.js runs with eval, font loading and system fonts off (text
 * extraction needs none of them) and its "worker" in this thread, so no extra process or file is needed.
 * Page count and time are bounded; cancelling or running out of time destroys the document.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { joinParagraphs } from './paragraphs';
import { layoutParagraphs, type PageText, type Run } from './pdf-layout';
import { refuse, type Extraction, type Loader, type LoaderOptions } from './types';

/** A 50 MB article is a few hundred pages at most; a PDF with more is a book or a trap. */
export const MAX_PDF_PAGES = 2000;

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

/** Loaded on first use: pdf.js is large, and most sessions open no PDF. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    // Handing pdf.js its worker module directly makes it run "in-thread" without resolving a worker file by URL,
    // which a bundler may have moved.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

function reasonFor(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return 'This PDF is password-protected. Remove the password and open it again.';
  if (name === 'AbortError') return 'Loading was cancelled.';
  return 'This PDF is damaged and could not be read.';
}

interface TextItemLike {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

function runOf(item: TextItemLike): Run | null {
  if (typeof item.str !== 'string' || !item.transform) return null;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  // Font size is the length of the text matrix's vertical vector; b or c are non-zero for rotated text.
  const size = Math.hypot(c, d) || Math.hypot(a, b) || (item.height ?? 0);
  return { str: item.str, x, y, width: item.width ?? 0, size };
}

async function extract(data: Uint8Array, signal: AbortSignal | undefined): Promise<Extraction> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    // pdf.js transfers (detaches) the buffer it is given; the caller's bytes must stay usable.
    data: data.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const stop = () => void task.destroy();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const doc = await task.promise;
    if (doc.numPages > MAX_PDF_PAGES) return refuse(`This PDF has ${doc.numPages} pages; Verbatim reads articles of up to ${MAX_PDF_PAGES} pages.`);
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (signal?.aborted) return refuse('Loading was cancelled.');
      const page = await doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      const runs = content.items.map((i) => runOf(i as TextItemLike)).filter((r): r is Run => r !== null);
      pages.push({ width: x1 - x0, height: y1 - y0, runs: runs.map((r) => ({ ...r, x: r.x - x0, y: r.y - y0 })) });
      page.cleanup();
    }
    const paragraphs = layoutParagraphs(pages);
    const { text } = joinParagraphs(paragraphs.map((p) => ({ text: p })));
    if (text === '') return refuse('This PDF has no text layer (it is probably a scan); Verbatim cannot read scanned pages.');
    return { ok: true, text, encoding: 'pdf', format: 'pdf' };
  } catch (error) {
    return refuse(signal?.aborted ? 'Loading was cancelled.' : reasonFor(error));
  } finally {
    signal?.removeEventListener('abort', stop);
    await task.destroy().catch(() => undefined);
  }
}

export const pdfFormat: Loader = {
  format: 'pdf',
  extensions: ['.pdf'],
  async load(bytes: Uint8Array, options: LoaderOptions = {}) {
    if (bytes.length === 0) return refuse('The file is empty.');
    // The header may follow some junk, but must come within the first KB (PDF 32000-1, Annex H.3 note 4).
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    if (!head.includes('%PDF-')) return refuse('This file is not a PDF, although its name ends in .pdf.');
    return extract(bytes, options.signal);
  },
};
