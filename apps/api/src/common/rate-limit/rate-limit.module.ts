import { Global, Module } from '@nestjs/common';
import { RateLimiter } from './rate-limiter';

/** The Redis-backed rate limiter, one instance for every feature of the API. */
@Global()
@Module({ providers: [RateLimiter], exports: [RateLimiter] })
export class RateLimitModule {}
