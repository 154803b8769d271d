import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { PASSWORD, latestCode, latestMessage, signedInClient, uniqueEmail } from '../utils/accounts-helpers';
import { CookieClient } from '../utils/cookie-client';
import { startDurableRedis } from '../utils/durable-redis';
import { startTestApi, testConfig } from '../utils/test-app';

interface Me {
  id: string;
  email: string;
  verificationTier: string;
  roles: { kind: string }[];
}

describe('accounts API', () => {
  const adminEmail = uniqueEmail('first-admin');
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi(testConfig({ FIRST_ADMIN_EMAIL: adminEmail.toUpperCase() })));
  });
  afterAll(() => app.close());

  it('registers, emails a bilingual code, and confirming it raises the tier to email', async () => {
    const email = uniqueEmail('Mixed.Case');
    const client = new CookieClient(baseUrl);
    const registered = await client.request('POST', '/v1/accounts', { body: { email, password: PASSWORD, displayName: ' 王小明 ' } });
    expect(registered).toMatchObject({ status: 201, body: { verificationEmailSent: true } });

    const message = await latestMessage(baseUrl, email.toLowerCase());
    expect(message.channel).toBe('email');
    expect(message.body.indexOf('驗證碼')).toBeLessThan(message.body.indexOf('verification code'));

    await client.request('POST', '/v1/session', { body: { email, password: PASSWORD } });
    expect((await client.request<Me>('GET', '/v1/session/me')).body).toMatchObject({ email: email.toLowerCase(), verificationTier: 'none', roles: [{ kind: 'citizen' }] });

    const code = await latestCode(baseUrl, email.toLowerCase());
    const confirmed = await client.request<Me>('POST', '/v1/accounts/me/email-verification/confirm', { body: { code } });
    expect(confirmed).toMatchObject({ status: 200, body: { verificationTier: 'email', displayName: '王小明' } });
    expect((await client.request<Me>('GET', '/v1/session/me')).body.verificationTier).toBe('email');
    expect((await client.request('POST', '/v1/accounts/me/email-verification/confirm', { body: { code } })).status).toBe(400);
  });

  it('verifies a phone only after the email, and then reports tier phone', async () => {
    const unverified = await signedInClient(baseUrl);
    expect((await unverified.client.request('POST', '/v1/accounts/me/phone', { body: { phone: '+886912000001' } })).body).toMatchObject({ code: 'email_not_verified' });

    const { client } = await signedInClient(baseUrl, { verifyEmail: true });
    expect((await client.request('POST', '/v1/accounts/me/phone', { body: { phone: '0912345678' } })).status).toBe(400);
    expect((await client.request('POST', '/v1/accounts/me/phone', { body: { phone: '+886 912-000-002' } })).status).toBe(202);
    const sms = await latestMessage(baseUrl, '+886912000002');
    expect(sms).toMatchObject({ channel: 'sms', subject: null });
    const code = await latestCode(baseUrl, '+886912000002');
    const confirmed = await client.request<Me>('POST', '/v1/accounts/me/phone/confirm', { body: { code } });
    expect(confirmed).toMatchObject({ status: 200, body: { verificationTier: 'phone' } });

    const other = await signedInClient(baseUrl, { verifyEmail: true });
    expect((await other.client.request('POST', '/v1/accounts/me/phone', { body: { phone: '+886912000002' } })).body).toMatchObject({ code: 'phone_taken' });
  });

  it('sets an httpOnly Lax session cookie and a readable CSRF cookie, and rotates the session on every login', async () => {
    const { client, email } = await signedInClient(baseUrl);
    const firstToken = client.cookie('op_session');
    const login = await client.request('POST', '/v1/session', { body: { email, password: PASSWORD } });
    expect(login.status).toBe(200);
    const session = login.setCookies.find((c) => c.startsWith('op_session='));
    const csrf = login.setCookies.find((c) => c.startsWith('op_csrf='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i);
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(client.cookie('op_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(client.cookie('op_session')).not.toBe(firstToken);

    const stale = new CookieClient(baseUrl);
    stale.setCookie('op_session', firstToken ?? '');
    expect((await stale.request('GET', '/v1/session/me')).status).toBe(401);
    expect((await client.request('GET', '/v1/session/me')).status).toBe(200);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const { email } = await signedInClient(baseUrl);
    const client = new CookieClient(baseUrl, { 'Accept-Language': 'en' });
    const wrong = await client.request('POST', '/v1/session', { body: { email, password: 'not the password 1' } });
    const unknown = await client.request('POST', '/v1/session', { body: { email: uniqueEmail('nobody'), password: PASSWORD } });
    expect(wrong).toMatchObject({ status: 401, body: { code: 'invalid_credentials' } });
    expect(unknown.body).toEqual({ ...(wrong.body as object), requestId: expect.any(String) as string });
    expect(client.cookie('op_session')).toBeUndefined();
  });

  it('refuses an unsafe request of a signed-in browser without the right X-CSRF-Token', async () => {
    const { client } = await signedInClient(baseUrl);
    const missing = await client.request('POST', '/v1/accounts/me/email-verification', { withoutCsrf: true });
    expect(missing).toMatchObject({ status: 403, body: { code: 'csrf_failed' } });
    const wrong = await client.request('DELETE', '/v1/session', { withoutCsrf: true, headers: { 'X-CSRF-Token': 'forged' } });
    expect(wrong.status).toBe(403);
    expect((await client.request('GET', '/v1/session/me')).status).toBe(200);
    expect((await client.request('POST', '/v1/accounts/me/email-verification')).status).toBe(202);
  });

  it('logs out: the session ends and its cookies are cleared', async () => {
    const { client } = await signedInClient(baseUrl);
    const token = client.cookie('op_session') ?? '';
    expect((await client.request('DELETE', '/v1/session')).status).toBe(204);
    expect(client.cookie('op_session')).toBeUndefined();
    const replay = new CookieClient(baseUrl);
    replay.setCookie('op_session', token);
    expect((await replay.request('GET', '/v1/session/me')).body).toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const { email } = await signedInClient(baseUrl);
    const again = await fetch(`${baseUrl}/api/v1/accounts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: email.toUpperCase(), password: PASSWORD, displayName: 'Copy' }),
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'email_taken' });
  });

  it('answers an unknown field and a weak password with per-field messages in English', async () => {
    const client = new CookieClient(baseUrl, { 'Accept-Language': 'en' });
    const extra = await client.request('POST', '/v1/accounts', { body: { email: uniqueEmail('x'), password: PASSWORD, displayName: 'X', isAdmin: true } });
    expect(extra).toMatchObject({ status: 400, body: { code: 'validation_failed', errors: [{ field: 'isAdmin', code: 'whitelistValidation', message: 'This field is not accepted.' }] } });

    const email = uniqueEmail('weak');
    const weak = await client.request<{ errors: { code: string; message: string }[] }>('POST', '/v1/accounts', { body: { email, password: 'short', displayName: 'X' } });
    expect(weak).toMatchObject({ status: 400, body: { code: 'weak_password' } });
    expect(weak.body.errors.map((e) => e.code)).toEqual(['passwordTooShort', 'passwordOneClass']);
    expect(weak.body.errors[0]?.message).toBe('Use at least 12 characters.');
    const sameAsEmail = await client.request('POST', '/v1/accounts', { body: { email, password: email, displayName: 'X' } });
    expect(sameAsEmail.body).toMatchObject({ errors: [{ code: 'passwordIsEmail' }] });
  });

  it('locks a code after five wrong attempts, even against the right code, until a new one is sent', async () => {
    const { client, email } = await signedInClient(baseUrl);
    const code = await latestCode(baseUrl, email);
    const wrong = code === '000000' ? '111111' : '000000';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await client.request('POST', '/v1/accounts/me/email-verification/confirm', { body: { code: wrong } })).status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 429]);
    expect((await client.request('POST', '/v1/accounts/me/email-verification/confirm', { body: { code } })).body).toMatchObject({ code: 'code_locked' });

    expect((await client.request('POST', '/v1/accounts/me/email-verification')).status).toBe(202);
    const fresh = await latestCode(baseUrl, email);
    expect((await client.request<Me>('POST', '/v1/accounts/me/email-verification/confirm', { body: { code: fresh } })).body.verificationTier).toBe('email');
  });

  it('resets a password by emailed code, never revealing unknown addresses, and ends every old session', async () => {
    const { client, email } = await signedInClient(baseUrl);
    const anonymous = new CookieClient(baseUrl);
    const nobody = uniqueEmail('nobody');
    expect((await anonymous.request('POST', '/v1/password-reset', { body: { email: nobody } })).status).toBe(202);
    await expect(latestMessage(baseUrl, nobody)).rejects.toThrow('no message');

    expect((await anonymous.request('POST', '/v1/password-reset', { body: { email } })).status).toBe(202);
    expect((await latestMessage(baseUrl, email)).subject).toContain('重設密碼');
    const code = await latestCode(baseUrl, email);
    const newPassword = 'a brand new passphrase 2';
    expect((await anonymous.request('POST', '/v1/password-reset/confirm', { body: { email, code, newPassword } })).status).toBe(204);

    expect((await client.request('GET', '/v1/session/me')).status).toBe(401);
    expect((await anonymous.request('POST', '/v1/session', { body: { email, password: PASSWORD } })).status).toBe(401);
    expect((await anonymous.request('POST', '/v1/session', { body: { email, password: newPassword } })).status).toBe(200);
    expect((await anonymous.request('POST', '/v1/password-reset/confirm', { withoutCsrf: true, body: { email, code, newPassword } })).status).toBe(403);
  });

  it('lets the FIRST_ADMIN_EMAIL account replace roles, audited, and refuses citizens', async () => {
    const admin = await signedInClient(baseUrl, { email: adminEmail });
    const citizen = await signedInClient(baseUrl);
    expect((await admin.client.request<Me>('GET', '/v1/session/me')).body.roles).toEqual([{ kind: 'citizen' }, { kind: 'admin' }]);

    expect((await citizen.client.request('GET', '/v1/admin/users')).body).toMatchObject({ code: 'forbidden' });
    expect((await citizen.client.request('PUT', `/v1/admin/users/${citizen.id}/roles`, { body: { roles: [{ kind: 'admin' }] } })).status).toBe(403);
    expect((await new CookieClient(baseUrl).request('GET', '/v1/admin/users')).status).toBe(401);

    const bad = await admin.client.request('PUT', `/v1/admin/users/${citizen.id}/roles`, { body: { roles: [{ kind: 'task_force_member', side: 'civil' }] } });
    expect(bad).toMatchObject({ status: 400, body: { errors: [{ field: 'roles.0.role' }] } });

    const roles = [
      { kind: 'citizen' },
      { kind: 'moderator' },
      { kind: 'task_force_member', side: 'civil', role: 'co_convener' },
      { kind: 'agency_officer', agencyId: '7d1f3a52-3f0e-4a3b-9a51-0d6c2f1e9b11' },
    ];
    const replaced = await admin.client.request<Me>('PUT', `/v1/admin/users/${citizen.id}/roles`, { body: { roles, reason: 'joined the task force' } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.roles).toEqual(expect.arrayContaining(roles));
    expect((await citizen.client.request<Me>('GET', '/v1/session/me')).body.roles).toHaveLength(4);

    const audit = await app.get(DataSource).query<{ actor_id: string; action: string; before: { roles: unknown[] }; after: { roles: unknown[] } }[]>(
      'SELECT actor_id, action, before, after FROM audit_log WHERE subject_type = $1 AND subject_id = $2',
      ['user', citizen.id],
    );
    expect(audit).toEqual([{ actor_id: admin.id, action: 'user.roles.replace', before: { roles: [{ kind: 'citizen' }] }, after: { roles: expect.any(Array) as unknown[] } }]);
    expect(audit[0]?.after.roles).toHaveLength(4);

    const page = await admin.client.request<{ items: Me[]; total: number; pageSize: number }>('GET', '/v1/admin/users?page=1&pageSize=1');
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(2);
    expect((await admin.client.request('GET', '/v1/admin/users?pageSize=500')).status).toBe(400);
    expect((await admin.client.request('PUT', `/v1/admin/users/${admin.id}/roles`, { body: { roles: [{ kind: 'citizen' }] } })).status).toBe(409);
  });

  it('documents the new routes in OpenAPI', async () => {
    const document = (await (await fetch(`${baseUrl}/api/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/accounts', '/api/v1/session', '/api/v1/session/me', '/api/v1/password-reset/confirm', '/api/v1/admin/users/{id}/roles']),
    );
  });
});

describe('accounts API in production mode', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let redis: { url: string; stop: () => Promise<void> };

  beforeAll(async () => {
    // Production refuses a Redis without AOF and noeviction, so it gets one of its own.
    redis = await startDurableRedis();
    ({ app, baseUrl } = await startTestApi(testConfig({ NODE_ENV: 'production', REDIS_URL: redis.url })));
  });
  afterAll(async () => {
    await app.close();
    await redis.stop();
  });

  it('has no development outbox route', async () => {
    const response = await fetch(`${baseUrl}/api/v1/dev/outbox`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'route_not_found' });
  });

  it('still registers, marks cookies Secure, and reports that no verification email could be sent', async () => {
    const email = uniqueEmail('prod');
    const client = new CookieClient(baseUrl);
    expect((await client.request('POST', '/v1/accounts', { body: { email, password: PASSWORD, displayName: 'P' } })).body).toMatchObject({ verificationEmailSent: false });
    const login = await client.request('POST', '/v1/session', { body: { email, password: PASSWORD } });
    expect(login.setCookies.find((c) => c.startsWith('op_session='))).toMatch(/Secure/);
    expect((await client.request('POST', '/v1/accounts/me/email-verification')).body).toMatchObject({ code: 'message_transport_unavailable' });
  });
});
