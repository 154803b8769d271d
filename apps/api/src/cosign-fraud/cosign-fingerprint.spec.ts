import { ipFingerprint } from './cosign-fingerprint';

const KEY = 'a test key that is long enough!!';

describe('ipFingerprint', () => {
  it('hashes the IPv4 /24: neighbours share it, the next /24 does not, and only a /16 mask is shown', () => {
    const a = ipFingerprint('203.0.113.9', KEY);
    expect(a?.prefixHash).toMatch(/^[0-9a-f]{32}$/);
    expect(a?.masked).toBe('203.0.*.*');
    expect(ipFingerprint('203.0.113.250', KEY)?.prefixHash).toBe(a?.prefixHash);
    expect(ipFingerprint('203.0.114.9', KEY)?.prefixHash).not.toBe(a?.prefixHash);
    expect(ipFingerprint('::ffff:203.0.113.77', KEY)).toEqual(a);
  });

  it('hashes the IPv6 /48 whatever the spelling, and shows a /32 mask', () => {
    const a = ipFingerprint('2001:db8:abcd:12::1', KEY);
    expect(a?.masked).toBe('2001:db8:*');
    expect(ipFingerprint('2001:0db8:abcd:ffff:1:2:3:4', KEY)?.prefixHash).toBe(a?.prefixHash);
    expect(ipFingerprint('2001:db8:abce::1', KEY)?.prefixHash).not.toBe(a?.prefixHash);
    expect(ipFingerprint('::1', KEY)?.masked).toBe('0:0:*');
  });

  it('depends on the key, so a leaked table cannot be matched without it', () => {
    expect(ipFingerprint('203.0.113.9', KEY)?.prefixHash).not.toBe(ipFingerprint('203.0.113.9', `${KEY}x`)?.prefixHash);
  });

  it.each([[undefined], [''], ['not an ip']])('%j has none', (address) => {
    expect(ipFingerprint(address, KEY)).toBeNull();
  });
});
