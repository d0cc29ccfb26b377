/**
 * DOM → paragraphs, for the HTML that Readability and mammoth produce. Walks the tree once; every block
 * element ends a paragraph, inline elements join their text, and nothing is executed or kept as markup
 * (scripts, styles and embedded objects contribute no text at all).
 */
import { collapseSpace, type Paragraph } from './paragraphs';
import type { Furniture } from './types';

/** The part of a DOM node this walk reads; linkedom's nodes satisfy it. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'HEAD', 'IMG', 'VIDEO', 'AUDIO']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
/** Blocks that are furniture by their nature, whatever they say. */
const KIND_OF: Readonly<Record<string, Furniture['kind']>> = { FIGCAPTION: 'credit', ASIDE: 'furniture', NAV: 'furniture' };
/** Deeper trees are pathological (or hostile); their remaining depth is read as plain text. */
const MAX_DEPTH = 200;

/** Collects the paragraphs under `root`; `kindOf` may mark an element's whole subtree as non-prose. */
export function paragraphsOf(root: DomNode, kindOf: (el: DomNode) => Furniture['kind'] | undefined = () => undefined): Paragraph[] {
  const out: Paragraph[] = [];
  let buffer = '';
  let bufferKind: Furniture['kind'] | undefined;

  const flush = () => {
    const text = collapseSpace(buffer);
    if (text !== '') out.push(bufferKind ? { text, kind: bufferKind } : { text });
    buffer = '';
    bufferKind = undefined;
  };

  const walk = (node: DomNode, kind: Furniture['kind'] | undefined, depth: number) => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.nodeValue ?? '';
      bufferKind = kind;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      buffer += ' ';
      return;
    }
    const block = BLOCK.has(name);
    const own = kind ?? KIND_OF[name] ?? kindOf(node);
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (!child) continue;
      if (depth >= MAX_DEPTH) buffer += ` ${flatText(child)} `;
      else walk(child, own, depth + 1);
    }
    if (block) flush();
  };

  walk(root, undefined, 0);
  flush();
  return out;
}

/** Text of a subtree without recursion (an explicit stack), for trees deeper than the walk allows. */
function flatText(root: DomNode): string {
  const parts: string[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === ELEMENT_NODE && !SKIP.has(node.nodeName.toUpperCase())) {
      for (let i = node.childNodes.length - 1; i >= 0; i--) {
        const child = node.childNodes[i];
        if (child) stack.push(child);
      }
    }
  }
  return parts.join(' ');
}
