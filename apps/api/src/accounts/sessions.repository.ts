import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { toAccountView, type AccountView } from './role.mapper';
import { SessionOrmEntity } from './session.orm-entity';

/** Writing last_seen_at on every request would turn each read into a write; once a few minutes is enough. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

interface SessionAccountRow {
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

@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(session: { id: string; userId: string; csrfToken: string; expiresAt: Date }): Promise<void> {
    await this.dataSource.getRepository(SessionOrmEntity).insert(session);
  }

  /**
   * An unexpired session with its account and roles, refreshing last_seen_at now and then. Every
   * signed-in request asks this, so it is one statement, one row per role: TypeORM's findOne
   * with the roles relation took two round trips (a DISTINCT id query for its LIMIT 1, then the
   * join) and most of a co-sign's mapping time.
   */
  async findActive(id: string): Promise<{ csrfToken: string; account: AccountView } | null> {
    const now = new Date();
    const rows = await this.dataSource.query<SessionAccountRow[]>(
      `SELECT s.csrf_token, s.last_seen_at, u.id, u.email, u.display_name, u.email_verified_at, u.phone_verified_at, u.created_at,
              r.kind, r.side, r.tf_role, r.agency_id
       FROM sessions s
       JOIN users u ON u.id = s.user_id
       LEFT JOIN user_roles r ON r.user_id = u.id
       WHERE s.id = $1 AND s.expires_at > $2`,
      [id, now],
    );
    const [first] = rows;
    if (first === undefined) return null;
    if (now.getTime() - first.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.getRepository(SessionOrmEntity).update({ id, lastSeenAt: LessThan(new Date(now.getTime() - TOUCH_INTERVAL_MS)) }, { lastSeenAt: now });
    }
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
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.getRepository(SessionOrmEntity).delete({ id });
  }
}
