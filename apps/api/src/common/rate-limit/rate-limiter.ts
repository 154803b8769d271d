import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AdaptiveBatcher, type BatchAnswers } from '../batching/adaptive-batcher';
import { AppConfig } from '../../config/app-config';
import { RedisConnections } from '../queue/redis-connections';
import { GCRA_SCRIPT, GCRA_SHA } from './gcra.script';
import { RateLimitedException } from './rate-limited.exception';
import { RATE_LIMITED_ACTIONS, parseRateLimitPolicy, scalePolicy, type RateLimitDimension, type RateLimitPolicy, type RateLimitedAction, type RateRule } from './rate-limit-rules';

/** Who a request comes from, per dimension; a dimension left out (or null) is not counted. */
export type RateLimitSubject = Readonly<Partial<Record<RateLimitDimension, string | null>>>;

/** One request's buckets, as the script takes them. */
interface Check {
  readonly keys: readonly string[];
  readonly args: readonly string[];
}

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
  /** Every co-sign and sign-in is checked: the checks of requests arriving together share one round trip. */
  private readonly checks = new AdaptiveBatcher<Check, unknown>((checks) => this.evaluateAll(checks), { maxBatch: 500, maxInFlight: 2 });

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

  private evaluate(keys: string[], args: string[]): Promise<unknown> {
    return this.checks.submit({ keys, args });
  }

  /**
   * The checks of one batch in one pipeline: one write to Redis however many requests ask. A
   * script Redis does not hold yet (after a restart, or a new node) is sent whole, once, and
   * the checks it refused are sent again.
   */
  private async evaluateAll(checks: readonly Check[]): Promise<BatchAnswers<unknown>> {
    const run = async (loaded: boolean): Promise<[Error | null, unknown][]> => {
      const pipeline = this.redis.commands.pipeline();
      if (!loaded) pipeline.script('LOAD', GCRA_SCRIPT);
      for (const { keys, args } of checks) pipeline.evalsha(GCRA_SHA, keys.length, ...keys, ...args);
      const answers = (await pipeline.exec()) ?? [];
      return loaded ? answers : answers.slice(1);
    };
    let answers = await run(true);
    if (answers.some(([error]) => error?.message.startsWith('NOSCRIPT') === true)) answers = await run(false);
    return checks.map((_, i) => {
      const [error, result] = answers[i] ?? [new Error('no answer from Redis'), null];
      return error ?? result;
    });
  }
}

const policyOf = (config: AppConfig, action: RateLimitedAction): RateLimitPolicy => {
  const parsed = parseRateLimitPolicy(action, config.rateLimitText(action));
  // The configuration was validated at boot, so this cannot happen unless AppConfig was built by hand.
  if (Array.isArray(parsed)) throw new Error(`invalid rate limits for ${action}: ${parsed.join('; ')}`);
  return parsed;
};
