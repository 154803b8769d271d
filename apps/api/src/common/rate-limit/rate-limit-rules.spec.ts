import { DEFAULT_RATE_LIMITS, RATE_LIMITED_ACTIONS, parseRateLimitPolicy, scalePolicy } from './rate-limit-rules';

describe('rate limit rules', () => {
  it('reads dimensions with a burst and a sustained rule each', () => {
    expect(parseRateLimitPolicy('login', 'ip=30/1m+300/1h, ip_account=5/1m+20/1h')).toEqual({
      ip: [{ limit: 30, periodMs: 60_000 }, { limit: 300, periodMs: 3_600_000 }],
      ip_account: [{ limit: 5, periodMs: 60_000 }, { limit: 20, periodMs: 3_600_000 }],
    });
    expect(parseRateLimitPolicy('cosign', 'account=3/10s')).toEqual({ account: [{ limit: 3, periodMs: 10_000 }] });
    expect(parseRateLimitPolicy('comment', 'none')).toEqual({});
  });

  it.each(RATE_LIMITED_ACTIONS)('has valid defaults for %s', (action) => {
    expect(Array.isArray(parseRateLimitPolicy(action, DEFAULT_RATE_LIMITS[action]))).toBe(false);
  });

  it.each([
    ['login', 'account=5/1m', '"account" is not a dimension of login'],
    ['cosign', 'domain=5/1m', '"domain" is not a dimension of cosign'],
    ['cosign', 'ip=5 per minute', 'is not a rule like 10/1m'],
    ['cosign', 'ip=0/1m', 'is not a rule like 10/1m'],
    ['cosign', 'ip=5/8d', 'longer than 7 days'],
    ['cosign', 'ip=5/1m,ip=6/1h', '"ip" is given twice'],
    ['cosign', 'ip', 'must look like ip=10/1m+100/1h'],
  ] as const)('refuses %s limits %s', (action, text, problem) => {
    const parsed = parseRateLimitPolicy(action, text);
    expect(Array.isArray(parsed) ? parsed.join('\n') : 'accepted').toContain(problem);
  });

  it('never limits login by account alone, so failures from elsewhere cannot lock anyone out', () => {
    expect(Object.keys(parseRateLimitPolicy('login', DEFAULT_RATE_LIMITS.login))).toEqual(['ip', 'ip_account']);
  });

  it('scales every limit, leaving periods alone', () => {
    expect(scalePolicy({ ip: [{ limit: 3, periodMs: 1000 }] }, 1000)).toEqual({ ip: [{ limit: 3000, periodMs: 1000 }] });
  });
});
