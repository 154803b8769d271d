import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { REQUEST_TIMEOUT_MS } from '../../src/bootstrap/create-api-adapter';
import { startTestApi } from '../utils/test-app';

describe('security headers (helmet)', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
  });
  afterAll(() => app.close());

  it('sends a strict content security policy and the usual hardening headers with every API answer', async () => {
    const response = await fetch(`${baseUrl}/api/v1/action-plans`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('sends them with errors too', async () => {
    const response = await fetch(`${baseUrl}/api/v1/no-such-route`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('lets the API docs run their own inline scripts, keeping the other headers', async () => {
    const response = await fetch(`${baseUrl}/api/docs/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("bounds how long a client may take to send a request, which Fastify leaves unbounded", () => {
    expect(REQUEST_TIMEOUT_MS).toBeGreaterThan(0);
    expect(app.getHttpServer().requestTimeout).toBe(REQUEST_TIMEOUT_MS);
  });
});
