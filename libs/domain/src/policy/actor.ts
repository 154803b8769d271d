import type { VerificationTier } from '../shared/verification-tier';

export const TASK_FORCE_SIDES = ['government', 'civil'] as const;
export type TaskForceSide = (typeof TASK_FORCE_SIDES)[number];

export const TASK_FORCE_ROLES = ['convener', 'co_convener', 'member'] as const;
export type TaskForceRole = (typeof TASK_FORCE_ROLES)[number];

/** A role carries the data its permissions are checked against (side, agency). */
export type Role =
  | { readonly kind: 'citizen' }
  | { readonly kind: 'moderator' }
  | { readonly kind: 'task_force_member'; readonly side: TaskForceSide; readonly role: TaskForceRole }
  | { readonly kind: 'agency_officer'; readonly agencyId: string }
  | { readonly kind: 'admin' };

export type RoleKind = Role['kind'];

/** A signed-in person with every role they hold (a person may hold several). */
export interface Actor {
  readonly id: string;
  readonly verificationTier: VerificationTier;
  readonly roles: readonly Role[];
}

export const hasRole = (actor: Actor, kind: RoleKind): boolean => actor.roles.some((role) => role.kind === kind);

/** The agencies an actor answers for; an officer of several agencies holds several roles. */
export const officerAgencyIds = (actor: Actor): string[] =>
  actor.roles.flatMap((role) => (role.kind === 'agency_officer' ? [role.agencyId] : []));
