/**
 * The renderer → main surface is snapshotted (as Insomnia does) so adding or renaming a method is a
 * deliberate change, and every method has a schema that rejects junk.
 */
import { describe, expect, it } from 'vitest';
import { contract, ContractError, parseRequest } from '../../shared/contract';
import { METHOD_NAMES } from '../../shared/methods';

describe('contract', () => {
  it('has exactly the listed methods', () => {
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
    expect(METHOD_NAMES).toMatchInlineSnapshot(`
      [
        "app.info",
        "articles.pick",
        "articles.pickFolder",
        "articles.cancel",
        "articles.takePending",
        "articles.load",
        "articles.text",
        "articles.remove",
        "analysis.run",
        "analysis.quotes",
        "analysis.groups",
        "analysis.group",
        "analysis.groupDetails",
        "analysis.progress",
        "analysis.cancel",
        "files.save",
        "review.save",
        "review.content",
        "review.open",
        "shell.openExternal",
      ]
    `);
  });

  it.each(METHOD_NAMES)('%s rejects non-object and unknown-key requests', (name) => {
    expect(() => parseRequest(name, 'junk')).toThrow(ContractError);
    expect(() => parseRequest(name, { __proto__: null, extra: 1 })).toThrow(ContractError);
  });

  it('accepts paths and bytes for articles.load', () => {
    const data = new Uint8Array([65]);
    expect(parseRequest('articles.load', { sources: [{ kind: 'path', path: '/a.txt' }, { kind: 'bytes', name: 'b.txt', data }] })).toEqual({
      sources: [
        { kind: 'path', path: '/a.txt' },
        { kind: 'bytes', name: 'b.txt', data },
      ],
    });
    expect(() => parseRequest('articles.load', { sources: [] })).toThrow(ContractError);
    expect(() => parseRequest('articles.load', { sources: [{ kind: 'bytes', name: 'b.txt', data: 'QQ==' }] })).toThrow(ContractError);
  });

  it('only lets http(s) links out', () => {
    expect(parseRequest('shell.openExternal', { url: 'https://example.org/a' })).toEqual({ url: 'https://example.org/a' });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share']) {
      expect(() => parseRequest('shell.openExternal', { url })).toThrow(ContractError);
    }
  });
});

describe('analysis.group', () => {
  it('takes a result handle and a group id, nothing else', () => {
    expect(parseRequest('analysis.group', { handle: 'r3', id: 'group-q1' })).toEqual({ handle: 'r3', id: 'group-q1' });
    for (const bad of [{ handle: '../r3', id: 'g' }, { handle: 'r3', id: '' }, { handle: 'r3', id: 'x'.repeat(201) }, { handle: 'r3' }]) {
      expect(() => parseRequest('analysis.group', bad)).toThrow(ContractError);
    }
  });
});

describe('files.save', () => {
  it('takes a bare file name, never a path', () => {
    expect(parseRequest('files.save', { name: 'report.html', content: '<p>x</p>' })).toEqual({ name: 'report.html', content: '<p>x</p>' });
    for (const name of ['../x.html', '/etc/passwd', 'C:\\x.txt', 'a\u0000b', '']) {
      expect(() => parseRequest('files.save', { name, content: '' })).toThrow(ContractError);
    }
  });
});
