import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { negotiateLocale } from '@open-proposals/domain';
import type { Request, Response } from 'express';
import { ApiException } from './api.exception';
import { ERROR_CATALOG, codeForStatus, isErrorCode, type ErrorCode } from './error-codes';

interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  errors?: { field: string; code: string; message: string }[];
  requestId?: string;
}

/**
 * The one exception filter: every error leaves the API as
 * `{ statusCode, code, message, errors?, requestId }` in the reader's language.
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

    const { code, fieldErrors } = this.classify(exception, request);
    const entry = ERROR_CATALOG[code];
    if (entry.status >= 500) this.logger.error({ err: exception, code }, 'request failed');

    const body: ErrorBody = { statusCode: entry.status, code, message: entry[locale] };
    if (fieldErrors.length > 0) {
      body.errors = fieldErrors.map((e) => ({ field: e.field, code: e.code, message: e.message[locale] }));
    }
    if (request.id !== undefined) body.requestId = String(request.id);
    if (response.headersSent) return;
    // A decorator may have marked the success response cacheable; an error never is.
    response.setHeader('Cache-Control', 'no-store');
    response.status(entry.status).json(body);
  }

  private classify(exception: unknown, request: Request): Pick<ApiException, 'code' | 'fieldErrors'> {
    if (exception instanceof ApiException) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const named = exception.getResponse();
      if (isErrorCode(named)) return { code: named, fieldErrors: [] };
      if (status === 404 && request.path.startsWith('/api/')) return { code: 'route_not_found', fieldErrors: [] };
      return { code: codeForStatus(status), fieldErrors: [] };
    }
    return { code: 'internal', fieldErrors: [] };
  }
}
