import { HttpException } from '@nestjs/common';
import type { Locale } from '@open-proposals/domain';
import type { FastifyRequest } from 'fastify';
import { ApiException, type FieldError } from './api.exception';
import { isDatabaseUnavailable } from './database-unavailable';
import { DENIAL_CATALOG, DOMAIN_ERROR_CATALOG, PROPOSAL_FIELD_MESSAGES } from './domain-error-catalog';
import { DomainException, PolicyDeniedException } from './domain.exception';
import { RateLimitedException, retryMessage } from '../rate-limit/rate-limited.exception';
import { ERROR_CATALOG, codeForStatus, isErrorCode, type ErrorCode } from './error-codes';

/** Any error, reduced to what the answer needs: a status, a stable code, a message in both languages. */
export interface ClassifiedError {
  readonly status: number;
  readonly code: string;
  readonly message: Readonly<Record<Locale, string>>;
  readonly fieldErrors: readonly FieldError[];
  readonly details?: Readonly<Record<string, unknown>>;
  /** Sent as the Retry-After header (seconds). */
  readonly retryAfterSeconds?: number;
}

const fromCatalog = (code: ErrorCode, fieldErrors: readonly FieldError[] = []): ClassifiedError => ({
  status: ERROR_CATALOG[code].status,
  code,
  message: ERROR_CATALOG[code],
  fieldErrors,
});

const fromDomain = ({ error }: DomainException): ClassifiedError => {
  const fieldErrors = (error.fieldErrors ?? []).map((e) => {
    const field = e.index === undefined ? e.field : `${e.field}[${e.index}]`;
    const template = PROPOSAL_FIELD_MESSAGES[e.code];
    const fill = (text: string): string => text.replace('{max}', String(e.max ?? ''));
    return { field, code: e.code, message: { 'zh-TW': fill(template['zh-TW']), en: fill(template.en) } };
  });
  // A blackout is explained with its period and its public reason, so the page can say why and until when.
  const details = error.period
    ? { startsAt: error.period.startsAt.toISOString(), endsAt: error.period.endsAt.toISOString(), reason: error.period.reason }
    : error.details;
  const entry = DOMAIN_ERROR_CATALOG[error.code];
  return { status: entry.status, code: error.code, message: entry, fieldErrors, ...(details ? { details } : {}) };
};

/** The status of a Fastify error that is the client's fault (FST_ERR_*, 400–499), if this is one. */
const clientErrorStatusOf = (exception: unknown): number | undefined => {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { code, statusCode } = exception as { code?: unknown; statusCode?: unknown };
  const isFastifyError = typeof code === 'string' && code.startsWith('FST_');
  return isFastifyError && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 ? statusCode : undefined;
};

export const classifyError = (exception: unknown, request: FastifyRequest): ClassifiedError => {
  if (exception instanceof ApiException) return fromCatalog(exception.code, exception.fieldErrors);
  if (exception instanceof DomainException) return fromDomain(exception);
  if (exception instanceof PolicyDeniedException) {
    const { reason, requiredRole, requiredTier } = exception.decision;
    const entry = DENIAL_CATALOG[reason];
    return { status: entry.status, code: reason === 'unauthenticated' ? 'unauthenticated' : 'forbidden', message: entry, fieldErrors: [], details: { reason, requiredRole, requiredTier } };
  }
  if (exception instanceof RateLimitedException) {
    const { retryAfterSeconds, action } = exception;
    const retryAt = new Date(Date.now() + retryAfterSeconds * 1000).toISOString();
    return { status: 429, code: 'rate_limited', message: retryMessage(retryAfterSeconds), fieldErrors: [], details: { action, retryAfterSeconds, retryAt }, retryAfterSeconds };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const named = exception.getResponse();
    if (isErrorCode(named)) return fromCatalog(named);
    if (status === 404 && request.url.startsWith('/api/')) return fromCatalog('route_not_found');
    return fromCatalog(codeForStatus(status));
  }
  // Fastify's own refusals (a malformed URL, a bad Content-Length) carry a 4xx status and a code.
  const fastifyStatus = clientErrorStatusOf(exception);
  if (fastifyStatus !== undefined) return fromCatalog(codeForStatus(fastifyStatus));
  // A lost or refused database connection, or a deadlock PostgreSQL broke, is to wait out: 503, retry later.
  if (isDatabaseUnavailable(exception)) return fromCatalog('service_unavailable');
  return fromCatalog('internal');
};
