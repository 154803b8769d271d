import { ArgumentsHost, Catch, Logger, type ExceptionFilter } from '@nestjs/common';
import { negotiateLocale } from '@open-proposals/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { classifyError } from './classified-error';

/** What a 503 asks clients to wait: a PostgreSQL failover or restart usually takes a few seconds. */
export const RETRY_AFTER_SECONDS = 5;

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: { field: string; code: string; message: string }[];
  details?: Readonly<Record<string, unknown>>;
  requestId?: string;
}

const logger = new Logger('AllExceptionsFilter');

/**
 * Answers an error as `{ statusCode, code, message, errors?, details?, requestId }` in the
 * reader's language. The exception filter below calls it for everything Nest and Fastify catch;
 * a hook that must answer before Nest sees the request (the queue dashboard's admin check) calls it too.
 */
export const sendError = (exception: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
  const locale = negotiateLocale(request.headers['accept-language']);
  const error = classifyError(exception, request);
  // A 503 is an outage the operator already sees on /api/health; a 500 is a bug to fix.
  if (error.status === 503) logger.warn({ err: exception, code: error.code }, 'request failed: service unavailable');
  else if (error.status >= 500) logger.error({ err: exception, code: error.code }, 'request failed');

  const body: ErrorBody = { statusCode: error.status, code: error.code, message: error.message[locale] };
  if (error.fieldErrors.length > 0) {
    body.errors = error.fieldErrors.map((e) => ({ field: e.field, code: e.code, message: e.message[locale] }));
  }
  if (error.details !== undefined) body.details = error.details;
  body.requestId = request.id;
  if (reply.sent || reply.raw.headersSent) return reply;
  // A decorator may have marked the success response cacheable; an error never is.
  reply.header('Cache-Control', 'no-store');
  // A limit says when to come back; any other 503 is an outage the client should wait out
  // (RFC 9110 §10.2.3), and a few seconds spreads the retries.
  if (error.retryAfterSeconds !== undefined) reply.header('Retry-After', String(error.retryAfterSeconds));
  else if (error.status === 503) reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
  return reply.status(error.status).send(body);
};

/** The one exception filter: every error leaves the API through sendError. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    sendError(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}
