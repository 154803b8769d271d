import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config';
import { requestIdOf } from '../common/logging/request-id';

/**
 * The API's HTTP server: Nest on Fastify. Fastify spends about a quarter less CPU a request
 * than Express did on the co-sign path (BENCHMARKS.md, session 9), and the API is one thread.
 */
export const createApiAdapter = (config: Pick<AppConfig, 'trustProxy'>): FastifyAdapter =>
  new FastifyAdapter({
    // Only the configured proxies may name the client's address; per-address rate limits depend on it.
    trustProxy: config.trustProxy,
    // The id pino-http logs with and the error body quotes: a proxy's well-formed X-Request-Id, else a new one.
    genReqId: requestIdOf,
    // Nest logs through nestjs-pino; Fastify's own request logger would log every request twice.
    logger: false,
    // As Express did: /api/v1/proposals/ is /api/v1/proposals.
    routerOptions: { ignoreTrailingSlash: true },
  });
