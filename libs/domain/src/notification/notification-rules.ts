import type { ProposalStatus } from '../proposal/proposal.state';

/**
 * What a person is told about, as stable public names (the web app words each one). They are
 * decoupled from event type names so that renaming an event never breaks stored notifications.
 */
export const NOTIFICATION_KINDS = [
  'proposal.published',
  'proposal.returned',
  'proposal.rejected',
  'proposal.duplicate',
  'proposal.threshold_reached',
  'proposal.expired',
  'proposal.cosigning_closed',
  'proposal.routed',
  'proposal.decided',
  'agency.responded',
  'agency.extended',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Who hears of it. A moderator's decision on a submission concerns its proposer alone (it may
 * carry private feedback); what happens to a public proposal concerns everyone who backed it:
 * the proposer, its co-signers and its followers (DOMAIN.md, "route": "proposer, co-signers and
 * followers are notified"). Co-signers means valid ones: a co-signer whose co-sign a moderator
 * invalidated no longer hears of the proposal as a co-signer (DOMAIN.md, "Co-sign").
 */
export type NotificationAudience = 'proposer' | 'supporters';

export interface NotificationRule {
  readonly kind: NotificationKind;
  readonly audience: NotificationAudience;
}

const RULES: Readonly<Record<string, NotificationRule>> = {
  ProposalPublished: { kind: 'proposal.published', audience: 'proposer' },
  ProposalReturned: { kind: 'proposal.returned', audience: 'proposer' },
  ProposalRejected: { kind: 'proposal.rejected', audience: 'proposer' },
  ProposalMarkedDuplicate: { kind: 'proposal.duplicate', audience: 'proposer' },
  ProposalThresholdReached: { kind: 'proposal.threshold_reached', audience: 'supporters' },
  ProposalExpired: { kind: 'proposal.expired', audience: 'supporters' },
  ProposalCosigningClosed: { kind: 'proposal.cosigning_closed', audience: 'supporters' },
  ProposalRouted: { kind: 'proposal.routed', audience: 'supporters' },
  ProposalDecided: { kind: 'proposal.decided', audience: 'supporters' },
  AgencyResponded: { kind: 'agency.responded', audience: 'supporters' },
  AgencyResponseExtended: { kind: 'agency.extended', audience: 'supporters' },
};

/** The rule for an event type, or null when nobody is notified of it (drafts, edits, co-signs). */
export const notificationRuleFor = (eventType: string): NotificationRule | null => RULES[eventType] ?? null;

/** Event types that notify someone: the outbox routes exactly these to the notifications queue. */
export const NOTIFYING_EVENT_TYPES: readonly string[] = Object.keys(RULES);

/**
 * A person may follow a proposal the public can see. Following a draft or a submission would
 * reveal it exists; following after the decision still makes sense (the agency's answer and the
 * commitment's progress come later).
 */
export const FOLLOWABLE_STATUSES = ['open', 'threshold_reached', 'routed', 'adopted', 'merged', 'referred', 'declined', 'expired', 'duplicate'] as const satisfies readonly ProposalStatus[];
export const canFollow = (status: ProposalStatus): boolean => (FOLLOWABLE_STATUSES as readonly ProposalStatus[]).includes(status);
