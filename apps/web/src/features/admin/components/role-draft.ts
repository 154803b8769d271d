import type { AccountRole, RoleInput } from '../api/users-api';

export type Side = 'government' | 'civil';
export type TaskforceRole = 'convener' | 'co_convener' | 'member';

/** The staff roles as the editor shows them; citizen is kept as it was (it is not the admin's to take away here). */
export interface RoleDraft {
  readonly citizen: boolean;
  readonly moderator: boolean;
  readonly admin: boolean;
  readonly taskforce: boolean;
  readonly side: Side | '';
  readonly tfRole: TaskforceRole | '';
  readonly agency: boolean;
  readonly agencyId: string;
  /** An officer of several agencies keeps the others; the editor changes one. */
  readonly otherAgencyIds: readonly string[];
}

export const toDraft = (roles: readonly AccountRole[]): RoleDraft => {
  const tf = roles.find((r) => r.kind === 'task_force_member');
  const agencies = roles.filter((r) => r.kind === 'agency_officer').map((r) => r.agencyId ?? '');
  return {
    citizen: roles.some((r) => r.kind === 'citizen'),
    moderator: roles.some((r) => r.kind === 'moderator'),
    admin: roles.some((r) => r.kind === 'admin'),
    taskforce: tf !== undefined,
    side: tf?.side ?? '',
    tfRole: tf?.role ?? '',
    agency: agencies.length > 0,
    agencyId: agencies[0] ?? '',
    otherAgencyIds: agencies.slice(1),
  };
};

export type DraftProblem = 'side' | 'tfRole' | 'agencyId';

/** What must be chosen before saving. */
export const draftProblems = (draft: RoleDraft): DraftProblem[] => [
  ...(draft.taskforce && draft.side === '' ? (['side'] as const) : []),
  ...(draft.taskforce && draft.tfRole === '' ? (['tfRole'] as const) : []),
  ...(draft.agency && draft.agencyId === '' ? (['agencyId'] as const) : []),
];

/** The roles to send (call only when draftProblems is empty). */
export const toRoles = (draft: RoleDraft): RoleInput[] => [
  ...(draft.citizen ? [{ kind: 'citizen' } as const] : []),
  ...(draft.moderator ? [{ kind: 'moderator' } as const] : []),
  ...(draft.taskforce && draft.side !== '' && draft.tfRole !== '' ? [{ kind: 'task_force_member', side: draft.side, role: draft.tfRole } as const] : []),
  ...(draft.agency && draft.agencyId !== '' ? [{ kind: 'agency_officer', agencyId: draft.agencyId } as const] : []),
  ...draft.otherAgencyIds.filter((id) => !draft.agency || id !== draft.agencyId).map((agencyId) => ({ kind: 'agency_officer', agencyId }) as const),
  ...(draft.admin ? [{ kind: 'admin' } as const] : []),
];

const roleKey = (role: AccountRole | RoleInput): string => `${role.kind}:${'agencyId' in role ? (role.agencyId ?? '') : ''}`;

/** Roles held before and not after: removing one needs a confirmation. Changing a side or agency counts as removing the old one. */
export const removedRoles = (before: readonly AccountRole[], after: readonly RoleInput[]): AccountRole[] => {
  const kept = new Set(after.map(roleKey));
  const sameSeat = (role: AccountRole) =>
    role.kind !== 'task_force_member' || after.some((r) => r.kind === 'task_force_member' && r.side === role.side && r.role === role.role);
  return before.filter((role) => !kept.has(roleKey(role)) || !sameSeat(role));
};
