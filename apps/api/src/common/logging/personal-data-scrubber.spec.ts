import { REDACTED, scrubPersonalData, scrubText } from './personal-data-scrubber';

describe('personal data scrubber', () => {
  it('masks emails, E.164 and local mobile numbers and argon2 hashes inside text', () => {
    const text = 'mail to Wang.Xiao-Ming+op@mail.example.com.tw failed; sms +886912345678 and 0912-345-678; hash $argon2id$v=19$m=65536,t=3,p=4$abc$def';
    const scrubbed = scrubText(text);
    expect(scrubbed).not.toMatch(/example\.com|912345678|345-678|argon2id\$v/);
    expect(scrubbed.split(REDACTED)).toHaveLength(5);
  });

  it('masks URL-encoded addresses and numbers in a query string', () => {
    expect(scrubText('/api/v1/x?email=someone%40example.org&phone=%2B886912345678')).toBe(`/api/v1/x?email=${REDACTED}&phone=${REDACTED}`);
  });

  it('leaves ids, times and counts alone', () => {
    const text = 'proposal 0b6f6a9e-2f1c-4c1e-9d55-1f2a3b4c5d6e flushed 1795911900000 at 2026-11-29T07:22:37.000Z (42 co-signs)';
    expect(scrubText(text)).toBe(text);
  });

  it('drops sensitive keys and walks nested objects, arrays and errors', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "UQ_users_email"'), {
      detail: 'Key (email)=(someone@example.org) already exists.',
      parameters: ['someone@example.org', '$argon2id$v=19$x'],
    });
    const scrubbed = scrubPersonalData({ err: error, user: { email: 'a@b.tw', displayName: '王小明', id: 'u1' }, list: ['call +886912345678'] });
    const json = JSON.stringify(scrubbed);
    expect(json).not.toMatch(/example\.org|a@b\.tw|王小明|912345678|argon2/);
    expect(json).toContain('u1');
    expect(json).toContain('UQ_users_email');
  });

  it('does not loop on cycles', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(() => JSON.stringify(scrubPersonalData(a))).not.toThrow();
  });
});
