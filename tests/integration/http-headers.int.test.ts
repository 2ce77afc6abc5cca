/**
 * What every response tells the browser: no content sniffing anywhere; on the app's page a
 * Content-Security-Policy and no framing; CORS headers only for configured origins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../runtime/config.js';
import { startApp, type RunningApp } from '../../server/app/start-app.js';
import { startTestApp, testDatabase, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ sources { id } }' }),
  });

describe('security headers', () => {
  it('sends X-Content-Type-Options: nosniff on every response: API, health, page, asset, 404, 400', async () => {
    const responses = await Promise.all([
      post(app.url),
      fetch(`${app.url}/healthz`),
      fetch(`${app.url}/readyz`),
      fetch(`${app.url}/`),
      fetch(`${app.url}/no-such-asset.js`),
      fetch(`${app.url}/%E0%A4%A`),
      fetch(`${app.url}/graphql?query=mutation{x}`),
    ]);
    for (const r of responses) expect([r.url, r.headers.get('x-content-type-options')]).toEqual([r.url, 'nosniff']);
  });

  it('serves the app page with a CSP that runs only its own scripts and forbids framing', async () => {
    const page = await fetch(`${app.url}/explore`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('sends no CORS headers by default, so browsers keep other sites out', async () => {
    const res = await post(app.url, { origin: 'https://evil.example' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS when origins are configured', () => {
  let open: RunningApp;
  beforeAll(async () => {
    open = await startApp({
      config: { ...readConfig(), host: '127.0.0.1', corsOrigins: ['https://partner.example'] },
      database: testDatabase(),
      port: 0,
      log: () => {},
    });
  });
  afterAll(async () => {
    await open?.close(0);
    await open?.db.close();
  });

  it('allows a configured origin, answering its preflight, and no other', async () => {
    const preflight = await fetch(`${open.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const allowed = await post(open.url, { origin: 'https://partner.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
    const other = await post(open.url, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
