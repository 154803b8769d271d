import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, Validate, ValidateIf } from 'class-validator';
import { DEFAULT_DOMAIN_EXEMPTIONS, DEFAULT_RATE_LIMITS, RATE_LIMIT_ENV, type RateLimitedAction } from '../common/rate-limit/rate-limit-rules';
import { parseTrustProxy, type TrustProxySetting } from '../common/rate-limit/trust-proxy';
import { DomainList, RateLimitSpec, TrustProxySpec } from './rate-limit-config.validators';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;

/**
 * Every setting the API and the worker read, validated once at boot.
 * Property names are the environment variable names, so an error names the variable to fix.
 */
export class AppConfig {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** Sensitive: holds the database password. Never logged. */
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL!: string;

  /** Sensitive: may hold the Redis password. Never logged. */
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL!: string;

  /** Every Redis key (queues, socket.io channels, caches) starts with this, so that runs and deployments never collide. */
  @Matches(/^[a-z0-9][a-z0-9:_-]{0,62}$/i, { message: 'REDIS_PREFIX must be 1-63 letters, digits, ":", "_" or "-"' })
  REDIS_PREFIX = 'op';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** Folder of the built web app; when set, the API serves it (single-host mode). */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_URL = 'http://localhost:3000';

  /** The first administrator: the account registered with this address is made admin. */
  @IsOptional()
  @IsEmail()
  FIRST_ADMIN_EMAIL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /**
   * How long a notification waits before it is emailed, so that a burst of news about the
   * proposals someone backs arrives as one email (a digest per recipient), not one email each.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(86_400)
  NOTIFICATION_EMAIL_DELAY_SECONDS = 300;

  /**
   * How long a node reuses the total of a public proposal list (same filters), in ms; 0 counts
   * on every request. The list is public with max-age=5, so the default adds no staleness.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  PUBLIC_LIST_TOTAL_TTL_MS = 5_000;

  /**
   * How long a node reuses a proposal's public co-sign statistics (per-day curve, per-tier
   * counts), in ms; 0 reads every time. Short: the live count reaches open pages by socket.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  PUBLIC_READ_CACHE_MS = 1_000;

  /**
   * Requests this node serves at once; beyond it a request is refused at once with 503 and
   * Retry-After (`server_busy`), before its body is read. A surge past what the node can answer
   * then costs the people beyond it a retry, instead of costing everyone seconds of queueing and
   * the node unbounded memory. Health checks and /metrics are never refused. 0 turns it off.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  MAX_REQUESTS_IN_FLIGHT = 500;

  /**
   * Which proxies may name the client's address in X-Forwarded-For: `false`, a hop count, or
   * `loopback` / `uniquelocal` / addresses and subnets. Per-address rate limits rely on it.
   */
  @Validate(TrustProxySpec)
  TRUST_PROXY = 'loopback';

  /** Multiplies every rate limit; the bench and the test suites raise the limits with it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_MULTIPLIER = 1;

  /** Rate limits, `dimension=count/period+count/period,…` (see README). */
  @Validate(RateLimitSpec, ['login'])
  RATE_LIMIT_LOGIN = DEFAULT_RATE_LIMITS.login;

  @Validate(RateLimitSpec, ['register'])
  RATE_LIMIT_REGISTER = DEFAULT_RATE_LIMITS.register;

  @Validate(RateLimitSpec, ['send_code'])
  RATE_LIMIT_SEND_CODE = DEFAULT_RATE_LIMITS.send_code;

  @Validate(RateLimitSpec, ['cosign'])
  RATE_LIMIT_COSIGN = DEFAULT_RATE_LIMITS.cosign;

  @Validate(RateLimitSpec, ['proposal'])
  RATE_LIMIT_PROPOSAL = DEFAULT_RATE_LIMITS.proposal;

  @Validate(RateLimitSpec, ['comment'])
  RATE_LIMIT_COMMENT = DEFAULT_RATE_LIMITS.comment;

  /** Email domains without a per-domain limit (large public providers), comma-separated. */
  @Validate(DomainList)
  RATE_LIMIT_EXEMPT_DOMAINS = DEFAULT_DOMAIN_EXEMPTIONS;

  rateLimitText(action: RateLimitedAction): string {
    return this[RATE_LIMIT_ENV[action] as `RATE_LIMIT_${Uppercase<RateLimitedAction>}`];
  }

  get exemptEmailDomains(): string[] {
    if (this.RATE_LIMIT_EXEMPT_DOMAINS.trim().toLowerCase() === 'none') return [];
    return this.RATE_LIMIT_EXEMPT_DOMAINS.split(',').map((d) => d.trim().toLowerCase()).filter((d) => d !== '');
  }

  get trustProxy(): TrustProxySetting {
    const setting = parseTrustProxy(this.TRUST_PROXY);
    return typeof setting === 'string' ? false : setting;
  }

  /**
   * Bounded retention (個人資料保護法 art. 11 §3: personal data is deleted once its purpose ends).
   * Verification and password-reset codes are kept this long after they expire, for abuse enquiries.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(8_760)
  RETENTION_CODES_HOURS = 24;

  /** Sessions are deleted this many days after they expired. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(365)
  RETENTION_EXPIRED_SESSIONS_DAYS = 7;

  /** Sent messages (the development outbox: addresses, codes) and published outbox events are deleted after this many days. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3_650)
  RETENTION_DELIVERED_MESSAGES_DAYS = 30;

  /** In-app notifications already delivered (emailed, or not to be emailed) are deleted after this many days. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3_650)
  RETENTION_NOTIFICATIONS_DAYS = 180;

  /**
   * Co-signs' IP-prefix signals (the keyed hash and the coarse mask) are cleared this many days
   * after the co-sign; the co-sign itself stays and keeps counting. At least 7 days: the trend
   * detection looks that far back at most (COSIGN_TREND_WINDOW_MINUTES ≤ 10,080).
   */
  @Transform(toInt)
  @IsInt()
  @Min(7)
  @Max(3_650)
  RETENTION_COSIGN_SIGNALS_DAYS = 90;

  /**
   * Sensitive: the HMAC key of co-sign fingerprints (IP /24 or /48 prefixes) and of phone keys
   * (accounts/phone-key.ts, with a label of their own). Only keyed hashes are stored, so without
   * this key a leaked table cannot be matched against known addresses or numbers. Required in
   * production; elsewhere a fixed development key is used. Never logged. Changing it breaks the
   * one-number-one-co-sign rule for co-signs made before (their phone keys no longer match).
   */
  @ValidateIf((config: AppConfig) => config.NODE_ENV === 'production' || config.COSIGN_FINGERPRINT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'COSIGN_FINGERPRINT_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`)' })
  COSIGN_FINGERPRINT_SECRET?: string;

  /**
   * Sensitive: when set, GET /metrics (Prometheus) answers only `Authorization: Bearer <token>`.
   * Unset, it answers anyone who can reach the API node directly; the web container's nginx
   * does not proxy /metrics, so in the compose deployment that is the internal network only.
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 16`)' })
  METRICS_TOKEN?: string;

  /** Trending co-sign sources: the window looked at, in minutes. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(10_080)
  COSIGN_TREND_WINDOW_MINUTES = 60;

  /** A source trends with at least this many co-signs of one proposal in the window… */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(1_000_000)
  COSIGN_TREND_MIN_COUNT = 20;

  /** …making at least this percentage of the proposal's co-signs in the window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  COSIGN_TREND_MIN_SHARE_PERCENT = 30;

  /** How often the detection runs (one BullMQ job scheduler, whatever the number of workers). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600)
  COSIGN_TREND_EVERY_SECONDS = 60;

  /**
   * Comma-separated email domains never reported as trending: the big webmail services most
   * people use, where a large share is normal. An IP prefix is still reported for them.
   */
  @Matches(/^$|^[a-z0-9.-]+(,[a-z0-9.-]+)*$/i, { message: 'COSIGN_TREND_IGNORED_DOMAINS must be comma-separated domains, e.g. gmail.com,yahoo.com.tw' })
  COSIGN_TREND_IGNORED_DOMAINS = 'gmail.com,yahoo.com.tw,yahoo.com,hotmail.com,outlook.com,icloud.com';

  get cosignFingerprintSecret(): string {
    return this.COSIGN_FINGERPRINT_SECRET ?? 'development-only cosign fingerprint key, not secret';
  }

  get cosignTrendIgnoredDomains(): string[] {
    return this.COSIGN_TREND_IGNORED_DOMAINS.split(',').map((d) => d.trim().toLowerCase()).filter((d) => d !== '');
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}
