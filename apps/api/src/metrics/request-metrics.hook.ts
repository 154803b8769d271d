import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { MetricsRegistry } from './metrics.registry';

/**
 * Times every request from its arrival to the end of its answer (an onResponse hook; Fastify
 * keeps the clock). The route is the pattern the router matched (`/api/v1/proposals/:id`); a
 * request no route matched counts as `unmatched`, so made-up URLs cannot multiply the series.
 */
export const requestMetricsHook =
  (metrics: MetricsRegistry) =>
  (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const route = request.is404 ? undefined : request.routeOptions.url;
    metrics.observeRequest(request.method, route ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    done();
  };
