import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { ApiException } from '../errors/api.exception';

/** Load balancers and Prometheus must still see a busy node as alive and measurable. */
const isNeverRefused = (url: string): boolean => url.startsWith('/api/health') || url === '/metrics' || url.startsWith('/metrics?');

export type OnRequestHook = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void;

/**
 * Bounds the requests this node serves at once (MAX_REQUESTS_IN_FLIGHT). Past the bound a
 * request is answered 503 `server_busy` with Retry-After at once, before its body is read or
 * anything is done, so the answer can promise nothing changed. Without it a surge past the
 * node's capacity queued without end: every answer took seconds and resident memory grew with
 * the queue (BENCHMARKS.md, G7). A request counts until its answer is written or its client
 * goes away, whichever comes first. An onRequest hook: it runs before the body is read.
 */
export const requestsInFlightHook = (limit: number): OnRequestHook => {
  let inFlight = 0;
  return (request, reply, done) => {
    if (limit === 0 || isNeverRefused(request.url)) return done();
    if (inFlight >= limit) return done(new ApiException('server_busy'));
    inFlight += 1;
    let counted = true;
    const release = (): void => {
      if (!counted) return;
      counted = false;
      inFlight -= 1;
    };
    reply.raw.once('finish', release);
    reply.raw.once('close', release);
    done();
  };
};
