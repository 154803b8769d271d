import type { ProposalStatus } from '../proposal/proposal.state';

/**
 * The realtime contract between the API's socket.io gateway and the web app.
 * Both sides import this map, so an event renamed here breaks the build on both.
 * Payloads carry ids and public figures only; anything about one person goes to `user:<id>`.
 */
export interface WorkerHeartbeatEvent {
  /** ISO time at which the worker processed the heartbeat job. */
  readonly at: string;
  readonly jobId: string;
}

/** To `proposal:<id>`: the stored co-sign count, coalesced to at most one emit per second. */
export interface ProposalCountEvent {
  readonly proposalId: string;
  readonly count: number;
  readonly threshold: number;
}

/** To `proposal:<id>` once the proposal is public, and to its proposer's `user:<id>` always. */
export interface ProposalStatusEvent {
  readonly proposalId: string;
  readonly status: ProposalStatus;
  /** ISO time of the change (after its transaction committed). */
  readonly at: string;
}

/** To `moderators`: the size of the review queue, so every moderator's badge agrees. */
export interface ModerationQueueEvent {
  readonly inReview: number;
  /** Submissions past their review deadline. */
  readonly overdue: number;
}

/**
 * To `moderators`: co-signs of one proposal from one email domain or IP prefix are trending
 * (a new alert, or one seen again after an invalidation). The IP prefix is only ever masked.
 */
export interface CosignAlertEvent {
  readonly alertId: string;
  readonly proposalId: string;
  readonly kind: 'email_domain' | 'ip_prefix';
  /** The domain, or the masked prefix (e.g. `203.0.*.*`). */
  readonly source: string;
  readonly windowCount: number;
}

/** To `taskforce`: a proposal arrived in (or needs attention from) the task force's inbox. */
export interface TaskforceInboxEvent {
  readonly proposalId: string;
  readonly reason: string;
}

/** Personal: only ever to the recipient's own `user:<id>` room. */
export interface NotificationEvent {
  readonly id: string;
  readonly kind: string;
  readonly proposalId: string | null;
  readonly at: string;
}

export interface ServerToClientEvents {
  'system.heartbeat': (event: WorkerHeartbeatEvent) => void;
  'proposal.count': (event: ProposalCountEvent) => void;
  'proposal.status': (event: ProposalStatusEvent) => void;
  'moderation.queue': (event: ModerationQueueEvent) => void;
  'moderation.cosign_alert': (event: CosignAlertEvent) => void;
  'taskforce.inbox': (event: TaskforceInboxEvent) => void;
  notification: (event: NotificationEvent) => void;
}

export type ServerEventName = keyof ServerToClientEvents;

/** The answer to a watch: the error names why the socket did not join. */
export type WatchAck = { readonly ok: true } | { readonly ok: false; readonly error: 'invalid_proposal_id' };

/** What a client may send. Identity rooms are joined from the session cookie, never on request. */
export interface ClientToServerEvents {
  /** Join `proposal:<id>` to receive its count and status; acked once joined. */
  'proposal.watch': (proposalId: string, ack: (result: WatchAck) => void) => void;
  'proposal.unwatch': (proposalId: string) => void;
}

export type ClientEventName = keyof ClientToServerEvents;

/** socket.io path, shared so that proxies, the API and the client agree. */
export const REALTIME_PATH = '/live';
