import { timingSafeEqual } from 'node:crypto';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasRole, type RoleKind } from '@open-proposals/domain';
import { ApiException } from '../errors/api.exception';
import { REQUIRE_AUTH, REQUIRE_ROLE, type AuthenticatedRequest } from './auth.decorators';
import { CSRF_HEADER, sessionTokenOf } from './session-cookies';
import { SessionResolver } from './session-resolver';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const sameToken = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * The global guard: loads the session from the cookie, enforces CSRF on unsafe methods of
 * signed-in requests, then the route's RequireAuth / RequireRole marks.
 * CSRF only matters when a session cookie authenticates the request: without one the browser
 * carries no ambient authority, which is why login and registration need no token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = sessionTokenOf(request.cookies);
    const session = token === null ? null : await this.sessions.resolve(token);

    if (session !== null) {
      if (UNSAFE_METHODS.has(request.method)) {
        const header = request.headers[CSRF_HEADER];
        if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) throw new ApiException('csrf_failed');
      }
      request.auth = session;
    }

    const targets = [context.getHandler(), context.getClass()];
    const role = this.reflector.getAllAndOverride<RoleKind | undefined>(REQUIRE_ROLE, targets);
    const needsAuth = role !== undefined || this.reflector.getAllAndOverride<boolean | undefined>(REQUIRE_AUTH, targets) === true;
    if (needsAuth && session === null) throw new ApiException('unauthenticated');
    if (role !== undefined && session !== null && !hasRole(session.actor, role)) throw new ApiException('forbidden');
    return true;
  }
}
