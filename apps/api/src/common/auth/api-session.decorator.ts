import { applyDecorators } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorResponse } from '../errors/error.response';
import { RequireAuth } from './auth.decorators';
import { SESSION_COOKIE } from './session-cookies';

/** RequireAuth plus its documentation: the session cookie, the CSRF header and the 401/403 answers. */
export const SignedIn = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    RequireAuth(),
    ApiCookieAuth(SESSION_COOKIE),
    ApiHeader({ name: 'X-CSRF-Token', required: false, description: 'The op_csrf cookie value; required on POST/PUT/PATCH/DELETE' }),
    ApiUnauthorizedResponse({ type: ErrorResponse, description: 'unauthenticated: no valid session' }),
    ApiForbiddenResponse({ type: ErrorResponse, description: 'csrf_failed: missing or wrong X-CSRF-Token; forbidden: role missing' }),
  );
