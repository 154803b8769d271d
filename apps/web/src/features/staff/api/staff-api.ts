import type { Account } from '../../account/api/account-api';

export type StaffRoleKind = 'moderator' | 'task_force_member' | 'agency_officer' | 'admin';

/** The signed-in person as GET /api/v1/session/me answers, with the roles staff pages check. */
export type SessionAccount = Account;
