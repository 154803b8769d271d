import { ArgumentsHost, Catch, Logger, type ExceptionFilter } from '@nestjs/common';
import { negotiateLocale } from '@open-proposals/domain';
import type { Request, Response } from 'express';
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

/**
 * The one exception filter: every error leaves the API as
 * `{ statusCode, code, message, errors?, details?, requestId }` in the reader's language.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('AllExceptionsFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const locale = negotiateLocale(request.headers['accept-language']);

    const error = classifyError(exception, request);
    // A 503 is an outage the operator already sees on /api/health; a 500 is a bug to fix.
    if (error.status === 503) this.logger.warn({ err: exception, code: error.code }, 'request failed: service unavailable');
    else if (error.status >= 500) this.logger.error({ err: exception, code: error.code }, 'request failed');

    const body: ErrorBody = { statusCode: error.status, code: error.code, message: error.message[locale] };
    if (error.fieldErrors.length > 0) {
      body.errors = error.fieldErrors.map((e) => ({ field: e.field, code: e.code, message: e.message[locale] }));
    }
    if (error.details !== undefined) body.details = error.details;
    if (request.id !== undefined) body.requestId = String(request.id);
    if (response.headersSent) return;
    // A decorator may have marked the success response cacheable; an error never is.
    response.setHeader('Cache-Control', 'no-store');
    // A limit says when to come back; any other 503 is an outage the client should wait out
    // (RFC 9110 §10.2.3), and a few seconds spreads the retries.
    if (error.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    else if (error.status === 503) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(error.status).json(body);
  }
}
