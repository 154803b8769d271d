import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { RedisConnections } from '../queue/redis-connections';
import { GCRA_SCRIPT, GCRA_SHA } from './gcra.script';
import { RateLimitedException } from './rate-limited.exception';
import { RATE_LIMITED_ACTIONS, parseRateLimitPolicy, scalePolicy, type RateLimitDimension, type RateLimitPolicy, type RateLimitedAction, type RateRule } from './rate-limit-rules';

/** Who a request comes from, per dimension; a dimension left out (or null) is not counted. */
export type RateLimitSubject = Readonly<Partial<Record<RateLimitDimension, string | null>>>;

interface Bucket {
  readonly key: string;
  readonly rule: RateRule;
}

/**
 * The one place that counts requests against the limits of AppConfig, in Redis under the API's
 * key prefix, so that every API node shares the counts.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly policies: ReadonlyMap<RateLimitedAction, RateLimitPolicy>;
  private readonly exemptDomains: ReadonlySet<string>;

  constructor(
    private readonly config: AppConfig,
    private readonly redis: RedisConnections,
  ) {
    this.policies = new Map(RATE_LIMITED_ACTIONS.map((action) => [action, scalePolicy(policyOf(config, action), config.RATE_LIMIT_MULTIPLIER)]));
    this.exemptDomains = new Set(config.exemptEmailDomains);
  }

  /** Counts the request in every bucket of the action, or throws RateLimitedException and counts nothing. */
  async enforce(action: RateLimitedAction, subject: RateLimitSubject): Promise<void> {
    const buckets = this.bucketsOf(action, subject);
    if (buckets.length === 0) return;
    const args = buckets.flatMap(({ rule }) => [String(Math.ceil(rule.periodMs / rule.limit)), String(rule.limit)]);
    let waitMs: number;
    try {
      waitMs = Number(await this.evaluate(buckets.map((b) => b.key), args));
    } catch (error) {
      // Failing open: a Redis outage must not stop people signing in or co-signing; it is logged loudly.
      this.logger.error({ err: error, action }, 'rate limit not checked: Redis did not answer');
      return;
    }
    if (waitMs > 0) throw new RateLimitedException(action, waitMs);
  }

  /** Empties the action's buckets of one dimension (after a successful login, its failed attempts no longer count). */
  async forget(action: RateLimitedAction, dimension: RateLimitDimension, subject: RateLimitSubject): Promise<void> {
    const keys = this.bucketsOf(action, { [dimension]: subject[dimension] }).map((b) => b.key);
    if (keys.length === 0) return;
    await this.redis.commands.del(...keys).catch((error: unknown) => this.logger.warn({ err: error, action }, 'rate limit bucket not reset'));
  }

  private bucketsOf(action: RateLimitedAction, subject: RateLimitSubject): Bucket[] {
    const policy = this.policies.get(action) ?? {};
    const buckets: Bucket[] = [];
    for (const [dimension, rules] of Object.entries(policy) as [RateLimitDimension, readonly RateRule[]][]) {
      const value = subject[dimension];
      if (value === undefined || value === null || value === '') continue;
      if (dimension === 'domain' && this.exemptDomains.has(value)) continue;
      // Hashed, so Redis holds no email addresses or phone numbers; the rule is in the key, so a changed limit starts afresh.
      const id = createHash('sha256').update(value).digest('base64url').slice(0, 22);
      for (const rule of rules) buckets.push({ key: this.redis.key('rl', action, dimension, `${rule.limit}per${rule.periodMs}`, id), rule });
    }
    return buckets;
  }

  private async evaluate(keys: string[], args: string[]): Promise<unknown> {
    try {
      return await this.redis.commands.evalsha(GCRA_SHA, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return this.redis.commands.eval(GCRA_SCRIPT, keys.length, ...keys, ...args);
    }
  }
}

const policyOf = (config: AppConfig, action: RateLimitedAction): RateLimitPolicy => {
  const parsed = parseRateLimitPolicy(action, config.rateLimitText(action));
  // The configuration was validated at boot, so this cannot happen unless AppConfig was built by hand.
  if (Array.isArray(parsed)) throw new Error(`invalid rate limits for ${action}: ${parsed.join('; ')}`);
  return parsed;
};
