import { applyDecorators } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { RequireRole } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';

/** A moderators' route: the role gate and the refusals it documents. */
export const ModeratorOnly = (): MethodDecorator =>
  applyDecorators(
    RequireRole('moderator'),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ type: ErrorResponse, description: 'unauthenticated: nobody is signed in' }),
    ApiForbiddenResponse({ type: ErrorResponse, description: 'forbidden: the moderator role is required; csrf_failed without X-CSRF-Token' }),
  );
