import type { AuditEntry } from '../shared/audit-entry';
import type { DomainError } from '../shared/domain-error';
import { err, ok, type Result } from '../shared/result';

/**
 * A moderator looked at a trending-source alert and found it legitimate (a university's mail
 * domain, a company's office network behind a proposal about that workplace). Dismissing it
 * settles it like an invalidation does, but changes no co-sign; the note says why, for the
 * moderators after them, and is never public.
 */
export const COSIGN_ALERT_DISMISSAL_NOTE_MAX_LENGTH = 500;

export type CosignAlertErrorCode = 'cosign_alert.already_resolved';
export type CosignAlertError = DomainError<CosignAlertErrorCode>;

/** What dismissing needs to know of the alert. */
export interface CosignAlertState {
  readonly id: string;
  readonly resolvedAt: Date | null;
}

export interface CosignAlertDismissal {
  readonly resolvedAt: Date;
  readonly dismissedBy: string;
  readonly dismissalNote: string;
}

/**
 * An open alert can be dismissed once. A settled one (dismissed, or resolved by an
 * invalidation) is refused rather than overwritten, so the first moderator's reason is the one
 * on record. The note is trimmed and required: an unexplained dismissal teaches nobody anything.
 */
export const dismissCosignAlert = (
  alert: CosignAlertState,
  input: { readonly by: string; readonly note: string; readonly at: Date },
): Result<CosignAlertDismissal, CosignAlertError> => {
  if (alert.resolvedAt !== null) return err({ code: 'cosign_alert.already_resolved' });
  return ok({ resolvedAt: input.at, dismissedBy: input.by, dismissalNote: input.note.trim() });
};

/** The audit line: who dismissed which alert and why; the source is named by its label only (a masked prefix, never an address). */
export const cosignAlertDismissalAuditEntry = (input: {
  readonly alertId: string;
  readonly proposalId: string;
  readonly sourceLabel: string;
  readonly dismissal: CosignAlertDismissal;
}): AuditEntry => ({
  actorId: input.dismissal.dismissedBy,
  action: 'cosign_alert.dismiss',
  subjectType: 'cosign_alert',
  subjectId: input.alertId,
  before: { resolvedAt: null },
  after: { resolvedAt: input.dismissal.resolvedAt.toISOString(), proposalId: input.proposalId, source: input.sourceLabel },
  reason: input.dismissal.dismissalNote,
  occurredAt: input.dismissal.resolvedAt,
});
