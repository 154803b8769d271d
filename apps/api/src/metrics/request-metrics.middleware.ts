import type { NextFunction, Request, Response } from 'express';
import type { MetricsRegistry } from './metrics.registry';

/**
 * Times every request from its arrival to the end of its answer. The route is the pattern the
 * router matched (`/api/v1/proposals/:id`), known only once the answer is written; a request
 * no route matched counts as `unmatched`, so made-up URLs cannot multiply the series.
 */
export const requestMetricsMiddleware =
  (metrics: MetricsRegistry) =>
  (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const routePath: unknown = (req.route as { path?: unknown } | undefined)?.path;
      const route = typeof routePath === 'string' ? `${req.baseUrl}${routePath}` : 'unmatched';
      metrics.observeRequest(req.method, route, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
