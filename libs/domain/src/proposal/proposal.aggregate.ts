import { err, ok, type Result } from '../shared/result';
import { tierAtLeast, type PersonRef } from '../shared/verification-tier';
import { activeBlackout, type ParticipationRules } from '../participation/participation-rules';
import { addDays } from '../shared/taipei-time';
import { blackoutError, invalidDraft, type ProposalError } from './proposal.errors';
import {
  EMPTY_PROPOSAL_CONTENT,
  isRejectReasonCode,
  type Proposal,
  type ProposalContent,
  type ProposalField,
} from './proposal.state';
import { normalizeProposalContent, validateProposalContent } from './proposal-content.validator';
import { guardTransition, transitioned, type ProposalResult } from './proposal.transitions';

export interface CreateProposalDraftInput {
  readonly id: string;
  readonly cycleId: string;
  readonly proposerId: string;
  readonly content?: Partial<ProposalContent>;
  readonly knownAreaCodes?: readonly string[];
}

const CONTENT_FIELDS = Object.keys(EMPTY_PROPOSAL_CONTENT) as ProposalField[];

const sameValue = (a: ProposalContent[ProposalField], b: ProposalContent[ProposalField]): boolean =>
  typeof a === 'string' || typeof b === 'string' ? a === b : a.length === b.length && a.every((v, i) => v === b[i]);

/** Applies a partial change; a field explicitly set to undefined (a form left it out) keeps its value. */
const mergeContent = (base: ProposalContent, changes: Partial<ProposalContent> = {}): ProposalContent => ({
  title: changes.title ?? base.title,
  background: changes.background ?? base.background,
  proposal: changes.proposal ?? base.proposal,
  expectedBenefits: changes.expectedBenefits ?? base.expectedBenefits,
  areaCode: changes.areaCode ?? base.areaCode,
  suggestedAgencyIds: changes.suggestedAgencyIds ?? base.suggestedAgencyIds,
  links: changes.links ?? base.links,
});

const checkedContent = (
  content: ProposalContent,
  requireComplete: boolean,
  knownAreaCodes?: readonly string[],
): Result<ProposalContent, ProposalError> => {
  const normalized = normalizeProposalContent(content);
  const fieldErrors = validateProposalContent(normalized, { requireComplete, knownAreaCodes });
  return fieldErrors.length === 0 ? ok(normalized) : err(invalidDraft(fieldErrors));
};

/** Starts a draft; only the title is needed now, the rest can be filled in before submitting. */
export const createProposalDraft = (input: CreateProposalDraftInput, now: Date): ProposalResult => {
  const content = checkedContent(mergeContent(EMPTY_PROPOSAL_CONTENT, input.content), false, input.knownAreaCodes);
  if (!content.ok) return content;
  const proposal: Proposal = {
    id: input.id,
    cycleId: input.cycleId,
    proposerId: input.proposerId,
    status: 'draft',
    content: content.value,
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
    returnNote: null,
    publishedAt: null,
    cosignDeadline: null,
    cosignCount: 0,
    thresholdReachedAt: null,
    cosigningClosedAt: null,
    rejection: null,
    duplicateOfId: null,
    withdrawnAt: null,
    expiredAt: null,
    routedAt: null,
    routedAgencyIds: [],
    agencyResponseDueAt: null,
    decision: null,
  };
  const base = { proposalId: proposal.id, occurredAt: now, actorId: input.proposerId };
  return transitioned(proposal, [
    { type: 'ProposalDraftCreated', ...base, proposerId: input.proposerId, cycleId: input.cycleId },
  ]);
};

export interface EditProposalDraftInput {
  readonly editorId: string;
  readonly changes: Partial<ProposalContent>;
  readonly knownAreaCodes?: readonly string[];
}

/** Only the proposer edits, and only a draft: what moderators reviewed must not change under them. */
export const editProposalDraft = (proposal: Proposal, input: EditProposalDraftInput, now: Date): ProposalResult => {
  const refused = guardTransition(proposal, 'edit_draft');
  if (refused) return err(refused);
  if (input.editorId !== proposal.proposerId) return err({ code: 'proposal.not_proposer' });
  const content = checkedContent(mergeContent(proposal.content, input.changes), false, input.knownAreaCodes);
  if (!content.ok) return content;
  const changedFields = CONTENT_FIELDS.filter((field) => !sameValue(proposal.content[field], content.value[field]));
  if (changedFields.length === 0) return transitioned(proposal, []);
  return transitioned({ ...proposal, content: content.value, updatedAt: now }, [
    { type: 'ProposalDraftEdited', proposalId: proposal.id, occurredAt: now, actorId: input.editorId, changedFields },
  ]);
};

export interface SubmitProposalInput {
  readonly proposer: PersonRef;
  readonly knownAreaCodes?: readonly string[];
}

/** draft → in_review. The proposer must be phone-verified and proposing must not be paused. */
export const submitProposal = (
  proposal: Proposal,
  input: SubmitProposalInput,
  rules: ParticipationRules,
  now: Date,
): ProposalResult => {
  const refused = guardTransition(proposal, 'submit');
  if (refused) return err(refused);
  if (input.proposer.id !== proposal.proposerId) return err({ code: 'proposal.not_proposer' });
  if (!tierAtLeast(input.proposer.verificationTier, 'phone')) return err({ code: 'proposal.not_phone_verified' });
  const blackout = activeBlackout(rules, now);
  if (blackout) return err(blackoutError(blackout));
  const content = checkedContent(proposal.content, true, input.knownAreaCodes);
  if (!content.ok) return content;
  return transitioned({ ...proposal, status: 'in_review', content: content.value, submittedAt: now, updatedAt: now }, [
    {
      type: 'ProposalSubmitted',
      proposalId: proposal.id,
      occurredAt: now,
      actorId: input.proposer.id,
      proposerId: proposal.proposerId,
    },
  ]);
};

const cleanNote = (note: string | null | undefined): string | null => {
  const trimmed = (note ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

export interface ModeratorNoteInput {
  readonly moderatorId: string;
  readonly note: string;
}

/** in_review → draft, with the note that tells the proposer what to fix before resubmitting. */
export const returnProposal = (proposal: Proposal, input: ModeratorNoteInput, now: Date): ProposalResult => {
  const refused = guardTransition(proposal, 'return');
  if (refused) return err(refused);
  const note = cleanNote(input.note);
  if (note === null) return err({ code: 'proposal.note_required' });
  return transitioned({ ...proposal, status: 'draft', returnNote: note, updatedAt: now }, [
    { type: 'ProposalReturned', proposalId: proposal.id, occurredAt: now, actorId: input.moderatorId, note },
  ]);
};

/** in_review → open: co-signing starts now and runs for the cycle's window. */
export const publishProposal = (
  proposal: Proposal,
  input: { readonly moderatorId: string },
  rules: ParticipationRules,
  now: Date,
): ProposalResult => {
  const refused = guardTransition(proposal, 'publish');
  if (refused) return err(refused);
  const cosignDeadline = addDays(now, rules.cosignWindowDays);
  return transitioned(
    { ...proposal, status: 'open', publishedAt: now, cosignDeadline, returnNote: null, updatedAt: now },
    [
      {
        type: 'ProposalPublished',
        proposalId: proposal.id,
        occurredAt: now,
        actorId: input.moderatorId,
        publishedAt: now,
        cosignDeadline,
        threshold: rules.threshold,
      },
    ],
  );
};

export interface RejectProposalInput {
  readonly moderatorId: string;
  /** A RejectReasonCode; typed string because it arrives from a form, and unknown codes are refused. */
  readonly code: string;
  readonly note?: string | null;
  /** Required when code is 'duplicate'. */
  readonly duplicateOfId?: string | null;
}

/** in_review → rejected, with a public reason code (and the original, for duplicates). */
export const rejectProposal = (proposal: Proposal, input: RejectProposalInput, now: Date): ProposalResult => {
  const refused = guardTransition(proposal, 'reject');
  if (refused) return err(refused);
  const { code } = input;
  if (!isRejectReasonCode(code)) return err({ code: 'proposal.unknown_reject_reason', details: { reasonCode: code } });
  const note = cleanNote(input.note);
  if (code === 'other' && note === null) return err({ code: 'proposal.note_required' });
  const duplicateOfId = code === 'duplicate' ? cleanNote(input.duplicateOfId) : null;
  if (code === 'duplicate' && duplicateOfId === null) return err({ code: 'proposal.duplicate_of_required' });
  if (duplicateOfId === proposal.id) return err({ code: 'proposal.duplicate_of_self' });
  return transitioned(
    { ...proposal, status: 'rejected', rejection: { code, note, duplicateOfId, rejectedAt: now }, updatedAt: now },
    [
      {
        type: 'ProposalRejected',
        proposalId: proposal.id,
        occurredAt: now,
        actorId: input.moderatorId,
        reasonCode: code,
        note,
        duplicateOfId,
      },
    ],
  );
};

/** in_review → duplicate: the proposal points readers (and would-be co-signers) to the original. */
export const markProposalDuplicate = (
  proposal: Proposal,
  input: { readonly moderatorId: string; readonly duplicateOfId: string },
  now: Date,
): ProposalResult => {
  const refused = guardTransition(proposal, 'mark_duplicate');
  if (refused) return err(refused);
  const duplicateOfId = cleanNote(input.duplicateOfId);
  if (duplicateOfId === null) return err({ code: 'proposal.duplicate_of_required' });
  if (duplicateOfId === proposal.id) return err({ code: 'proposal.duplicate_of_self' });
  return transitioned({ ...proposal, status: 'duplicate', duplicateOfId, updatedAt: now }, [
    { type: 'ProposalMarkedDuplicate', proposalId: proposal.id, occurredAt: now, actorId: input.moderatorId, duplicateOfId },
  ]);
};

/** draft | in_review → withdrawn, by the proposer only (Join rule: never after publication). */
export const withdrawProposal = (
  proposal: Proposal,
  input: { readonly proposerId: string },
  now: Date,
): ProposalResult => {
  const refused = guardTransition(proposal, 'withdraw');
  if (refused) return err(refused);
  if (input.proposerId !== proposal.proposerId) return err({ code: 'proposal.not_proposer' });
  return transitioned({ ...proposal, status: 'withdrawn', withdrawnAt: now, updatedAt: now }, [
    { type: 'ProposalWithdrawn', proposalId: proposal.id, occurredAt: now, actorId: input.proposerId },
  ]);
};
