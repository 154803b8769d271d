import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ROUTE_TABLE } from '../authorization/route-table';
import { PASSWORD, latestCode, signedInClient } from '../utils/accounts-helpers';
import { CookieClient } from '../utils/cookie-client';
import { startTestApi } from '../utils/test-app';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('session hardening', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
  });
  afterAll(() => app.close());

  it('defeats session fixation: a token planted before login is replaced, and the planted one opens nothing afterwards', async () => {
    // The attacker signs in to their own account and plants that session's cookie in the victim's browser.
    const attacker = await signedInClient(baseUrl);
    const planted = attacker.client.cookie('op_session') ?? '';
    const victim = await signedInClient(baseUrl);
    const browser = new CookieClient(baseUrl);
    browser.setCookie('op_session', planted);
    browser.setCookie('op_csrf', attacker.client.cookie('op_csrf') ?? '');

    const login = await browser.request<{ email: string }>('POST', '/v1/session', { body: { email: victim.email, password: PASSWORD } });
    expect(login.status).toBe(200);
    const issued = browser.cookie('op_session');
    expect(issued).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(issued).not.toBe(planted);
    expect((await browser.request<{ email: string }>('GET', '/v1/session/me')).body.email).toBe(victim.email);

    // Whoever holds the planted token gets neither the victim's session nor their own any more.
    const holder = new CookieClient(baseUrl);
    holder.setCookie('op_session', planted);
    expect((await holder.request('GET', '/v1/session/me')).status).toBe(401);
  });

  it('a made-up pre-login cookie is never adopted as the session id', async () => {
    const { email } = await signedInClient(baseUrl);
    const browser = new CookieClient(baseUrl);
    const chosen = 'A'.repeat(43);
    browser.setCookie('op_session', chosen);
    expect((await browser.request('POST', '/v1/session', { body: { email, password: PASSWORD } })).status).toBe(200);
    expect(browser.cookie('op_session')).not.toBe(chosen);
    const holder = new CookieClient(baseUrl);
    holder.setCookie('op_session', chosen);
    expect((await holder.request('GET', '/v1/session/me')).status).toBe(401);
  });

  it('rotates the session when the verification tier rises: the cookie from before stops working', async () => {
    const { client, email } = await signedInClient(baseUrl);
    const before = { session: client.cookie('op_session') ?? '', csrf: client.cookie('op_csrf') ?? '' };
    const confirmed = await client.request('POST', '/v1/accounts/me/email-verification/confirm', { body: { code: await latestCode(baseUrl, email) } });
    expect(confirmed.status).toBe(200);
    expect(client.cookie('op_session')).not.toBe(before.session);
    expect(client.cookie('op_csrf')).not.toBe(before.csrf);
    expect((await client.request<{ verificationTier: string }>('GET', '/v1/session/me')).body.verificationTier).toBe('email');

    const stale = new CookieClient(baseUrl);
    stale.setCookie('op_session', before.session);
    expect((await stale.request('GET', '/v1/session/me')).status).toBe(401);
  });

  it('refuses every unsafe route of a cookie-signed-in browser without the CSRF token, or with a forged one', async () => {
    const { client } = await signedInClient(baseUrl);
    const unsafe = Object.keys(ROUTE_TABLE).filter((route) => UNSAFE.has(route.split(' ')[0] ?? ''));
    expect(unsafe.length).toBeGreaterThan(30);
    const accepted: string[] = [];
    for (const route of unsafe) {
      const [method = '', template = ''] = route.split(' ');
      const path = template.replace(/^\/api/, '').replace(/\{[^}]+\}/g, () => randomUUID());
      const variants: Record<string, string>[] = [{}, { 'X-CSRF-Token': 'forged' }];
      for (const headers of variants) {
        const response = await client.request<{ code?: string }>(method, path, { withoutCsrf: true, headers, body: {} });
        if (response.status !== 403 || response.body.code !== 'csrf_failed') accepted.push(`${route} ${JSON.stringify(headers)} → ${response.status}`);
      }
    }
    expect(accepted).toEqual([]);
    expect((await client.request('GET', '/v1/session/me')).status).toBe(200);
  });

  it('cannot be logged in by a cross-site form: a body that is not JSON (which needs CORS) is refused as such', async () => {
    const { email } = await signedInClient(baseUrl);
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', `email=${encodeURIComponent(email)}&password=${encodeURIComponent(PASSWORD)}`],
      ['text/plain', JSON.stringify({ email, password: PASSWORD })],
    ] as const) {
      const response = await fetch(`${baseUrl}/api/v1/session`, { method: 'POST', headers: { 'content-type': type }, body });
      expect([type, response.status, ((await response.json()) as { code: string }).code]).toEqual([type, 415, 'unsupported_media_type']);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });
});
