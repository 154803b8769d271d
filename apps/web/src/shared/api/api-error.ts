/** One invalid field, as the API's validation pipe reports it. */
export interface ApiFieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** The API's error body, produced by its single exception filter. */
export interface ApiErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
  readonly errors?: readonly ApiFieldError[];
  readonly requestId: string;
}

/** Codes the client itself produces when there is no usable answer from the server. */
export type ClientErrorCode = 'network_error' | 'unexpected_response';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export const isApiErrorBody = (value: unknown): value is ApiErrorBody =>
  isRecord(value) &&
  typeof value.statusCode === 'number' &&
  typeof value.code === 'string' &&
  typeof value.message === 'string' &&
  typeof value.requestId === 'string' &&
  (value.errors === undefined || Array.isArray(value.errors));

/** A failed API call: status 0 means the server was not reached. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly errors: readonly ApiFieldError[];

  constructor(status: number, body: ApiErrorBody | { code: ClientErrorCode; message: string }, options?: ErrorOptions) {
    super(body.message, options);
    this.status = status;
    this.code = body.code;
    this.requestId = 'requestId' in body ? body.requestId : undefined;
    this.errors = 'errors' in body && body.errors ? body.errors : [];
  }

  /** 4xx answers will not change on a retry; network errors and 5xx may. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}
