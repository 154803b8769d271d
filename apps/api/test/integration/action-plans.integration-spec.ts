import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { startTestApi } from '../utils/test-app';

describe('action plans API', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    await seedReferenceData(app.get(DataSource));
  });
  afterAll(() => app.close());

  it('seeds the first plan idempotently: a second run changes nothing', async () => {
    const dataSource = app.get(DataSource);
    await seedReferenceData(dataSource);
    const [counts] = await dataSource.query<{ plans: string; areas: string }[]>(
      'SELECT (SELECT count(*) FROM action_plans) AS plans, (SELECT count(*) FROM areas) AS areas',
    );
    expect(counts).toEqual({ plans: '1', areas: '5' });
  });

  it('lists the first national action plan with its five areas in order', async () => {
    const response = await fetch(`${baseUrl}/api/v1/action-plans`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as { items: { code: string; periodStart: string; periodEnd: string; phase: string; areas: { title: { 'zh-TW': string } }[] }[] };
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ code: 'nap-1', periodStart: '2021-01', periodEnd: '2024-05', phase: 'ended' });
    expect(body.items[0]?.areas.map((a) => a.title['zh-TW'])).toEqual([
      '推動資料開放與資訊公開',
      '擴大公共參與機制',
      '增加性別及族群包容性對話',
      '落實清廉施政',
      '執行洗錢防制',
    ]);
  });

  it('answers an unknown plan with 404 in the reader’s language, not cacheable', async () => {
    const zh = await fetch(`${baseUrl}/api/v1/action-plans/nap-99`);
    const en = await fetch(`${baseUrl}/api/v1/action-plans/nap-99`, { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    expect(zh.status).toBe(404);
    expect(zh.headers.get('cache-control')).toBe('no-store');
    expect(await zh.json()).toMatchObject({ statusCode: 404, code: 'not_found', message: '找不到您要的資源。' });
    expect(await en.json()).toMatchObject({ code: 'not_found', message: 'What you asked for does not exist.' });
  });

  it('keeps a well-formed request id given by a proxy', async () => {
    const response = await fetch(`${baseUrl}/api/v1/action-plans/nap-99`, { headers: { 'X-Request-Id': 'edge-42' } });
    expect(response.headers.get('x-request-id')).toBe('edge-42');
    expect(await response.json()).toMatchObject({ requestId: 'edge-42' });
  });

  it.each([
    ['malformed JSON', '{"title":', 400, 'malformed_body'],
    ['a body over 100 kB', JSON.stringify({ text: 'x'.repeat(150_000) }), 413, 'payload_too_large'],
  ])('answers %s with %i %s, never 500', async (_what, body, status, code) => {
    const response = await fetch(`${baseUrl}/api/v1/action-plans`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ statusCode: status, code, requestId: expect.any(String) as string });
  });

  it('points to the docs for an unknown API path', async () => {
    const response = await fetch(`${baseUrl}/api/v2/nothing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'route_not_found' });
  });

  it.each([
    ['a malformed percent-encoding', '/api/v1/proposals/%zz'],
    ['a path parameter past the router\'s length limit', `/api/v1/proposals/${'a'.repeat(300)}`],
  ])('answers %s, refused before routing, in the API\'s error format', async (_what, path) => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { 'Accept-Language': 'en' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ statusCode: 400, code: 'bad_request', message: expect.any(String) as string, requestId: expect.any(String) as string });
  });

  it('publishes its OpenAPI document', async () => {
    const response = await fetch(`${baseUrl}/api/docs-json`);
    const document = (await response.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/v1/action-plans', '/api/v1/action-plans/{code}']));
    expect((await fetch(`${baseUrl}/api/docs`)).status).toBe(200);
  });
});
