import { Injectable } from '@nestjs/common';
import type { Role } from '@open-proposals/domain';
import { DataSource, ILike, QueryFailedError, type EntityManager } from 'typeorm';
import { AuditLogOrmEntity } from '../common/audit/audit-log.orm-entity';
import { dedupeRoles, toAccountView, toRoleColumns, type AccountView } from './role.mapper';
import { SessionOrmEntity } from './session.orm-entity';
import { UserRoleOrmEntity } from './user-role.orm-entity';
import { UserOrmEntity } from './user.orm-entity';

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: unknown }).code === '23505';

export interface NewUser {
  readonly email: string;
  readonly passwordHash: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
}

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The new user's id, or null when the email is taken (the unique constraint decides, so a race cannot slip through). */
  async create(user: NewUser): Promise<string | null> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { id } = await manager.getRepository(UserOrmEntity).save({ email: user.email, passwordHash: user.passwordHash, displayName: user.displayName });
        await this.insertRoles(manager, id, user.roles, null);
        return id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  async findCredentials(email: string): Promise<{ id: string; passwordHash: string } | null> {
    return this.dataSource.getRepository(UserOrmEntity).findOne({ where: { email }, select: { id: true, passwordHash: true } });
  }

  async findAccount(id: string): Promise<AccountView | null> {
    const row = await this.dataSource.getRepository(UserOrmEntity).findOne({ where: { id }, relations: { roles: true } });
    return row === null ? null : toAccountView(row);
  }

  /** `search` (may be empty) matches part of the email or the display name, any case; LIKE wildcards in it are taken literally. */
  async list(page: number, pageSize: number, search = ''): Promise<{ items: AccountView[]; total: number }> {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const [rows, total] = await this.dataSource.getRepository(UserOrmEntity).findAndCount({
      where: search === '' ? {} : [{ email: ILike(pattern) }, { displayName: ILike(pattern) }],
      relations: { roles: true },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toAccountView), total };
  }

  /** Only while the account still has this address, so a code sent to an old address proves nothing. */
  async markEmailVerified(id: string, email: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(UserOrmEntity).update({ id, email }, { emailVerifiedAt: new Date() });
    return result.affected === 1;
  }

  /** false when another account already holds this number. The key goes with the number (see phone-key.ts). */
  async setVerifiedPhone(id: string, phone: string, phoneKey: string): Promise<boolean> {
    try {
      await this.dataSource.getRepository(UserOrmEntity).update({ id }, { phone, phoneKey, phoneVerifiedAt: new Date() });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async isPhoneTakenByOther(id: string, phone: string): Promise<boolean> {
    const owner = await this.dataSource.getRepository(UserOrmEntity).findOne({ where: { phone }, select: { id: true } });
    return owner !== null && owner.id !== id;
  }

  /** New password and every session ended, together: a reset must lock out whoever knew the old one. */
  async resetPassword(id: string, passwordHash: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserOrmEntity).update({ id }, { passwordHash });
      await manager.getRepository(SessionOrmEntity).delete({ userId: id });
    });
  }

  /** Replaces every role and writes the audit entry in the same transaction; null if the user does not exist. */
  async replaceRoles(id: string, roles: readonly Role[], actorId: string, reason: string | null): Promise<AccountView | null> {
    return this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserOrmEntity);
      const before = await users.findOne({ where: { id }, relations: { roles: true }, lock: { mode: 'pessimistic_write', tables: ['users'] } });
      if (before === null) return null;
      await manager.getRepository(UserRoleOrmEntity).delete({ userId: id });
      await this.insertRoles(manager, id, dedupeRoles(roles), actorId);
      const after = toAccountView(await users.findOneOrFail({ where: { id }, relations: { roles: true } }));
      await manager.getRepository(AuditLogOrmEntity).insert({
        actorId,
        action: 'user.roles.replace',
        subjectType: 'user',
        subjectId: id,
        before: { roles: toAccountView(before).roles },
        after: { roles: after.roles },
        reason,
      });
      return after;
    });
  }

  private async insertRoles(manager: EntityManager, userId: string, roles: readonly Role[], grantedBy: string | null): Promise<void> {
    if (roles.length === 0) return;
    await manager.getRepository(UserRoleOrmEntity).insert(roles.map((role) => ({ userId, grantedBy, ...toRoleColumns(role) })));
  }
}

