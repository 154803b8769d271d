import { json, type NextFunction, type Request, type Response } from 'express';
import { ApiException } from './api.exception';
import type { ErrorCode } from './error-codes';

const BODY_ERRORS: Readonly<Record<string, ErrorCode>> = {
  'entity.parse.failed': 'malformed_body',
  'entity.too.large': 'payload_too_large',
  'encoding.unsupported': 'unsupported_media_type',
  'charset.unsupported': 'unsupported_media_type',
  'request.aborted': 'bad_request',
  'request.size.invalid': 'bad_request',
};

const parse = json({ limit: '100kb' });

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

const hasBody = (req: Request): boolean =>
  req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');

/**
 * The REST API reads JSON only. A body of another type would otherwise be skipped by the parser and
 * reach validation as "no body", so a form or text/plain post (which a cross-site page can send
 * without a preflight) could act on defaults.
 */
const isUnreadableMediaType = (req: Request): boolean =>
  req.path.startsWith('/api/v1/') && hasBody(req) && !JSON_MEDIA_TYPE.test(req.headers['content-type'] ?? '');

/**
 * Parses JSON bodies and turns the parser's failures into the API's own codes. Nest would map
 * a syntax error to a bare 400 and lose what went wrong.
 */
export const jsonBodyMiddleware = (req: Request, res: Response, next: NextFunction): void => {
  if (isUnreadableMediaType(req)) return next(new ApiException('unsupported_media_type'));
  parse(req, res, (error?: unknown) => {
    if (error === undefined || error === null) return next();
    const type = (error as { type?: unknown }).type;
    next(new ApiException(typeof type === 'string' ? (BODY_ERRORS[type] ?? 'bad_request') : 'bad_request'));
  });
};
