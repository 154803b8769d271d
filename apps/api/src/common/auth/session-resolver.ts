import type { Actor } from '@open-proposals/domain';

/** What the guard learns from a valid session cookie. */
export interface ResolvedSession {
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly actor: Actor;
}

/**
 * Turns the raw cookie token into a session. An abstract class (not an interface) so Nest can
 * inject it by type; the accounts module provides the implementation, keeping the guard free of
 * TypeORM and of the accounts feature.
 */
export abstract class SessionResolver {
  abstract resolve(rawToken: string): Promise<ResolvedSession | null>;
}
