import { HttpException } from '@nestjs/common';
import { ERROR_CATALOG, type ErrorCode } from './error-codes';

/** A message for one field, in both languages, so the filter can answer in the reader's. */
export interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly message: { readonly 'zh-TW': string; readonly en: string };
}

/** The API's own exception: a code from the catalog, optionally with per-field errors. */
export class ApiException extends HttpException {
  constructor(
    readonly code: ErrorCode,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(code, ERROR_CATALOG[code].status);
  }
}
