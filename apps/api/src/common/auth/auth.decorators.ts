import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Actor, RoleKind } from '@open-proposals/domain';
import type { FastifyRequest } from 'fastify';
import { ApiException } from '../errors/api.exception';
import type { ResolvedSession } from './session-resolver';

export const REQUIRE_AUTH = 'op:require-auth';
export const REQUIRE_ROLE = 'op:require-role';

/** Routes are public by default; this one needs a signed-in person (401 otherwise). */
export const RequireAuth = (): MethodDecorator & ClassDecorator => SetMetadata(REQUIRE_AUTH, true);

/**
 * A coarse gate by role kind (403 otherwise); implies RequireAuth. Per-resource checks
 * (agency, side, ownership) still belong in the service.
 */
export const RequireRole = (kind: RoleKind): MethodDecorator & ClassDecorator => SetMetadata(REQUIRE_ROLE, kind);

/** The request as the auth guard leaves it. */
export type AuthenticatedRequest = FastifyRequest & { auth?: ResolvedSession };

/** The signed-in person; use only on routes marked RequireAuth, so it is never missing. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const session = ctx.switchToHttp().getRequest<AuthenticatedRequest>().auth;
  if (session === undefined) throw new ApiException('unauthenticated');
  return session.actor;
});

/** The id of the current session (for logout), or null on an anonymous request. */
export const CurrentSessionId = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): string | null => ctx.switchToHttp().getRequest<AuthenticatedRequest>().auth?.sessionId ?? null,
);
