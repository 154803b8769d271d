import { randomUUID } from 'node:crypto';
import { RedisConnections } from '../../src/common/queue/redis-connections';
import { RateLimitedException } from '../../src/common/rate-limit/rate-limited.exception';
import { RateLimiter } from '../../src/common/rate-limit/rate-limiter';
import { testConfig } from '../utils/test-app';
import { TEST_RUN_ENV } from '../utils/test-environment';

/** The limiter alone against the real Redis: atomic under concurrency, nothing counted on refusal, nothing in clear. */
describe('RateLimiter (GCRA in one Lua script)', () => {
  const config = testConfig({
    // A prefix of its own under the run's (the teardown still deletes it), so the key listing below sees only this file's keys.
    REDIS_PREFIX: `${process.env[TEST_RUN_ENV.redisPrefix] ?? 'missing'}:limiter`,
    RATE_LIMIT_MULTIPLIER: '1',
    RATE_LIMIT_COSIGN: 'ip=2/1h,account=5/1h',
    RATE_LIMIT_SEND_CODE: 'target=1/1h,domain=1/1h',
    RATE_LIMIT_EXEMPT_DOMAINS: 'big-provider.example',
  });
  const redis = new RedisConnections(config);
  const limiter = new RateLimiter(config, redis);
  afterAll(() => redis.onApplicationShutdown());

  const outcome = (attempt: Promise<void>): Promise<'ok' | 'limited'> =>
    attempt.then(
      () => 'ok' as const,
      (error: unknown) => {
        if (error instanceof RateLimitedException) return 'limited' as const;
        throw error;
      },
    );

  it('admits exactly the limit out of 40 simultaneous requests', async () => {
    const account = randomUUID();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => outcome(limiter.enforce('cosign', { account, ip: `10.0.${i}.1` }))));
    expect(results.filter((r) => r === 'ok')).toHaveLength(5);
  });

  it('counts a refused request in no bucket at all', async () => {
    const account = randomUUID();
    const address = (): string => `address-${randomUUID()}`;
    const spent = address();
    expect(await outcome(limiter.enforce('cosign', { account, ip: spent }))).toBe('ok');
    expect(await outcome(limiter.enforce('cosign', { account, ip: spent }))).toBe('ok');
    // The address is spent; these refusals must not use up the account's remaining three.
    for (let i = 0; i < 5; i += 1) expect(await outcome(limiter.enforce('cosign', { account, ip: spent }))).toBe('limited');
    const later: string[] = [];
    for (let i = 0; i < 4; i += 1) later.push(await outcome(limiter.enforce('cosign', { account, ip: address() })));
    expect(later).toEqual(['ok', 'ok', 'ok', 'limited']);
  });

  it('tells how long to wait: one refill interval of the tightest rule', async () => {
    const ip = randomUUID();
    await limiter.enforce('cosign', { ip });
    await limiter.enforce('cosign', { ip });
    const refused = await limiter.enforce('cosign', { ip }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedException);
    // 2 per hour refill one every 30 minutes.
    expect((refused as RateLimitedException).retryAfterSeconds).toBeGreaterThan(29 * 60);
    expect((refused as RateLimitedException).retryAfterSeconds).toBeLessThanOrEqual(30 * 60);
  });

  it('keeps hashed keys under the API prefix that expire, and exempts the listed email domains', async () => {
    const email = `someone-${randomUUID()}@big-provider.example`;
    await limiter.enforce('send_code', { target: email, domain: 'big-provider.example' });
    await limiter.enforce('send_code', { target: `other-${randomUUID()}@big-provider.example`, domain: 'big-provider.example' });
    const keys = await redis.commands.keys(`${config.REDIS_PREFIX}:rl:send_code:*`);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(keys.some((key) => key.includes('@') || key.includes('domain'))).toBe(false);
    for (const key of keys) expect(await redis.commands.pttl(key)).toBeGreaterThan(0);

    const domain = `small-${randomUUID().slice(0, 8)}.example`;
    await limiter.enforce('send_code', { target: `a@${domain}`, domain });
    expect(await outcome(limiter.enforce('send_code', { target: `b@${domain}`, domain }))).toBe('limited');
  });

  it('fails open, without throwing, when Redis does not answer', async () => {
    const unreachable = testConfig({ REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_MULTIPLIER: '1' });
    const connections = new RedisConnections(unreachable);
    try {
      await expect(new RateLimiter(unreachable, connections).enforce('cosign', { ip: '10.9.9.9' })).resolves.toBeUndefined();
    } finally {
      connections.commands.disconnect();
    }
  });
});
