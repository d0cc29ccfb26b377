/** The local server answers only our own page: token on every API call, our Host, our Origin. */
import { expect, test } from './fixtures';

test('API calls without the token are refused', async ({ request, app }) => {
  const response = await request.post(`${app.origin}/api/app.info`, { data: {} });
  expect(response.status()).toBe(401);
});

test('API calls with the token are answered', async ({ request, app }) => {
  const response = await request.post(`${app.origin}/api/app.info`, { data: {}, headers: { 'x-verbatim-token': app.token } });
  expect(response.status()).toBe(200);
  expect((await response.json()).value.mode).toBe('browser');
});

test('a foreign Host header (DNS rebinding) is refused', async ({ request, app }) => {
  const response = await request.get(`${app.origin}/`, { headers: { host: 'attacker.example' } });
  expect(response.status()).toBe(421);
});

test('the page is served with a strict Content-Security-Policy', async ({ request, app }) => {
  const response = await request.get(`${app.origin}/`);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});
