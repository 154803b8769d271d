import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { startTestApi, testConfig } from '../utils/test-app';

const TOKEN = 'metrics-token-for-the-test-0123';

/** The value of the first sample of `name` whose labels contain every `labels` pair, or undefined. */
const sample = (text: string, name: string, labels: Record<string, string> = {}): number | undefined => {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
};

describe('Prometheus metrics at /metrics', () => {
  describe('without METRICS_TOKEN', () => {
    let app: NestFastifyApplication;
    let baseUrl: string;
    beforeAll(async () => {
      ({ app, baseUrl } = await startTestApi(testConfig()));
    });
    afterAll(() => app.close());

    it('answers the Prometheus text format with Node’s own metrics, outside /api, never cached', async () => {
      const response = await fetch(`${baseUrl}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const text = await response.text();
      expect(sample(text, 'nodejs_eventloop_lag_p99_seconds')).toEqual(expect.any(Number));
      expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
      expect((await fetch(`${baseUrl}/api/metrics`)).status).toBe(404);
    });

    it('times requests by route pattern and status class, so ids and made-up paths add no series', async () => {
      const id = randomUUID();
      for (let i = 0; i < 3; i += 1) expect((await fetch(`${baseUrl}/api/v1/proposals/${id}`)).status).toBe(404);
      expect((await fetch(`${baseUrl}/api/v1/proposals`)).status).toBe(200);
      await fetch(`${baseUrl}/api/no-such-path-${id}`);
      const text = await (await fetch(`${baseUrl}/metrics`)).text();
      expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: '/api/v1/proposals/:id', status_class: '4xx' })).toBe(3);
      expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: '/api/v1/proposals', status_class: '2xx' })).toBe(1);
      // An unknown path matches no route: one series however many paths are tried.
      expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status_class: '4xx' })).toBeGreaterThanOrEqual(1);
      expect(text).not.toContain(id);
    });

    it('says which dependencies answer, as /api/health does', async () => {
      const text = await (await fetch(`${baseUrl}/metrics`)).text();
      expect(sample(text, 'op_dependency_up', { dependency: 'database' })).toBe(1);
      expect(sample(text, 'op_dependency_up', { dependency: 'redis' })).toBe(1);
    });
  });

  describe('with METRICS_TOKEN', () => {
    let app: NestFastifyApplication;
    let baseUrl: string;
    beforeAll(async () => {
      ({ app, baseUrl } = await startTestApi(testConfig({ METRICS_TOKEN: TOKEN })));
    });
    afterAll(() => app.close());

    it('answers only the bearer of the token, and says what to send', async () => {
      const refused = await fetch(`${baseUrl}/metrics`, { headers: { 'Accept-Language': 'en' } });
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { code: string; message: string }).message).toContain('METRICS_TOKEN');
      expect((await fetch(`${baseUrl}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
      const allowed = await fetch(`${baseUrl}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(allowed.status).toBe(200);
      expect(sample(await allowed.text(), 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    });
  });
});
