import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers';
import { startServer, type RunningServer } from '../../electron/server/http';
import { encodeWire } from '../../shared/wire';

const outside = mkdtempSync(join(tmpdir(), 'verbatim-outside-'));
writeFileSync(join(outside, 'secret.txt'), 'secret');
const rendererDir = join(outside, 'renderer');
mkdirSync(rendererDir);
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Verbatim</title>');
writeFileSync(join(rendererDir, 'app.js'), 'console.log(1)');
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ handlers: createHandlers({ mode: 'browser', version: '1' }), rendererDir, token: 'test-token-0123456789' });
});
afterAll(() => server.close());

/** Raw request, so tests can send any Host header. */
function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, input: unknown, headers: Record<string, string> = { 'x-verbatim-token': 'test-token-0123456789' }) =>
  send({ path: `/api/${method}`, method: 'POST', headers, body: encodeWire(input) });

describe('browser-mode server', () => {
  it('listens on loopback and prints the token only in the fragment', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=test-token-0123456789$/);
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves the renderer with security headers', async () => {
    const res = await send({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Verbatim</title>');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses path traversal', async () => {
    expect((await send({ path: '/../secret.txt' })).status).toBe(404);
    expect((await send({ path: '/%2e%2e/secret.txt' })).status).toBe(404);
    expect((await send({ path: '/..%2fsecret.txt' })).status).toBe(404);
    // Unknown extension-less paths fall back to the app page, never to another file.
    expect((await send({ path: '/%2e%2e/%2e%2e/etc/passwd' })).body).toContain('<title>Verbatim</title>');
  });

  it('requires the token on every API call', async () => {
    expect((await api('app.info', {}, {})).status).toBe(401);
    expect((await api('app.info', {}, { 'x-verbatim-token': 'wrong' })).status).toBe(401);
    expect((await api('app.info', {})).status).toBe(200);
  });

  it('refuses foreign Host and Origin headers', async () => {
    expect((await send({ path: '/', headers: { host: 'evil.example' } })).status).toBe(421);
    expect((await api('app.info', {}, { 'x-verbatim-token': 'test-token-0123456789', origin: 'https://evil.example' })).status).toBe(403);
  });

  it('rejects malformed and unknown requests with a clear message', async () => {
    const bad = await api('articles.load', { sources: 'x' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toContain('Invalid request to articles.load');
    expect((await api('fs.readFile', {})).status).toBe(404);
    const notJson = await send({ path: '/api/app.info', method: 'POST', headers: { 'x-verbatim-token': 'test-token-0123456789' }, body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('loads uploaded bytes', async () => {
    const res = await api('articles.load', { sources: [{ kind: 'bytes', name: 'a.txt', data: new TextEncoder().encode('Headline\nBody') }] });
    expect(JSON.parse(res.body).value.articles[0].title).toBe('Headline');
  });
});
