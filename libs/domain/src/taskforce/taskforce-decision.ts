import type { DomainError } from '../shared/domain-error';
import { err, ok, type Result } from '../shared/result';
import type { TaskForceSide } from '../policy/actor';
import { TASK_FORCE_SIDES } from '../policy/actor';
import type { DecisionOutcome } from '../proposal/proposal.state';

export const DECISION_OUTCOMES: readonly DecisionOutcome[] = ['adopt', 'merge', 'refer', 'decline'];

export interface VoteCount {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

/** Votes are recorded per side (government / civil), as the task force publishes them. */
export type SideVotes = Readonly<Record<TaskForceSide, VoteCount>>;

export type TaskforceErrorCode =
  | 'taskforce.invalid_votes'
  | 'taskforce.no_votes'
  | 'taskforce.already_decided'
  | 'taskforce.commitment_details_required'
  | 'taskforce.invalid_meeting_date'
  | 'taskforce.meeting_title_required'
  | 'taskforce.agenda_subject_required';

export type TaskforceError = DomainError<TaskforceErrorCode>;

export type ReviewItemStatus = 'open' | 'decided';

export interface TaskforceDecision {
  readonly reviewItemId: string;
  readonly proposalId: string;
  readonly outcome: DecisionOutcome;
  readonly rationale: string | null;
  readonly votes: SideVotes;
  readonly decidedBy: string;
  readonly decidedAt: Date;
}

export interface RecordDecisionInput {
  readonly reviewItem: { readonly id: string; readonly proposalId: string; readonly status: ReviewItemStatus };
  readonly outcome: DecisionOutcome;
  readonly rationale?: string | null;
  readonly votes: SideVotes;
  readonly deciderId: string;
  /** An adoption must say what the commitment is; the proposal's own text is only a draft of it. */
  readonly hasCommitmentDetails: boolean;
}

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;

export const validateVotes = (votes: SideVotes): TaskforceError | null => {
  const counts = TASK_FORCE_SIDES.map((side) => votes[side]);
  if (counts.some((c) => !isCount(c.for) || !isCount(c.against) || !isCount(c.abstain))) return { code: 'taskforce.invalid_votes' };
  // A decision nobody voted on is not a decision of the task force.
  if (counts.every((c) => c.for + c.against + c.abstain === 0)) return { code: 'taskforce.no_votes' };
  return null;
};

/**
 * The task force's record of one decision. The proposal's own transition (and its rules on
 * rationale and merge target) is decideProposal's; this checks what only the task force records.
 */
export const recordTaskforceDecision = (input: RecordDecisionInput, now: Date): Result<TaskforceDecision, TaskforceError> => {
  if (input.reviewItem.status !== 'open') return err({ code: 'taskforce.already_decided' });
  const invalid = validateVotes(input.votes);
  if (invalid) return err(invalid);
  if (input.outcome === 'adopt' && !input.hasCommitmentDetails) return err({ code: 'taskforce.commitment_details_required' });
  const rationale = (input.rationale ?? '').trim() || null;
  return ok({
    reviewItemId: input.reviewItem.id,
    proposalId: input.reviewItem.proposalId,
    outcome: input.outcome,
    rationale,
    votes: input.votes,
    decidedBy: input.deciderId,
    decidedAt: now,
  });
};
