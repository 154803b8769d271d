import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startTestApi } from '../utils/test-app';

/**
 * A revalidation as a browser cache or nginx sends it. fetch() itself would add Cache-Control:
 * no-cache to a request carrying If-None-Match (the Fetch standard), and no-cache rightly asks for the full answer.
 */
const revalidate = (url: string, tag: string): Promise<Response> => fetch(url, { headers: { 'If-None-Match': tag, 'Cache-Control': 'max-age=0' } });

describe('ETags on public reads (revalidation by browsers, nginx and CDNs)', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
  });
  afterAll(() => app.close());

  it('tags a successful read with a weak ETag and answers 304, without a body, while it still matches', async () => {
    const first = await fetch(`${baseUrl}/api/v1/action-plans`);
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"[^"]+"$/);
    await first.text();

    const again = await revalidate(`${baseUrl}/api/v1/action-plans`, tag ?? '');
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const stale = await revalidate(`${baseUrl}/api/v1/action-plans`, 'W/"something-else"');
    expect(stale.status).toBe(200);
    const body = (await stale.json()) as { items: unknown[] };
    expect(Array.isArray(body.items)).toBe(true);
  });

  it('gives the full answer to a reader who asks for no cached copy (Cache-Control: no-cache)', async () => {
    const first = await fetch(`${baseUrl}/api/v1/action-plans`);
    await first.text();
    const fresh = await fetch(`${baseUrl}/api/v1/action-plans`, { headers: { 'If-None-Match': first.headers.get('etag') ?? '', 'Cache-Control': 'no-cache' } });
    expect(fresh.status).toBe(200);
  });

  it('tags neither errors nor writes', async () => {
    const missing = await fetch(`${baseUrl}/api/v1/no-such-route`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();

    const write = await fetch(`${baseUrl}/api/v1/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'nobody@example.org', password: 'not the password' }) });
    expect(write.status).toBe(401);
    expect(write.headers.get('etag')).toBeNull();
  });

  it('leaves an answer that sets its own ETag as it is (statistics)', async () => {
    const stats = await fetch(`${baseUrl}/api/v1/stats`);
    expect(stats.status).toBe(200);
    const tag = stats.headers.get('etag') ?? '';
    // Its own tag names the figures (27 characters); a tag of the body would start with the body's length.
    expect(tag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    await stats.text();
    const again = await revalidate(`${baseUrl}/api/v1/stats`, tag);
    expect(again.status).toBe(304);
  });
});
