import { request as httpRequest, type ClientRequest } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startTestApi, testConfig } from '../utils/test-app';

/** A POST whose body never finishes: it holds its place among the requests in flight until destroyed. */
const heldOpen = (baseUrl: string): Promise<ClientRequest> =>
  new Promise((resolve) => {
    const url = new URL('/api/v1/auth/login', baseUrl);
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '100' } });
    req.on('error', () => undefined);
    req.write('{"email":', () => setTimeout(() => resolve(req), 50));
  });

describe('requests in flight (MAX_REQUESTS_IN_FLIGHT)', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi(testConfig({ MAX_REQUESTS_IN_FLIGHT: '2' })));
  });
  afterAll(() => app.close());

  it('refuses a request past the limit with 503 server_busy and Retry-After, still answers health checks, and takes requests again once places free up', async () => {
    const held = [await heldOpen(baseUrl), await heldOpen(baseUrl)];

    const refused = await fetch(`${baseUrl}/api/v1/proposals`, { headers: { 'Accept-Language': 'en' } });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { code: string; message: string };
    expect(body.code).toBe('server_busy');
    expect(body.message).toContain('nothing was changed');
    const inChinese = await fetch(`${baseUrl}/api/v1/proposals`, { headers: { 'Accept-Language': 'zh-TW' } });
    expect(((await inChinese.json()) as { message: string }).message).toContain('未做任何變更');
    expect((await fetch(`${baseUrl}/api/health/live`)).status).toBe(200);

    for (const req of held) req.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`${baseUrl}/api/v1/proposals`)).status).toBe(200);
  });
});
