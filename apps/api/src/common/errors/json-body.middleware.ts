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

/**
 * Parses JSON bodies and turns the parser's failures into the API's own codes. Nest would map
 * a syntax error to a bare 400 and lose what went wrong.
 */
export const jsonBodyMiddleware = (req: Request, res: Response, next: NextFunction): void => {
  parse(req, res, (error?: unknown) => {
    if (error === undefined || error === null) return next();
    const type = (error as { type?: unknown }).type;
    next(new ApiException(typeof type === 'string' ? (BODY_ERRORS[type] ?? 'bad_request') : 'bad_request'));
  });
};
