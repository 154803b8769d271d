import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RedisConnections } from '../../src/common/queue/redis-connections';
import { RateLimitedException } from '../../src/common/rate-limit/rate-limited.exception';
import { RateLimiter } from '../../src/common/rate-limit/rate-limiter';
import { startTestApi, testConfig } from '../utils/test-app';

/**
 * The rate limiter checks the requests that arrive together in one Redis pipeline (issue #7):
 * each still gets its own verdict, and a Redis that lost its scripts (a restart) loads the
 * script again instead of failing the checks open.
 */
describe('rate limit checks in batches', () => {
  let app: NestFastifyApplication;
  let limits: RateLimiter;

  /** Every check of one turn of the event loop: one batch. */
  const verdicts = (accounts: readonly string[]): Promise<PromiseSettledResult<void>[]> =>
    Promise.allSettled(accounts.map((account) => limits.enforce('cosign', { account })));

  beforeAll(async () => {
    ({ app } = await startTestApi(testConfig({ RATE_LIMIT_MULTIPLIER: '1', RATE_LIMIT_COSIGN: 'account=2/1h' })));
    limits = app.get(RateLimiter);
  });
  afterAll(() => app.close());

  it('gives each check of a batch its own verdict: the third co-sign of one account is refused, another account is not', async () => {
    const [busy, quiet] = [randomUUID(), randomUUID()];
    const answers = await verdicts([busy, busy, quiet, busy]);
    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect((answers[3] as PromiseRejectedResult).reason).toBeInstanceOf(RateLimitedException);
  });

  it('loads the script again when Redis lost it, and still counts every check of the batch', async () => {
    await app.get(RedisConnections).commands.script('FLUSH');
    const account = randomUUID();
    const answers = await verdicts([account, account, account]);
    // Failing open would admit all three: the third is refused only if the checks really ran.
    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
  });
});
