import { TASK_FORCE_ROLES, TASK_FORCE_SIDES, type Role, type VerificationTier } from '@open-proposals/domain';
import type { UserRoleOrmEntity } from './user-role.orm-entity';
import type { UserOrmEntity } from './user.orm-entity';

type RoleColumns = Pick<UserRoleOrmEntity, 'kind' | 'side' | 'tfRole' | 'agencyId'>;

/** Every role kind, in the order roles are listed (citizen first, admin last). */
export const ROLE_KINDS = ['citizen', 'moderator', 'task_force_member', 'agency_officer', 'admin'] as const;

const roleOrder = (a: RoleColumns, b: RoleColumns): number =>
  ROLE_KINDS.indexOf(a.kind as Role['kind']) - ROLE_KINDS.indexOf(b.kind as Role['kind']) || (a.agencyId ?? '').localeCompare(b.agencyId ?? '');

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

/** A stored role as the domain sees it; a row the check constraints should have refused is a bug, so it throws. */
export const toDomainRole = (row: RoleColumns): Role => {
  switch (row.kind) {
    case 'citizen':
    case 'moderator':
    case 'admin':
      return { kind: row.kind };
    case 'task_force_member':
      if (!isOneOf(TASK_FORCE_SIDES, row.side) || !isOneOf(TASK_FORCE_ROLES, row.tfRole)) break;
      return { kind: 'task_force_member', side: row.side, role: row.tfRole };
    case 'agency_officer':
      if (row.agencyId === null) break;
      return { kind: 'agency_officer', agencyId: row.agencyId };
  }
  throw new Error(`user_roles row of kind ${row.kind} is malformed`);
};

export const toRoleColumns = (role: Role): RoleColumns => {
  switch (role.kind) {
    case 'citizen':
    case 'moderator':
    case 'admin':
      return { kind: role.kind, side: null, tfRole: null, agencyId: null };
    case 'task_force_member':
      return { kind: role.kind, side: role.side, tfRole: role.role, agencyId: null };
    case 'agency_officer':
      return { kind: role.kind, side: null, tfRole: null, agencyId: role.agencyId };
  }
};

/** Uniqueness is per (kind, agency), as in the table: a later duplicate is dropped. */
export const dedupeRoles = (roles: readonly Role[]): Role[] => {
  const seen = new Set<string>();
  return roles.filter((role) => {
    const key = `${role.kind}:${role.kind === 'agency_officer' ? role.agencyId : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** Phone implies email (the tiers are ordered), so a phone without a verified email counts as none. */
export const verificationTierOf = (user: Pick<UserOrmEntity, 'emailVerifiedAt' | 'phoneVerifiedAt'>): VerificationTier => {
  if (user.emailVerifiedAt === null) return 'none';
  return user.phoneVerifiedAt === null ? 'email' : 'phone';
};

export interface AccountView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly verificationTier: VerificationTier;
  readonly roles: Role[];
  readonly createdAt: Date;
}

/** What an account view is made of: a user row's columns and its role rows. */
export type AccountColumns = Pick<UserOrmEntity, 'id' | 'email' | 'displayName' | 'emailVerifiedAt' | 'phoneVerifiedAt' | 'createdAt'> & {
  readonly roles?: readonly RoleColumns[];
};

export const toAccountView = (user: AccountColumns): AccountView => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  verificationTier: verificationTierOf(user),
  roles: [...(user.roles ?? [])].sort(roleOrder).map(toDomainRole),
  createdAt: user.createdAt,
});
