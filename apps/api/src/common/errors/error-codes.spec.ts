import { ERROR_CATALOG, codeForStatus } from './error-codes';

describe('the error catalog', () => {
  it.each(Object.entries(ERROR_CATALOG))('%s has a message in both languages and an error status', (_code, entry) => {
    expect(entry['zh-TW'].trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
    expect(entry['zh-TW']).not.toBe(entry.en);
    expect(entry.status).toBeGreaterThanOrEqual(400);
  });

  it.each([
    [400, 'bad_request'],
    [401, 'unauthenticated'],
    [404, 'not_found'],
    [409, 'conflict'],
    [503, 'service_unavailable'],
  ] as const)('maps a bare %i to %s, which answers with the same status', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
    expect(ERROR_CATALOG[code].status).toBe(status);
  });

  it.each([
    [418, 'bad_request'],
    [502, 'internal'],
  ] as const)('maps an unlisted %i to the nearest general code, %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });
});
