import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';

interface Account { id: string; email: string; displayName: string }
interface AccountPage { items: Account[]; total: number }

describe('admin: finding accounts by email or name', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let admin: TestPerson;
  let byEmail: TestPerson;
  let byName: TestPerson;
  const tag = randomUUID().slice(0, 8);

  const search = async (q: string): Promise<AccountPage> => {
    const response = await admin.client.request<AccountPage>('GET', `/v1/admin/users?pageSize=100&q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return response.body;
  };

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    admin = await signedInPerson(app, baseUrl, { roles: [{ kind: 'citizen' }, { kind: 'admin' }] });
    byEmail = await signedInPerson(app, baseUrl);
    byName = await signedInPerson(app, baseUrl);
    const db = app.get(DataSource);
    await db.query('UPDATE users SET email = $2 WHERE id = $1', [byEmail.id, `Found-${tag}@Example.tw`]);
    await db.query('UPDATE users SET display_name = $2 WHERE id = $1', [byName.id, `林${tag}小姐`]);
  });
  afterAll(() => app.close());

  it('matches part of the email or the display name, any case, and counts only the matches', async () => {
    const found = await search(tag.toUpperCase());
    expect(found.items.map((a) => a.id).sort()).toEqual([byEmail.id, byName.id].sort());
    expect(found.total).toBe(2);
    expect((await search(`林${tag}`)).items.map((a) => a.id)).toEqual([byName.id]);
    expect((await search(`found-${tag}@example`)).items.map((a) => a.id)).toEqual([byEmail.id]);
  });

  it('takes % and _ literally, and an empty search lists everyone', async () => {
    expect(await search(`${tag}%`)).toEqual({ items: [], total: 0, page: 1, pageSize: 100 });
    expect((await search('_')).items.every((a) => a.email.includes('_') || a.displayName.includes('_'))).toBe(true);
    const everyone = await admin.client.request<AccountPage>('GET', '/v1/admin/users?pageSize=1&q=');
    // At least the three accounts this file made; other files' accounts share the database, in no set order.
    expect(everyone.body.total).toBeGreaterThanOrEqual(3);
    expect(everyone.body.total).toBeGreaterThan((await search(tag)).total);
  });

  it('refuses a search longer than 100 characters, and non-admins', async () => {
    const long = await admin.client.request<{ code: string; errors: { field: string }[] }>('GET', `/v1/admin/users?q=${'a'.repeat(101)}`);
    expect([long.status, long.body.code, long.body.errors.map((e) => e.field)]).toEqual([400, 'validation_failed', ['q']]);
    expect((await byEmail.client.request('GET', `/v1/admin/users?q=${tag}`)).status).toBe(403);
  });
});
