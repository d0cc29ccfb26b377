/**
 * Article HTML is never executed or injected. A hostile saved page (scripts in every place, event
 * handlers, javascript: and data: URLs, frames, SVG, meta refresh, <base>) goes through the HTML loader;
 * what comes out is plain text, with none of the payloads, and that text rendered the way the reader
 * renders it (text nodes, as React does for string children) creates no element and runs nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { isArticle, loadBytes } from '../../electron/engine/load';
import type { Article } from '../../shared/types';
import { fixture } from '../engine/load/fixtures';

/** Every payload in malicious.html sets window.__xss to a distinct label; none may survive as code. */
const PAYLOADS = ['meta', 'base', 'head-script', 'css', 'import', 'body-onload', 'h1', 'inline-script', 'img-onerror', 'link', 'data', 'svg', 'svg-script', 'srcdoc', 'object', 'embed', 'form', 'button', 'details', 'style-attr', 'noscript', 'template'];

async function hostileArticle(): Promise<Article> {
  const result = await loadBytes('malicious.html', fixture('malicious.html'));
  if (!isArticle(result)) throw new Error(result.reason);
  return result;
}

describe('a hostile web page', () => {
  it('loads as plain text that keeps the story and drops every payload', async () => {
    const article = await hostileArticle();
    expect(article.text).toContain('“This is a good day for the town,” said the mayor, Ines Varga.');
    expect(article.text).toContain('“We will publish every invoice,” Varga said.');
    for (const label of PAYLOADS) expect(article.text, label).not.toContain(`'${label}'`);
    expect(article.text).not.toMatch(/javascript:|onerror|onload|data:text/);
    // Markup written as text by the page ("&lt;script&gt;") stays text, shown literally.
    expect(article.text).toContain("<script>window.__xss='literal'</script>");
  });

  it('renders inert: text nodes create no elements and run nothing, even with scripts enabled', async () => {
    const article = await hostileArticle();
    const window = new Window({ settings: { enableJavaScriptEvaluation: true } });
    const document = window.document;
    const root = document.createElement('main');
    document.body.appendChild(root);
    for (const paragraph of article.text.split('\n\n')) {
      const p = document.createElement('p');
      p.appendChild(document.createTextNode(paragraph));
      root.appendChild(p);
    }
    await window.happyDOM.waitUntilComplete();
    expect(root.querySelectorAll('*').length).toBe(root.querySelectorAll('p').length);
    expect((window as unknown as { __xss?: string }).__xss).toBeUndefined();

    // Controls, so that the checks above could fail: given the page's markup instead of its text, the same
    // DOM builds the hostile elements; and a script element, once in the document, does run here.
    const control = document.createElement('div');
    control.innerHTML = new TextDecoder().decode(fixture('malicious.html'));
    for (const selector of ['script', 'img[onerror]', 'a[href^="javascript:"]', 'svg[onload]']) {
      expect(control.querySelector(selector), selector).not.toBeNull();
    }
    const script = document.createElement('script');
    script.textContent = "window.__xss = 'control';";
    document.body.appendChild(script);
    await window.happyDOM.waitUntilComplete();
    expect((window as unknown as { __xss?: string }).__xss).toBe('control');
    await window.happyDOM.close();
  });
});

/** Every renderer source file, for the static check below. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(tsx?|html)$/.test(name) ? [path] : [];
  });
}

describe('the renderer', () => {
  it('has no way to inject markup or evaluate strings', () => {
    const root = join(import.meta.dirname, '../../renderer');
    const sinks = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\bnew Function\(|\beval\(|createContextualFragment/;
    const offenders = sources(root).filter((path) => sinks.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
