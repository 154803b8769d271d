import { Module } from '@nestjs/common';
import { RateLimiter } from './rate-limiter';

/**
 * The Redis-backed rate limiter (one instance, however many features import it). Imported by each
 * feature that limits, not global: the worker loads some of those features' modules too.
 */
@Module({ providers: [RateLimiter], exports: [RateLimiter] })
export class RateLimitModule {}
