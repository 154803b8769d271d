import { Injectable } from '@nestjs/common';
import { DataSource, LessThan, MoreThan } from 'typeorm';
import { toAccountView, type AccountView } from './role.mapper';
import { SessionOrmEntity } from './session.orm-entity';

/** Writing last_seen_at on every request would turn each read into a write; once a few minutes is enough. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(session: { id: string; userId: string; csrfToken: string; expiresAt: Date }): Promise<void> {
    await this.dataSource.getRepository(SessionOrmEntity).insert(session);
  }

  /** An unexpired session with its account and roles, refreshing last_seen_at now and then. */
  async findActive(id: string): Promise<{ csrfToken: string; account: AccountView } | null> {
    const now = new Date();
    const repository = this.dataSource.getRepository(SessionOrmEntity);
    const row = await repository.findOne({ where: { id, expiresAt: MoreThan(now) }, relations: { user: { roles: true } } });
    if (row === null) return null;
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await repository.update({ id, lastSeenAt: LessThan(new Date(now.getTime() - TOUCH_INTERVAL_MS)) }, { lastSeenAt: now });
    }
    return { csrfToken: row.csrfToken, account: toAccountView(row.user) };
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.getRepository(SessionOrmEntity).delete({ id });
  }
}
