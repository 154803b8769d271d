import { ok, type Result } from '../shared/result';
import { invalidTransition, type ProposalError, type ProposalInvalidTransitionError } from './proposal.errors';
import type { ProposalEvent } from './proposal.events';
import type { Proposal, ProposalStatus } from './proposal.state';

/** Every verb that changes a proposal. One verb per action (CONVENTIONS habit 3). */
export const PROPOSAL_ACTIONS = [
  'edit_draft',
  'submit',
  'return',
  'publish',
  'reject',
  'mark_duplicate',
  'withdraw',
  'record_cosign',
  'expire',
  'close_cosigning',
  'route',
  'decide',
] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

/**
 * The states in which each action may be attempted: the diagram of DOMAIN.md as data.
 * Other preconditions (phone tier, blackout, window, notes) are checked by each action.
 */
export const PROPOSAL_TRANSITIONS: Readonly<Record<ProposalAction, readonly ProposalStatus[]>> = {
  edit_draft: ['draft'],
  submit: ['draft'],
  return: ['in_review'],
  publish: ['in_review'],
  reject: ['in_review'],
  mark_duplicate: ['in_review'],
  // Join rule: after publication others have co-signed, so the proposer cannot pull it.
  withdraw: ['draft', 'in_review'],
  record_cosign: ['open', 'threshold_reached'],
  expire: ['open'],
  close_cosigning: ['threshold_reached'],
  route: ['threshold_reached'],
  decide: ['routed'],
};

export const canAttempt = (status: ProposalStatus, action: ProposalAction): boolean =>
  PROPOSAL_TRANSITIONS[action].includes(status);

/** The actions the UI may offer for a status (before per-person and per-time checks). */
export const actionsFrom = (status: ProposalStatus): ProposalAction[] =>
  PROPOSAL_ACTIONS.filter((action) => canAttempt(status, action));

const TERMINAL: readonly ProposalStatus[] = [
  'adopted',
  'merged',
  'referred',
  'declined',
  'rejected',
  'duplicate',
  'withdrawn',
  'expired',
];

/** A terminal proposal never changes again. */
export const isTerminalStatus = (status: ProposalStatus): boolean => TERMINAL.includes(status);

/** What every transition answers: the new state plus what happened, for the outbox and the audit. */
export interface ProposalTransition {
  readonly proposal: Proposal;
  readonly events: readonly ProposalEvent[];
}

export type ProposalResult = Result<ProposalTransition, ProposalError>;

/** The state check shared by all actions; null when the action may be attempted. */
export const guardTransition = (proposal: Proposal, action: ProposalAction): ProposalInvalidTransitionError | null =>
  canAttempt(proposal.status, action) ? null : invalidTransition(proposal.status, action);

export const transitioned = (proposal: Proposal, events: readonly ProposalEvent[]): ProposalResult =>
  ok({ proposal, events });
