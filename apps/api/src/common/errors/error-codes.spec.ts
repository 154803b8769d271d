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

  it('never promises on a 503 that nothing was saved (a commit can land just before the connection drops): it says to check first', () => {
    const { en, 'zh-TW': zh } = ERROR_CATALOG.service_unavailable;
    expect(en).not.toMatch(/nothing was saved/i);
    expect(en).toMatch(/may not have been saved/i);
    expect(en).toMatch(/check/i);
    expect(zh).not.toContain('未被儲存');
    expect(zh).toContain('可能未完成');
    expect(zh).toContain('確認');
  });

  it.each([
    [418, 'bad_request'],
    [502, 'internal'],
  ] as const)('maps an unlisted %i to the nearest general code, %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });
});
