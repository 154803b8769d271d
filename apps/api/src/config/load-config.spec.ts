import { ConfigError, parseConfig } from './load-config';

const valid = { DATABASE_URL: 'postgres://u:secret@db:5432/op', REDIS_URL: 'redis://cache:6379' };

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the configuration to be refused');
};

describe('parseConfig', () => {
  it('fills defaults around the two required URLs', () => {
    const config = parseConfig(valid);
    expect(config).toMatchObject({ NODE_ENV: 'development', PORT: 3000, REDIS_PREFIX: 'op', LOG_LEVEL: 'info' });
    expect(config.isProduction).toBe(false);
  });

  it('turns the rate limits on by default, trusting only a proxy on loopback', () => {
    const config = parseConfig(valid);
    expect(config).toMatchObject({ RATE_LIMIT_MULTIPLIER: 1, RATE_LIMIT_LOGIN: 'ip=30/1m+300/1h,ip_account=5/1m+20/1h', TRUST_PROXY: 'loopback' });
    expect(config.trustProxy).toEqual(['loopback']);
    expect(config.exemptEmailDomains).toContain('gmail.com');
    expect(parseConfig({ ...valid, RATE_LIMIT_EXEMPT_DOMAINS: 'none', TRUST_PROXY: '1' })).toMatchObject({ exemptEmailDomains: [], trustProxy: 1 });
  });

  it('keeps co-signs’ IP-prefix signals 90 days unless told otherwise, and never less than the longest trend window (7 days)', () => {
    expect(parseConfig(valid).RETENTION_COSIGN_SIGNALS_DAYS).toBe(90);
    expect(parseConfig({ ...valid, RETENTION_COSIGN_SIGNALS_DAYS: '30' }).RETENTION_COSIGN_SIGNALS_DAYS).toBe(30);
    expect(problemsOf({ ...valid, RETENTION_COSIGN_SIGNALS_DAYS: '6' }).join('\n')).toContain('RETENTION_COSIGN_SIGNALS_DAYS=6 is invalid');
    expect(problemsOf({ ...valid, RETENTION_COSIGN_SIGNALS_DAYS: 'forever' }).join('\n')).toContain('RETENTION_COSIGN_SIGNALS_DAYS="forever" is invalid');
  });

  it('reads numbers and treats empty strings as unset', () => {
    expect(parseConfig({ ...valid, PORT: '8080', LOG_LEVEL: '' })).toMatchObject({ PORT: 8080, LOG_LEVEL: 'info' });
  });

  it.each([
    [{ REDIS_URL: valid.REDIS_URL }, 'DATABASE_URL is required'],
    [{ DATABASE_URL: valid.DATABASE_URL }, 'REDIS_URL is required'],
    [{ ...valid, DATABASE_URL: 'mysql://db/op' }, 'DATABASE_URL=(hidden) is invalid'],
    [{ ...valid, PORT: 'eighty' }, 'PORT="eighty" is invalid'],
    [{ ...valid, PORT: '70000' }, 'PORT=70000 is invalid'],
    [{ ...valid, NODE_ENV: 'staging' }, 'NODE_ENV="staging" is invalid'],
    [{ ...valid, REDIS_PREFIX: 'has space' }, 'REDIS_PREFIX="has space" is invalid'],
    [{ ...valid, FIRST_ADMIN_EMAIL: 'not-an-email' }, 'FIRST_ADMIN_EMAIL="not-an-email" is invalid'],
    [{ ...valid, RATE_LIMIT_LOGIN: 'account=5/1m' }, 'RATE_LIMIT_LOGIN="account=5/1m" is invalid: "account" is not a dimension of login'],
    [{ ...valid, RATE_LIMIT_MULTIPLIER: '0' }, 'RATE_LIMIT_MULTIPLIER=0 is invalid'],
    [{ ...valid, TRUST_PROXY: 'true' }, 'TRUST_PROXY="true" is invalid'],
    [{ ...valid, RATE_LIMIT_EXEMPT_DOMAINS: 'gmail.com,not a domain' }, 'RATE_LIMIT_EXEMPT_DOMAINS="gmail.com,not a domain" is invalid'],
  ])('names the variable to fix (%j)', (env, expected) => {
    expect(problemsOf(env).join('\n')).toContain(expected);
  });

  it('never prints a URL, which may hold a password', () => {
    const message = problemsOf({ ...valid, PORT: 'x', DATABASE_URL: 'mysql://u:hunter2@db/op' }).join('\n');
    expect(message).not.toContain('hunter2');
  });
});
