import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { sendError } from '../common/errors/all-exceptions.filter';
import { requestIdOf } from '../common/logging/request-id';

/** How long a client may take to send a whole request (Node's default, 5 minutes). */
export const REQUEST_TIMEOUT_MS = 300_000;

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
    // Node's own bound on receiving a whole request, which Fastify turns off by default: in
    // single-host mode no proxy stands between a client trickling a request and the API.
    requestTimeout: REQUEST_TIMEOUT_MS,
    // What Fastify refuses before routing (a malformed percent-encoding, an over-long path
    // parameter) is answered in the API's error format too, not in Fastify's own.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => void sendError(error, request, reply),
  });
