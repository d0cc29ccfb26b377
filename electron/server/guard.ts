/**
 * Request checks for the browser mode. The server listens on loopback only, but a web page the user
 * visits can still send requests to 127.0.0.1, and DNS rebinding can make a foreign name resolve to it;
 * so every API call needs the per-run token, and every request must name our own host.
 */
import { timingSafeEqual } from 'node:crypto';

/** True when the Host header is exactly our loopback address and port. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** True when an Origin header, if present, is our own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Constant-time token comparison, so timing cannot reveal the token byte by byte. */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
