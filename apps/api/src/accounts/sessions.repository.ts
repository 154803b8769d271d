import { Injectable } from '@nestjs/common';
import { DataSource, In, LessThan } from 'typeorm';
import { toAccountView, type AccountView } from './role.mapper';
import { SessionOrmEntity } from './session.orm-entity';

/** Writing last_seen_at on every request would turn each read into a write; once a few minutes is enough. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

interface SessionAccountRow {
  readonly session_id: string;
  readonly csrf_token: string;
  readonly last_seen_at: Date;
  readonly id: string;
  readonly email: string;
  readonly display_name: string;
  readonly email_verified_at: Date | null;
  readonly phone_verified_at: Date | null;
  readonly created_at: Date;
  /** null when the account has no role row (the LEFT JOIN found none). */
  readonly kind: string | null;
  readonly side: string | null;
  readonly tf_role: string | null;
  readonly agency_id: string | null;
}

/** A live session: its CSRF token and its account. */
export interface ActiveSession {
  readonly csrfToken: string;
  readonly account: AccountView;
}

/** The rows of one session, one per role (a single row with null role columns when it has none). */
const toActiveSession = (rows: readonly SessionAccountRow[]): ActiveSession => {
  const [first] = rows;
  if (first === undefined) throw new Error('a session without rows');
  const roles = rows.flatMap((row) => (row.kind === null ? [] : [{ kind: row.kind, side: row.side, tfRole: row.tf_role, agencyId: row.agency_id }]));
  return {
    csrfToken: first.csrf_token,
    account: toAccountView({
      id: first.id,
      email: first.email,
      displayName: first.display_name,
      emailVerifiedAt: first.email_verified_at,
      phoneVerifiedAt: first.phone_verified_at,
      createdAt: first.created_at,
      roles,
    }),
  };
};

@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(session: { id: string; userId: string; csrfToken: string; expiresAt: Date }): Promise<void> {
    await this.dataSource.getRepository(SessionOrmEntity).insert(session);
  }

  /**
   * Unexpired sessions with their accounts and roles, by session id (an id missing from the map
   * has no live session), refreshing last_seen_at now and then. Every signed-in request asks
   * this, so SessionService batches the lookups of concurrent requests into one call: one
   * statement, one row per session and role. (TypeORM's findOne with the roles relation took two
   * round trips per session, a DISTINCT id query for its LIMIT 1 and then the join.)
   */
  async findActive(ids: readonly string[]): Promise<Map<string, ActiveSession>> {
    const now = new Date();
    const rows = await this.dataSource.query<SessionAccountRow[]>(
      `SELECT s.id AS session_id, s.csrf_token, s.last_seen_at, u.id, u.email, u.display_name, u.email_verified_at, u.phone_verified_at, u.created_at,
              r.kind, r.side, r.tf_role, r.agency_id
       FROM sessions s
       JOIN users u ON u.id = s.user_id
       LEFT JOIN user_roles r ON r.user_id = u.id
       WHERE s.id = ANY($1::text[]) AND s.expires_at > $2`,
      [[...ids], now],
    );
    const bySession = new Map<string, SessionAccountRow[]>();
    for (const row of rows) bySession.set(row.session_id, [...(bySession.get(row.session_id) ?? []), row]);
    const stale = [...bySession.values()].flatMap(([first]) => (first !== undefined && now.getTime() - first.last_seen_at.getTime() > TOUCH_INTERVAL_MS ? [first.session_id] : []));
    if (stale.length > 0) {
      await this.dataSource.getRepository(SessionOrmEntity).update({ id: In(stale), lastSeenAt: LessThan(new Date(now.getTime() - TOUCH_INTERVAL_MS)) }, { lastSeenAt: now });
    }
    const found = new Map<string, ActiveSession>();
    for (const [id, sessionRows] of bySession) found.set(id, toActiveSession(sessionRows));
    return found;
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.getRepository(SessionOrmEntity).delete({ id });
  }
}
