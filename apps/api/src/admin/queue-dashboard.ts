import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { hasRole } from '@open-proposals/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionTokenOf } from '../common/auth/session-cookies';
import { SessionResolver } from '../common/auth/session-resolver';
import { ApiException } from '../common/errors/api.exception';
import { sendError } from '../common/errors/all-exceptions.filter';
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
const sameOrigin = (request: FastifyRequest): boolean => {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin';
  const origin = request.headers.origin;
  return typeof origin === 'string' && origin === `${request.protocol}://${request.headers.host ?? ''}`;
};

/**
 * Admins only, as the rest of the admin API: 401 without a session, 403 for everyone else. The
 * refusal is written here, in the API's error format: Bull Board's routes have an error handler
 * of their own, which would answer every error 500.
 */
const adminsOnly =
  (sessions: SessionResolver) =>
  async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const token = sessionTokenOf(request.cookies);
    try {
      const session = token === null ? null : await sessions.resolve(token);
      if (session === null) throw new ApiException('unauthenticated');
      if (!hasRole(session.actor, 'admin')) throw new ApiException('forbidden');
      if (!SAFE_METHODS.has(request.method) && !sameOrigin(request)) throw new ApiException('csrf_failed');
    } catch (error) {
      return sendError(error, request, reply);
    }
    // The dashboard shows job payloads (proposal ids, never personal data); still, never cache it.
    reply.header('Cache-Control', 'no-store');
    return undefined;
  };

/** Mounts Bull Board over every queue of the job catalogue, behind the admin check. */
export const mountQueueDashboard = async (app: NestFastifyApplication): Promise<void> => {
  const jobs = app.get(JobQueue);
  const sessions = app.get(SessionResolver);
  const adapter = new FastifyAdapter();
  adapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullMQAdapter(jobs.queue(name))),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Open Proposals' } },
  });
  await app.register(
    async (scope: FastifyInstance) => {
      scope.addHook('onRequest', adminsOnly(sessions));
      await scope.register(adapter.registerPlugin());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
};
