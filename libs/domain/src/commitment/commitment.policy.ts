import { hasRole, officerAgencyIds, type Actor } from '../policy/actor';
import type { PolicyDecision } from '../policy/permission.policy';
import type { AssessmentKind, Commitment } from './commitment.state';

const ALLOWED: PolicyDecision = { allowed: true };

const isResponsibleOfficer = (actor: Actor, commitment: Pick<Commitment, 'responsibleAgencyIds'>): boolean =>
  officerAgencyIds(actor).some((id) => commitment.responsibleAgencyIds.includes(id));

/**
 * Who may report on a commitment (milestones, quarterly progress, self-assessment): the task
 * force, which tracks every commitment, and officers of an agency responsible for it, who do
 * the work. Officers of other agencies are refused, so one agency cannot report for another.
 */
export const authorizeCommitmentReport = (actor: Actor | null, commitment: Pick<Commitment, 'responsibleAgencyIds'>): PolicyDecision => {
  if (actor === null) return { allowed: false, reason: 'unauthenticated' };
  if (hasRole(actor, 'task_force_member') || isResponsibleOfficer(actor, commitment)) return ALLOWED;
  if (officerAgencyIds(actor).length > 0) return { allowed: false, reason: 'wrong_agency' };
  return { allowed: false, reason: 'role_required', requiredRole: 'task_force_member' };
};

/** Closing tracking is the task force's decision alone (DOMAIN.md: it tracks commitments until done). */
export const authorizeCommitmentClosure = (actor: Actor | null): PolicyDecision => {
  if (actor === null) return { allowed: false, reason: 'unauthenticated' };
  return hasRole(actor, 'task_force_member') ? ALLOWED : { allowed: false, reason: 'role_required', requiredRole: 'task_force_member' };
};

/**
 * The self-assessment follows the reporting rule; the IRM assessment is entered by an admin on
 * behalf of the independent experts, who hold no account on the platform.
 */
export const authorizeCommitmentAssessment = (
  actor: Actor | null,
  commitment: Pick<Commitment, 'responsibleAgencyIds'>,
  kind: AssessmentKind,
): PolicyDecision => {
  if (kind === 'self') return authorizeCommitmentReport(actor, commitment);
  if (actor === null) return { allowed: false, reason: 'unauthenticated' };
  return hasRole(actor, 'admin') ? ALLOWED : { allowed: false, reason: 'role_required', requiredRole: 'admin' };
};
