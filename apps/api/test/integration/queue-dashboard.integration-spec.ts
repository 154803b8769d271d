import { QUEUE_NAMES } from '../../src/common/queue/job-catalog';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CookieClient } from '../utils/cookie-client';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';

describe('the admin-only queue dashboard (Bull Board)', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let admin: TestPerson;
  let moderator: TestPerson;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    admin = await signedInPerson(app, baseUrl, { roles: [{ kind: 'admin' }] });
    moderator = await signedInPerson(app, baseUrl, { roles: [{ kind: 'moderator' }] });
  });
  afterAll(() => app.close());

  it('asks a visitor to sign in, and refuses a moderator', async () => {
    const visitor = await new CookieClient(baseUrl).request<{ code: string }>('GET', '/admin/queues');
    expect([visitor.status, visitor.body.code]).toEqual([401, 'unauthenticated']);
    const refused = await moderator.client.request<{ code: string }>('GET', '/admin/queues/api/queues');
    expect([refused.status, refused.body.code]).toEqual([403, 'forbidden']);
  });

  it('shows an admin the page and every queue of the job catalogue', async () => {
    const page = await admin.client.request<string>('GET', '/admin/queues', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('/api/admin/queues');
    const queues = await admin.client.request<{ queues: { name: string }[] }>('GET', '/admin/queues/api/queues');
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((q) => q.name).sort()).toEqual([...QUEUE_NAMES].sort());
  });

  it('refuses an admin action that does not come from this origin', async () => {
    const forged = await admin.client.request<{ code: string }>('PUT', '/admin/queues/api/queues/maintenance/pause', {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect([forged.status, forged.body.code]).toEqual([403, 'csrf_failed']);
  });
});
