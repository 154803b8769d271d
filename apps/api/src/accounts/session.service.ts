import { Injectable } from '@nestjs/common';
import { ApiException } from '../common/errors/api.exception';
import { SessionResolver, type ResolvedSession } from '../common/auth/session-resolver';
import { hashPassword, newToken, passwordMatches, sessionIdOf } from './secrets';
import { SessionsRepository, type ActiveSession } from './sessions.repository';
import { AdaptiveBatcher } from '../common/batching/adaptive-batcher';
import { UsersRepository } from './users.repository';

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export interface IssuedSession {
  readonly userId: string;
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/** Login, logout and turning a cookie into an actor. */
@Injectable()
export class SessionService extends SessionResolver {
  /** Verified against when the email is unknown, so both failures take as long (no account probing by timing). */
  private decoyHash: Promise<string> | undefined;

  /** Every signed-in request looks its session up: concurrent lookups share one statement. */
  private readonly lookups: AdaptiveBatcher<string, ActiveSession | null>;

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
  ) {
    super();
    this.lookups = new AdaptiveBatcher(
      async (ids) => {
        const found = await this.sessions.findActive(ids);
        return ids.map((id) => found.get(id) ?? null);
      },
      { maxBatch: 500, maxInFlight: 2 },
    );
  }

  /** A new session every time (rotation); the one the browser held before, if any, ends. */
  async login(email: string, password: string, previousToken: string | null): Promise<IssuedSession> {
    const credentials = await this.users.findCredentials(email.trim().toLowerCase());
    this.decoyHash ??= hashPassword(newToken());
    const matches = await passwordMatches(credentials?.passwordHash ?? (await this.decoyHash), password);
    if (credentials === null || !matches) throw new ApiException('invalid_credentials');

    if (previousToken !== null) await this.sessions.delete(sessionIdOf(previousToken));
    return this.issue(credentials.id);
  }

  /**
   * A new session id for the same person after their privileges grew (a verified email or
   * phone), so a token that leaked before cannot ride on the new tier. The new one is stored
   * before the old one ends: a failure in between leaves the person signed in, never half-out.
   */
  async rotate(currentSessionId: string, userId: string): Promise<IssuedSession> {
    const session = await this.issue(userId);
    await this.sessions.delete(currentSessionId);
    return session;
  }

  private async issue(userId: string): Promise<IssuedSession> {
    const session = { userId, token: newToken(), csrfToken: newToken(), expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) };
    await this.sessions.create({ id: sessionIdOf(session.token), userId, csrfToken: session.csrfToken, expiresAt: session.expiresAt });
    return session;
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.delete(sessionId);
  }

  async resolve(rawToken: string): Promise<ResolvedSession | null> {
    const sessionId = sessionIdOf(rawToken);
    const found = await this.lookups.submit(sessionId);
    if (found === null) return null;
    const { account } = found;
    return { sessionId, csrfToken: found.csrfToken, actor: { id: account.id, verificationTier: account.verificationTier, roles: account.roles } };
  }
}
