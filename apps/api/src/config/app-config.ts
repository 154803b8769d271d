import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

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
   * Sensitive: the HMAC key of co-sign fingerprints (IP /24 or /48 prefixes). Only the keyed
   * hash is stored, so without this key a leaked table cannot be matched against known
   * addresses. Required in production; elsewhere a fixed development key is used. Never logged.
   */
  @ValidateIf((config: AppConfig) => config.NODE_ENV === 'production' || config.COSIGN_FINGERPRINT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'COSIGN_FINGERPRINT_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`)' })
  COSIGN_FINGERPRINT_SECRET?: string;

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
