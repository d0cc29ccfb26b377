/**
 * The browser mode's HTTP server: the same contract handlers as the Electron shell, behind
 * `POST /api/<method>` instead of IPC, plus the built renderer as static files.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ContractError, type Handlers } from '../../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { decodeWire, encodeWire, TOKEN_HEADER, type WireResponse } from '../../shared/wire';
import { dispatch, isMethodName } from '../handlers/dispatch';
import { MAX_FILE_BYTES } from '../engine/load';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './guard';
import { readStatic } from './static';

/** Base64 inflates by 4/3; leave room for the JSON around one maximum-size file. */
const MAX_BODY_BYTES = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** What `startServer` needs. */
export interface ServerOptions {
  readonly handlers: Handlers;
  /** Folder of the built renderer. */
  readonly rendererDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Fixed token (tests); a random one otherwise. */
  readonly token?: string;
}

/** A running server. */
export interface RunningServer {
  readonly server: Server;
  readonly port: number;
  readonly token: string;
  /** The address to open, with the token in the fragment (never sent to the server, never logged). */
  readonly url: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, payload: WireResponse<unknown>): void {
  send(res, status, 'application/json; charset=utf-8', encodeWire(payload));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, opts: ServerOptions & { token: string }) {
  if (req.method !== 'POST') throw new HttpError(405, 'Use POST.');
  const header = req.headers[TOKEN_HEADER];
  if (!tokenMatches(typeof header === 'string' ? header : undefined, opts.token)) {
    throw new HttpError(401, 'Missing or wrong session token.');
  }
  if (!isMethodName(method)) throw new HttpError(404, `Unknown method ${method}.`);
  let raw: unknown;
  try {
    raw = decodeWire(await readBody(req));
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
  try {
    const value = await dispatch(opts.handlers, method, raw);
    sendJson(res, 200, { ok: true, value });
  } catch (error) {
    if (error instanceof ContractError) throw new HttpError(400, error.message);
    throw error;
  }
}

/** Starts the server on 127.0.0.1 only. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const opts = { ...options, token };
  let port = 0;

  const server = createServer((req, res) => {
    void (async () => {
      try {
        if (!isAllowedHost(req.headers.host, port)) throw new HttpError(421, 'Unexpected Host header.');
        if (!isAllowedOrigin(req.headers.origin, port)) throw new HttpError(403, 'Cross-origin requests are refused.');
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path.startsWith('/api/')) return await handleApi(req, res, path.slice('/api/'.length), opts);
        if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed.');
        const file = await readStatic(options.rendererDir, path);
        if (!file) throw new HttpError(404, 'Not found.');
        send(res, 200, file.contentType, file.body);
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 500;
        const message = error instanceof Error ? error.message : String(error);
        if (status === 500) console.error('[verbatim] request failed:', error);
        if (!res.headersSent) sendJson(res, status, { ok: false, error: message });
        else res.end();
      }
    })();
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
