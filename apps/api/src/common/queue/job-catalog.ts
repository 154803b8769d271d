/**
 * Every queue and every job the platform runs, with its payload type: the one place they are named.
 * A job name belongs to exactly one queue; the worker refuses to boot unless each has exactly one handler.
 */
export const QUEUE_NAMES = ['maintenance', 'routing', 'deadlines', 'notifications', 'realtime'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** What the outbox relay passes on: the stored event, whole. */
export interface OutboxJobPayload {
  readonly eventId: string;
  readonly eventType: string;
  readonly aggregateType: string;
  readonly aggregateId: string;
  /** The domain event as stored (dates as ISO strings). */
  readonly event: Readonly<Record<string, unknown>>;
}

export interface JobPayloads {
  /** Proves the whole path API → Redis → worker → socket.io works; also feeds /api/health. */
  'maintenance.heartbeat': { readonly requestedBy: 'api' | 'scheduler' | 'test' };
  /** Every minute or so: trending co-sign sources (email domains, IP prefixes) become moderators' alerts. */
  'maintenance.cosign_trends': { readonly requestedBy: 'scheduler' | 'test' };
  /** A proposal reached its threshold: open the task-force review item and ask the agencies to respond. */
  'routing.route_proposal': OutboxJobPayload;
  /** A proposal was published: at its co-sign deadline, expire it or close its co-signing. */
  'deadlines.schedule_window_end': OutboxJobPayload;
  /** Runs at a co-sign deadline (a delayed job). */
  'deadlines.cosign_window_end': { readonly proposalId: string };
  /** The backstop: every minute, whatever deadline a lost delayed job missed. */
  'deadlines.sweep': { readonly requestedBy: 'scheduler' | 'test' };
  /** Tell the people concerned (proposer, co-signers, followers) what happened, in-app and by email. */
  'notifications.proposal_event': OutboxJobPayload;
  /** Every minute: one email per person with the notifications that waited out the batch window. */
  'notifications.email_digests': { readonly requestedBy: 'scheduler' | 'test' };
  /** Every hour: delete codes, expired sessions, delivered messages and notifications past their retention (privacy). */
  'maintenance.retention_sweep': { readonly requestedBy: 'scheduler' | 'test' };
  /** A submission entered or left the review queue: every moderator's queue badge gets the new size. */
  'realtime.moderation_queue': OutboxJobPayload;
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUE: { readonly [N in JobName]: QueueName } = {
  'maintenance.heartbeat': 'maintenance',
  'maintenance.cosign_trends': 'maintenance',
  'routing.route_proposal': 'routing',
  'deadlines.schedule_window_end': 'deadlines',
  'deadlines.cosign_window_end': 'deadlines',
  'deadlines.sweep': 'deadlines',
  'notifications.proposal_event': 'notifications',
  'notifications.email_digests': 'notifications',
  'realtime.moderation_queue': 'realtime',
  'maintenance.retention_sweep': 'maintenance',
};

export const JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];

/** Jobs that take an outbox event as their payload: the only ones the relay may enqueue. */
export type OutboxJobName = { [N in JobName]: JobPayloads[N] extends OutboxJobPayload ? N : never }[JobName];

/**
 * Which jobs each outbox event starts. The relay adds each with jobId = the event id, so a
 * re-published event is one job, never two; hence at most one job per queue per event.
 * Events not listed start nothing and are simply marked published.
 */
export const OUTBOX_ROUTES: Readonly<Record<string, readonly OutboxJobName[]>> = {
  ProposalThresholdReached: ['routing.route_proposal', 'notifications.proposal_event'],
  ProposalSubmitted: ['realtime.moderation_queue'],
  ProposalWithdrawn: ['realtime.moderation_queue'],
  ProposalPublished: ['deadlines.schedule_window_end', 'notifications.proposal_event', 'realtime.moderation_queue'],
  ProposalReturned: ['notifications.proposal_event', 'realtime.moderation_queue'],
  ProposalRejected: ['notifications.proposal_event', 'realtime.moderation_queue'],
  ProposalMarkedDuplicate: ['notifications.proposal_event', 'realtime.moderation_queue'],
  ProposalExpired: ['notifications.proposal_event'],
  ProposalCosigningClosed: ['notifications.proposal_event'],
  ProposalRouted: ['notifications.proposal_event'],
  ProposalDecided: ['notifications.proposal_event'],
  AgencyResponded: ['notifications.proposal_event'],
  AgencyResponseExtended: ['notifications.proposal_event'],
};
