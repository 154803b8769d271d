import { emailDomainOf, limitedAddress } from './client-address';
import { parseTrustProxy } from './trust-proxy';
import { retryMessage } from './rate-limited.exception';

describe('the address a client is limited by', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('%s → %s', (raw, expected) => {
    expect(limitedAddress(raw)).toBe(expected);
  });

  it('reads an email domain in lower case', () => {
    expect(emailDomainOf('Someone@Mail.Example.TW')).toBe('mail.example.tw');
    expect(emailDomainOf('no-at-sign')).toBeNull();
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    ['false', false],
    ['2', 2],
    ['loopback', ['loopback']],
    ['uniquelocal, 203.0.113.0/24, 2001:db8::/32', ['uniquelocal', '203.0.113.0/24', '2001:db8::/32']],
  ] as const)('reads %s', (text, expected) => {
    expect(parseTrustProxy(text)).toEqual(expected);
  });

  it.each(['true', '0', '11', 'everyone', '203.0.113.0/33', ''])('refuses %s (never trusting any X-Forwarded-For blindly)', (text) => {
    expect(typeof parseTrustProxy(text)).toBe('string');
  });
});

describe('the bilingual retry message', () => {
  it.each([
    [1, '請在 1 秒後再試', 'try again in 1 second.'],
    [90, '請在 90 秒後再試', 'try again in 90 seconds.'],
    [150, '請在 3 分鐘後再試', 'try again in 3 minutes.'],
    [7200, '請在 2 小時後再試', 'try again in 2 hours.'],
    [3 * 86_400, '請在 3 天後再試', 'try again in 3 days.'],
  ])('%i s', (seconds, zh, en) => {
    const message = retryMessage(seconds);
    expect(message['zh-TW']).toContain(zh);
    expect(message.en).toContain(en);
  });
});
