import type { NextFunction, Request, Response } from 'express';
import { ApiException } from '../errors/api.exception';

/** Load balancers and Prometheus must still see a busy node as alive and measurable. */
const isNeverRefused = (path: string): boolean => path.startsWith('/api/health') || path === '/metrics';

/**
 * Bounds the requests this node serves at once (MAX_REQUESTS_IN_FLIGHT). Past the bound a
 * request is answered 503 `server_busy` with Retry-After at once, before its body is read or
 * anything is done, so the answer can promise nothing changed. Without it a surge past the
 * node's capacity queued without end: every answer took seconds and resident memory grew with
 * the queue (BENCHMARKS.md, G7). A request counts until its answer is written or its client
 * goes away, whichever comes first.
 */
export const requestsInFlightMiddleware = (limit: number): ((req: Request, res: Response, next: NextFunction) => void) => {
  let inFlight = 0;
  return (req, res, next) => {
    if (limit === 0 || isNeverRefused(req.path)) return next();
    if (inFlight >= limit) return next(new ApiException('server_busy'));
    inFlight += 1;
    let counted = true;
    const release = (): void => {
      if (!counted) return;
      counted = false;
      inFlight -= 1;
    };
    res.once('finish', release);
    res.once('close', release);
    next();
  };
};
