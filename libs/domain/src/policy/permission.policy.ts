import { tierAtLeast, type VerificationTier } from '../shared/verification-tier';
import { hasRole, officerAgencyIds, type Actor, type RoleKind } from './actor';

/** The resource each action is checked against; `void` where the role alone decides. */
export interface PolicyResources {
  'proposal.create': void;
  'proposal.edit': ProposalResource;
  'proposal.submit': ProposalResource;
  'proposal.withdraw': ProposalResource;
  'proposal.moderate': void;
  'cosign.create': ProposalResource;
  'comment.create': void;
  'comment.moderate': void;
  'taskforce.decide': void;
  'agency.respond': AgencyResource;
  'admin.assign_roles': void;
  'cycle.configure': void;
}

export type PolicyAction = keyof PolicyResources;

export interface ProposalResource {
  readonly proposerId: string;
}

export interface AgencyResource {
  /** The agency the response is written for. */
  readonly agencyId: string;
}

export type DenialReason =
  | 'unauthenticated'
  | 'role_required'
  | 'tier_required'
  | 'not_owner'
  | 'wrong_agency'
  | 'own_proposal'
  /** Fail closed if a caller bypasses the types and omits the resource an action is checked against. */
  | 'resource_missing';

export type PolicyDecision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly reason: DenialReason;
      readonly requiredRole?: RoleKind;
      readonly requiredTier?: VerificationTier;
    };

const ALLOWED: PolicyDecision = { allowed: true };
const denyRole = (requiredRole: RoleKind): PolicyDecision => ({ allowed: false, reason: 'role_required', requiredRole });
const denyTier = (requiredTier: VerificationTier): PolicyDecision => ({ allowed: false, reason: 'tier_required', requiredTier });
const NOT_OWNER: PolicyDecision = { allowed: false, reason: 'not_owner' };
const RESOURCE_MISSING: PolicyDecision = { allowed: false, reason: 'resource_missing' };

const requireRole = (actor: Actor, kind: RoleKind): PolicyDecision => (hasRole(actor, kind) ? ALLOWED : denyRole(kind));

const requireTier = (actor: Actor, tier: VerificationTier, then: () => PolicyDecision = () => ALLOWED): PolicyDecision =>
  tierAtLeast(actor.verificationTier, tier) ? then() : denyTier(tier);

/** Ownership is checked before the tier: a stranger learns nothing about what the owner would need. */
const requireOwner = (
  actor: Actor,
  resource: ProposalResource | undefined,
  then: () => PolicyDecision = () => ALLOWED,
): PolicyDecision => {
  if (resource === undefined) return RESOURCE_MISSING;
  return actor.id === resource.proposerId ? then() : NOT_OWNER;
};

const citizenWithTier = (actor: Actor, tier: VerificationTier, then?: () => PolicyDecision): PolicyDecision =>
  hasRole(actor, 'citizen') ? requireTier(actor, tier, then) : denyRole('citizen');

/** Rules receive `undefined` too, so that a resource omitted at runtime is refused, not dereferenced. */
type PolicyRule<A extends PolicyAction> = (actor: Actor, resource: PolicyResources[A] | undefined) => PolicyDecision;
type PolicyRules = { readonly [A in PolicyAction]: PolicyRule<A> };

/**
 * One rule per action. Roles do not imply one another: an admin who wants to moderate is
 * given the moderator role, so every power is visible in the role list.
 */
const RULES: PolicyRules = {
  // Drafting needs no verification; the phone tier is asked at submission (DOMAIN.md).
  'proposal.create': (actor) => citizenWithTier(actor, 'none'),
  'proposal.edit': (actor, proposal) => requireOwner(actor, proposal),
  'proposal.submit': (actor, proposal) => requireOwner(actor, proposal, () => requireTier(actor, 'phone')),
  'proposal.withdraw': (actor, proposal) => requireOwner(actor, proposal),
  'proposal.moderate': (actor) => requireRole(actor, 'moderator'),
  'cosign.create': (actor, proposal) =>
    citizenWithTier(actor, 'phone', () => {
      if (proposal === undefined) return RESOURCE_MISSING;
      return actor.id === proposal.proposerId ? { allowed: false, reason: 'own_proposal' } : ALLOWED;
    }),
  'comment.create': (actor) => citizenWithTier(actor, 'email'),
  'comment.moderate': (actor) => requireRole(actor, 'moderator'),
  'taskforce.decide': (actor) => requireRole(actor, 'task_force_member'),
  'agency.respond': (actor, agency) => {
    const agencies = officerAgencyIds(actor);
    if (agencies.length === 0) return denyRole('agency_officer');
    if (agency === undefined) return RESOURCE_MISSING;
    return agencies.includes(agency.agencyId) ? ALLOWED : { allowed: false, reason: 'wrong_agency' };
  },
  'admin.assign_roles': (actor) => requireRole(actor, 'admin'),
  'cycle.configure': (actor) => requireRole(actor, 'admin'),
};

/** The actions decided by role alone, which may be called without a resource. */
export type ResourcelessAction = { [A in PolicyAction]: PolicyResources[A] extends void ? A : never }[PolicyAction];

/**
 * Whether `actor` (null for a visitor) may perform `action` on `resource`. Checked per
 * resource (ownership, agency), not only per route; the reason lets the UI explain a refusal.
 */
export function authorize<A extends ResourcelessAction>(actor: Actor | null, action: A): PolicyDecision;
export function authorize<A extends PolicyAction>(actor: Actor | null, action: A, resource: PolicyResources[A]): PolicyDecision;
export function authorize<A extends PolicyAction>(actor: Actor | null, action: A, resource?: PolicyResources[A]): PolicyDecision {
  if (actor === null) return { allowed: false, reason: 'unauthenticated' };
  const rule: PolicyRule<A> = RULES[action];
  return rule(actor, resource);
}
