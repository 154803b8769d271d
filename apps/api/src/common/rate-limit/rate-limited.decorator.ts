import { applyDecorators } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ErrorResponse } from '../errors/error.response';

/** Documents a rate-limited route: 429 with Retry-After and a message saying when to try again. */
export const RateLimitedRoute = (what: string): MethodDecorator =>
  applyDecorators(
    ApiTooManyRequestsResponse({
      type: ErrorResponse,
      description: `rate_limited: too many ${what}; the Retry-After header (seconds) and details.retryAfterSeconds say when to try again`,
      headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } },
    }),
  );
