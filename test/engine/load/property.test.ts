/**
 * Property tests: whatever bytes arrive under whatever name, the loaders answer (an article or a reason),
 * never throw, never hang, and what they return keeps the Article contract; text survives a round trip;
 * no script content ever reaches the text; and the engine accepts every loaded article.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../electron/engine/analyze';
import { isArticle, loadBytes } from '../../../electron/engine/load';
import type { Article, LoadFailure } from '../../../shared/types';
import { expectValid } from '../helpers';
import { fixture } from './fixtures';

const EXTENSIONS = ['.txt', '.md', '.html', '.docx', '.pdf', ''] as const;

function expectContract(result: Article | LoadFailure): void {
  if (!isArticle(result)) {
    expect(result.reason.length).toBeGreaterThan(5);
    expect(result.reason).toMatch(/[.!]$/);
    return;
  }
  expect(result.text.length).toBeGreaterThan(0);
  expect(result.title.length).toBeGreaterThan(0);
  let last = 0;
  for (const f of result.furniture ?? []) {
    expect(f.start).toBeGreaterThanOrEqual(last);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(result.text.length);
    last = f.end;
  }
}

/** Flips, drops and inserts bytes in a real file: the shape of a damaged download. */
const damaged = (bytes: Uint8Array) =>
  fc
    .array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 }), fc.constantFrom('flip', 'cut', 'insert')), { minLength: 1, maxLength: 8 })
    .map((edits) => {
      let out = Array.from(bytes);
      for (const [at, value, how] of edits) {
        if (how === 'flip') out[at % out.length] = value;
        else if (how === 'cut') out = out.slice(0, Math.max(1, at % out.length));
        else out.splice(at % (out.length + 1), 0, value);
      }
      return new Uint8Array(out);
    });

describe('loaders on arbitrary input', () => {
  it('answer every byte sequence under every name, without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(...EXTENSIONS), async (bytes, ext) => {
        expectContract(await loadBytes(`file${ext}`, bytes));
      }),
      { numRuns: 300 },
    );
  });

  it.each(['article.docx', 'article.pdf', 'article.html', 'article-1252.txt'])('answer every damaged copy of %s', async (name) => {
    const original = fixture(name);
    await fc.assert(
      fc.asyncProperty(damaged(original), async (bytes) => {
        expectContract(await loadBytes(name, bytes, name, { timeoutMs: 10_000 }));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('text round trip', () => {
  const prose = fc.string({ unit: fc.constantFrom(...Array.from('abc XYZ.,;:!?“”‘’"\'—–-\n\téàüßçø€£ЖжΩ中文😀')), minLength: 1, maxLength: 300 });

  it('keeps UTF-8 and UTF-16 text exactly', async () => {
    await fc.assert(
      fc.asyncProperty(prose.filter((s) => s.trim() !== ''), async (text) => {
        const utf8 = await loadBytes('a.txt', new TextEncoder().encode(text));
        expect(isArticle(utf8) && utf8.text).toBe(text);
        const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
        const utf16 = await loadBytes('b.txt', new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]));
        expect(isArticle(utf16) && utf16.text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('HTML never lets script content through', () => {
  const EVIL = 'EVIL_PAYLOAD';
  const node: fc.Memo<string> = fc.memo((depth) =>
    depth <= 1
      ? fc.constantFrom('“Text,” she said.', 'plain words', '&lt;script&gt;', '')
      : fc.oneof(
          fc.constantFrom('“Text,” she said.', 'more words'),
          fc.tuple(fc.constantFrom('p', 'div', 'article', 'span', 'section', 'aside', 'li', 'em'), fc.array(node(depth - 1), { maxLength: 4 })).map(
            ([tag, kids]) => `<${tag} onclick="${EVIL}()" onmouseover='${EVIL}'>${kids.join('')}</${tag}>`,
          ),
          fc.constantFrom(
            `<script>${EVIL}()</script>`,
            `<style>body{background:url(${EVIL})}</style>`,
            `<img src=x onerror="${EVIL}()">`,
            `<a href="javascript:${EVIL}()">a link</a>`,
            `<iframe srcdoc="<script>${EVIL}()</script>"></iframe>`,
            `<svg onload="${EVIL}()"><script>${EVIL}()</script></svg>`,
            `<object data="${EVIL}.swf"></object>`,
            `<template><p>${EVIL}</p></template>`,
            `<noscript>${EVIL}</noscript>`,
            `<meta http-equiv="refresh" content="0;url=javascript:${EVIL}()">`,
          ),
        ),
  );

  it('keeps scripts, handlers, styles, frames and javascript: links out of the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(node(5), { minLength: 1, maxLength: 6 }), async (parts) => {
        const result = await loadBytes('page.html', new TextEncoder().encode(`<html><head><title>T</title></head><body>${parts.join('')}</body></html>`));
        expectContract(result);
        if (isArticle(result)) expect(result.text).not.toContain(EVIL);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the engine on loaded articles', () => {
  it('keeps its contract on whatever the loaders produce', async () => {
    for (const name of ['article.txt', 'article.html', 'article.docx', 'article.pdf']) {
      const loaded = await loadBytes(name, fixture(name));
      if (!isArticle(loaded)) throw new Error(loaded.reason);
      expectValid([loaded], analyze([loaded]));
    }
    const texts = await Promise.all(
      fc.sample(fc.uint8Array({ minLength: 1, maxLength: 4096 }), 50).map((bytes) => loadBytes('random.txt', bytes)),
    );
    const articles = texts.filter(isArticle);
    expectValid(articles, analyze(articles));
  });
});
