/**
 * Saved web pages: the main article is extracted with Mozilla Readability (Firefox Reader View) over a
 * linkedom document — a DOM built from the markup only: no scripts run, no resources load, no layout.
 * Title, byline, site name and date come from the page's metadata. Nothing of the markup survives: the
 * article is plain text, so a hostile page cannot inject anything into the reader.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeAs, decodeText, looksBinary } from '../decode';
import { paragraphsOf, type DomNode } from './blocks';
import { collapseSpace, joinParagraphs, type Paragraph } from './paragraphs';
import { refuse, type Extracted, type Extraction, type Loader } from './types';

/** Readability gives up (throws) on pages with more elements than this; real articles have a few thousand. */
const MAX_ELEMENTS = 300_000;
/** The part of linkedom's document this loader uses (typed here: the engine has no DOM lib). */
interface Element extends DomNode {
  readonly textContent: string | null;
  querySelector(selector: string): Element | null;
  remove(): void;
  getAttribute(name: string): string | null;
}
interface HtmlDocument {
  readonly title: string | null;
  readonly documentElement: DomNode | null;
  readonly body: DomNode | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
  cloneNode(deep: boolean): HtmlDocument;
}

/** Readability recurses over the tree; far deeper than real pages (a few dozen levels), it would exhaust the stack slowly. */
const MAX_READABILITY_DEPTH = 400;
/** The WHATWG prescan looks for a charset declaration in the first 1024 bytes. */
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;

/** The charset a page declares in a meta tag near its start, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } | { reason: string } {
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  const declared = bom ? null : declaredCharset(bytes);
  // A page declaring UTF-8 goes through the text decoder: pages saved by old tools often declare UTF-8
  // over Windows-1252 bytes, and the decoder tells the two apart instead of inserting U+FFFD.
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && !looksBinary(bytes)) {
    const text = decodeAs(bytes, declared);
    if (text !== null) return { text, encoding: declared === 'iso-8859-1' ? 'windows-1252' : declared };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded : { reason: decoded.reason };
}

/**
 * Site chrome that is never the story, removed before Readability scores the page: on short pages
 * Readability keeps the whole body, navigation included. Headers stay: an article's own <header> holds
 * its headline and byline.
 */
const CHROME = 'script, style, noscript, template, iframe, object, embed, nav, button, dialog, [role="navigation"], [role="search"], [role="dialog"], body > footer';
/**
 * Forms and hidden blocks are chrome when small and without paragraphs or headings (search boxes,
 * newsletter sign-ups, off-screen menus); ASP.NET pages wrap the whole body in one <form>, which stays.
 */
const SMALL_CHROME = 'form, [aria-hidden="true"]';
const SMALL_CHROME_CHARS = 400;

function removeChrome(document: HtmlDocument): void {
  for (const el of [...document.querySelectorAll(CHROME)]) el.remove();
  for (const el of [...document.querySelectorAll(SMALL_CHROME)]) {
    if ((el.textContent ?? '').length < SMALL_CHROME_CHARS && !el.querySelector('p, article, h1, h2')) el.remove();
  }
}

/**
 * linkedom parses what it is given without the HTML parser's implied elements: a fragment ("<p>text",
 * a page saved without <html>) gets no <body>. Such input is parsed again inside a full document.
 */
function parseDocument(html: string): HtmlDocument {
  const { document } = parseHTML(html) as unknown as { document: HtmlDocument };
  if (document.documentElement?.nodeName.toUpperCase() === 'HTML') return document;
  return (parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) as unknown as { document: HtmlDocument }).document;
}

/** When Readability finds no article (or gives up), the body without its chrome is the best there is. */
function fallbackBody(document: HtmlDocument): DomNode | null {
  for (const el of [...document.querySelectorAll('header, footer, aside')]) el.remove();
  // linkedom builds no <body> for a fragment ("<p>text"): then the whole tree is the body.
  return document.body ?? document.documentElement;
}

/** True when elements nest deeper than `limit` (iterative: the tree may be deeper than the call stack). */
function deeperThan(root: DomNode | null, limit: number): boolean {
  if (!root) return false;
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    if (top.depth > limit) return true;
    const children = top.node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child && child.nodeType === 1) stack.push({ node: child, depth: top.depth + 1 });
    }
  }
  return false;
}

function isoDate(document: HtmlDocument, fromReadability: string | null | undefined): string | undefined {
  const candidate = fromReadability ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  return candidate ? collapseSpace(candidate) : undefined;
}

/** Readability keeps the byline paragraph when the byline also came from metadata; it is not prose. */
function markByline(paragraphs: Paragraph[], byline: string | undefined): Paragraph[] {
  if (!byline) return paragraphs;
  const norm = byline.toLowerCase();
  return paragraphs.map((p) => {
    const t = p.text.toLowerCase().replace(/^by\s+/, '');
    return !p.kind && t.length <= norm.length + 40 && t.startsWith(norm) ? { ...p, kind: 'furniture' } : p;
  });
}

/** Readability over a parsed page; null when it finds no article or gives up (too many elements, too deep). */
function readability(document: HtmlDocument): ReturnType<Readability<DomNode>['parse']> {
  if (deeperThan(document.documentElement, MAX_READABILITY_DEPTH)) return null;
  try {
    // Readability rewrites the document it is given; the original stays intact for the fallback.
    // The serializer hands back the DOM node itself: no second parse of the article's markup.
    return new Readability<DomNode>(document.cloneNode(true) as never, {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node) => node as unknown as DomNode,
    }).parse();
  } catch {
    return null;
  }
}

/** Decoded HTML → the article in it. Shared with the MHTML and email loaders, whose HTML arrives decoded. */
export function extractHtml(html: string, encoding: string, format: Extracted['format'] = 'html'): Extraction {
  const document = parseDocument(html);
  if (!document.documentElement) return refuse('This web page is empty or not HTML.');
  const pageTitle = collapseSpace(document.title ?? '');
  removeChrome(document);
  const parsed = readability(document);

  const root = parsed?.content ?? fallbackBody(document);
  if (!root) return refuse('This web page has no readable text.');
  const byline = parsed?.byline ? collapseSpace(parsed.byline) : undefined;
  let paragraphs = markByline(paragraphsOf(root), byline);
  const title = collapseSpace(parsed?.title ?? '') || pageTitle;
  // Readability drops the headline from the body; the plain-text version of a story starts with it.
  if (title && paragraphs[0]?.text !== title) paragraphs = [{ text: title }, ...paragraphs];
  const { text, furniture } = joinParagraphs(paragraphs);
  if (text === '') return refuse('This web page has no readable text.');

  const siteName = parsed?.siteName ? collapseSpace(parsed.siteName) : undefined;
  const published = isoDate(document, parsed?.publishedTime);
  return {
    ok: true,
    text,
    encoding,
    format,
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    ...(siteName ? { siteName } : {}),
    ...(published ? { published } : {}),
    furniture,
  };
}

export const htmlFormat: Loader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  async load(bytes) {
    const decoded = decodeHtml(bytes);
    if ('reason' in decoded) return refuse(decoded.reason);
    return extractHtml(decoded.text, decoded.encoding);
  },
};
