import { err, ok, type Result } from '../shared/result';
import type { LocalizedText } from '../shared/localized-text';
import type { CommitmentError } from './commitment.errors';
import type { CommitmentEvent } from './commitment.events';
import {
  COMMITMENT_ORIGINS,
  MILESTONE_STATUSES,
  OGP_COMPLETIONS,
  OGP_OPEN_GOVERNMENT,
  OGP_POTENTIAL_RESULTS,
  OGP_VERIFIABLE,
  isCalendarDay,
  isCommitmentCode,
  isOneOf,
  isQuarter,
  type AssessmentKind,
  type Commitment,
  type Milestone,
  type OgpAssessment,
  type ProgressUpdate,
} from './commitment.state';
import { isHttpUrl } from '../proposal/proposal-content.validator';

export interface CommitmentTransition {
  readonly commitment: Commitment;
  readonly events: readonly CommitmentEvent[];
}

export type CommitmentResult = Result<CommitmentTransition, CommitmentError>;

/** zh-TW is required; English may follow later (a translation pending is shown as such, not invented). */
const localized = (text: { readonly 'zh-TW': string; readonly en?: string }): LocalizedText | null => {
  const zh = text['zh-TW'].trim();
  return zh === '' ? null : { 'zh-TW': zh, en: (text.en ?? '').trim() };
};


export interface CreateCommitmentInput {
  readonly id: string;
  readonly actorId: string | null;
  readonly planCode: string;
  /** The published plan's number, when the commitment comes from the plan itself (see isCommitmentCode). */
  readonly code?: string | null;
  /** The plan's area codes, loaded by the caller: a commitment belongs to one of them. */
  readonly planAreaCodes: readonly string[];
  readonly areaCode: string;
  readonly title: { readonly 'zh-TW': string; readonly en?: string };
  /** Optional: a commitment adopted at a meeting may get its description later. */
  readonly description?: { readonly 'zh-TW': string; readonly en?: string } | null;
  readonly origin: string;
  readonly sourceProposalId?: string | null;
  readonly responsibleAgencyIds?: readonly string[];
}

export const createCommitment = (input: CreateCommitmentInput, now: Date): CommitmentResult => {
  const title = localized(input.title);
  if (title === null) return err({ code: 'commitment.title_required' });
  const description = (input.description ? localized(input.description) : null) ?? { 'zh-TW': '', en: '' };
  if (!input.planAreaCodes.includes(input.areaCode)) return err({ code: 'commitment.unknown_area', details: { areaCode: input.areaCode } });
  const { origin } = input;
  if (!isOneOf(COMMITMENT_ORIGINS, origin)) return err({ code: 'commitment.unknown_origin' });
  const code = input.code ?? null;
  // A plan's numbers start with the plan's own code, so two plans can never share one.
  if (code !== null && (!isCommitmentCode(code) || !code.startsWith(`${input.planCode}-`))) return err({ code: 'commitment.invalid_code' });
  const sourceProposalId = input.sourceProposalId ?? null;
  // The link to the proposal is what lets the public follow a citizen's idea into the plan.
  if ((origin === 'citizen_proposal') !== (sourceProposalId !== null)) return err({ code: 'commitment.proposal_required' });
  const commitment: Commitment = {
    id: input.id,
    planCode: input.planCode,
    code,
    areaCode: input.areaCode,
    title,
    description,
    origin,
    sourceProposalId,
    responsibleAgencyIds: [...new Set(input.responsibleAgencyIds ?? [])],
    milestones: [],
    progress: [],
    selfAssessment: null,
    irmAssessment: null,
    trackingClosedAt: null,
    trackingClosedReason: null,
    tracking: 'open',
    createdAt: now,
    updatedAt: now,
  };
  return ok({
    commitment,
    events: [{ type: 'CommitmentCreated', commitmentId: input.id, occurredAt: now, actorId: input.actorId, origin, sourceProposalId, areaCode: input.areaCode }],
  });
};

/** Closed tracking (解除列管) freezes a commitment: later reports would rewrite a settled record. */
const refuseClosed = (commitment: Commitment): CommitmentError | null =>
  commitment.tracking === 'closed' ? { code: 'commitment.tracking_closed' } : null;

export interface AddMilestoneInput {
  readonly id: string;
  readonly actorId: string;
  readonly title: { readonly 'zh-TW': string; readonly en?: string };
  readonly dueOn: string;
  readonly status?: string;
  readonly evidenceUrl?: string | null;
}

export const addMilestone = (commitment: Commitment, input: AddMilestoneInput, now: Date): CommitmentResult => {
  const closed = refuseClosed(commitment);
  if (closed) return err(closed);
  const title = localized(input.title);
  if (title === null) return err({ code: 'commitment.title_required' });
  if (!isCalendarDay(input.dueOn)) return err({ code: 'commitment.invalid_due_date' });
  const status = input.status ?? 'planned';
  if (!isOneOf(MILESTONE_STATUSES, status)) return err({ code: 'commitment.unknown_milestone_status' });
  const evidenceUrl = (input.evidenceUrl ?? '').trim() || null;
  if (evidenceUrl !== null && !isHttpUrl(evidenceUrl)) return err({ code: 'commitment.invalid_evidence_url' });
  const milestone: Milestone = { id: input.id, title, dueOn: input.dueOn, status, evidenceUrl };
  return ok({
    commitment: { ...commitment, milestones: [...commitment.milestones, milestone], updatedAt: now },
    events: [{ type: 'CommitmentMilestoneAdded', commitmentId: commitment.id, occurredAt: now, actorId: input.actorId, milestone }],
  });
};

export interface ReportProgressInput {
  readonly id: string;
  readonly actorId: string;
  readonly quarter: string;
  readonly text: { readonly 'zh-TW': string; readonly en?: string };
  readonly completion: string;
}

/** One update per quarter: a correction is a new fact to record, not a silent second report. */
export const reportProgress = (commitment: Commitment, input: ReportProgressInput, now: Date): CommitmentResult => {
  const closed = refuseClosed(commitment);
  if (closed) return err(closed);
  const { quarter, completion } = input;
  if (!isQuarter(quarter)) return err({ code: 'commitment.invalid_quarter' });
  const text = localized(input.text);
  if (text === null) return err({ code: 'commitment.text_required' });
  if (!isOneOf(OGP_COMPLETIONS, completion)) return err({ code: 'commitment.unknown_completion' });
  if (commitment.progress.some((p) => p.quarter === quarter)) return err({ code: 'commitment.quarter_reported', details: { quarter } });
  const update: ProgressUpdate = { id: input.id, quarter, text, completion, reportedBy: input.actorId, reportedAt: now };
  return ok({
    commitment: { ...commitment, progress: [...commitment.progress, update], updatedAt: now },
    events: [{ type: 'CommitmentProgressReported', commitmentId: commitment.id, occurredAt: now, actorId: input.actorId, update }],
  });
};

export interface AssessCommitmentInput {
  readonly actorId: string;
  readonly kind: AssessmentKind;
  readonly completion: string;
  readonly potentialResults: string;
  readonly didItOpenGovernment: string;
  readonly verifiable: string;
  readonly note?: string | null;
}

/** An assessment replaces the previous one of its kind; the audit trail keeps the history. */
export const assessCommitment = (commitment: Commitment, input: AssessCommitmentInput, now: Date): CommitmentResult => {
  const { completion, potentialResults, didItOpenGovernment, verifiable } = input;
  if (
    !isOneOf(OGP_COMPLETIONS, completion) ||
    !isOneOf(OGP_POTENTIAL_RESULTS, potentialResults) ||
    !isOneOf(OGP_OPEN_GOVERNMENT, didItOpenGovernment) ||
    !isOneOf(OGP_VERIFIABLE, verifiable)
  ) {
    return err({ code: 'commitment.invalid_assessment' });
  }
  const assessment: OgpAssessment = {
    completion,
    potentialResults,
    didItOpenGovernment,
    verifiable,
    note: (input.note ?? '').trim() || null,
    assessedBy: input.actorId,
    assessedAt: now,
  };
  const next = input.kind === 'self' ? { selfAssessment: assessment } : { irmAssessment: assessment };
  return ok({
    commitment: { ...commitment, ...next, updatedAt: now },
    events: [{ type: 'CommitmentAssessed', commitmentId: commitment.id, occurredAt: now, actorId: input.actorId, kind: input.kind, assessment }],
  });
};

export interface CloseTrackingInput {
  readonly actorId: string;
  /** Shown to the public next to the commitment: why it is no longer tracked. */
  readonly reason: string;
}

/** Closing tracking (解除列管) is final and must say why: the public reads the reason, not the minutes. */
export const closeTracking = (commitment: Commitment, input: CloseTrackingInput, now: Date): CommitmentResult => {
  const closed = refuseClosed(commitment);
  if (closed) return err(closed);
  const reason = input.reason.trim();
  if (reason === '') return err({ code: 'commitment.closure_reason_required' });
  return ok({
    commitment: { ...commitment, tracking: 'closed', trackingClosedAt: now, trackingClosedReason: reason, updatedAt: now },
    events: [{ type: 'CommitmentTrackingClosed', commitmentId: commitment.id, occurredAt: now, actorId: input.actorId, reason }],
  });
};
