import { Injectable } from '@nestjs/common';
import { hasRole, type Actor, type Role } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import type { AccountView } from './role.mapper';
import { UsersRepository } from './users.repository';

/** Admin: replace a person's roles, audited. */
@Injectable()
export class UserRolesService {
  constructor(private readonly users: UsersRepository) {}

  async replace(actor: Actor, userId: string, roles: readonly Role[], reason: string | null): Promise<AccountView> {
    if (!hasRole(actor, 'admin')) throw new ApiException('forbidden');
    // An admin removing their own admin role could leave the platform with none; another admin must do it.
    if (userId === actor.id && !roles.some((role) => role.kind === 'admin')) throw new ApiException('conflict');
    const updated = await this.users.replaceRoles(userId, roles, actor.id, reason);
    if (updated === null) throw new ApiException('not_found');
    return updated;
  }

  list(page: number, pageSize: number, search: string): Promise<{ items: AccountView[]; total: number }> {
    return this.users.list(page, pageSize, search);
  }
}
