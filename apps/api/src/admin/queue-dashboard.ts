import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { hasRole } from '@open-proposals/domain';
import type { NextFunction, Request, Response } from 'express';
import { sessionTokenOf } from '../common/auth/session-cookies';
import { SessionResolver } from '../common/auth/session-resolver';
import { ApiException } from '../common/errors/api.exception';
import { QUEUE_NAMES } from '../common/queue/job-catalog';
import { JobQueue } from '../common/queue/job-queue.service';

/** Where the admin-only queue dashboard (Bull Board) lives; the web app's admin page links here. */
export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Bull Board's own UI cannot send our CSRF header, so its unsafe requests (retry, clean, pause)
 * must prove they come from this origin: browsers set Sec-Fetch-Site (and Origin) on every
 * fetch, and a forged cross-site form cannot fake either. The session cookie is SameSite=Lax too.
 */
const sameOrigin = (req: Request): boolean => {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin';
  const origin = req.headers.origin;
  return typeof origin === 'string' && origin === `${req.protocol}://${req.get('host') ?? ''}`;
};

/** Admins only, as the rest of the admin API: 401 without a session, 403 for everyone else. */
const adminsOnly =
  (sessions: SessionResolver) =>
  (req: Request, res: Response, next: NextFunction): void => {
    const token = sessionTokenOf(req.cookies);
    const resolve = token === null ? Promise.resolve(null) : sessions.resolve(token);
    resolve.then(
      (session) => {
        if (session === null) return next(new ApiException('unauthenticated'));
        if (!hasRole(session.actor, 'admin')) return next(new ApiException('forbidden'));
        if (!SAFE_METHODS.has(req.method) && !sameOrigin(req)) return next(new ApiException('csrf_failed'));
        // The dashboard shows job payloads (proposal ids, never personal data); still, never cache it.
        res.setHeader('Cache-Control', 'no-store');
        next();
      },
      (error: unknown) => next(error),
    );
  };

/** Mounts Bull Board over every queue of the job catalogue, behind the admin check. */
export const mountQueueDashboard = (app: NestExpressApplication): void => {
  const jobs = app.get(JobQueue);
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullMQAdapter(jobs.queue(name))),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Open Proposals' } },
  });
  app.use(QUEUE_DASHBOARD_PATH, adminsOnly(app.get(SessionResolver)), adapter.getRouter());
};
