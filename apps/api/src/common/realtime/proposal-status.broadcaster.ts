import { Injectable } from '@nestjs/common';
import { realtimeRooms, type ProposalStatus } from '@open-proposals/domain';
import { RealtimePublisher } from './realtime-publisher';

export interface StatusChange {
  readonly proposalId: string;
  readonly proposerId: string;
  readonly status: ProposalStatus;
  /**
   * Whether the public could see the proposal before or after the change (the caller knows the
   * rules): watchers of a public proposal learn that it left, e.g. withdrawn.
   */
  readonly public: boolean;
}

/**
 * Announces a proposal's new status after its transaction committed. The proposer always hears
 * of it (their own draft under review is theirs to follow); the proposal's room only when the
 * change touches a public state, because anyone who knows an id may watch that room.
 */
@Injectable()
export class ProposalStatusBroadcaster {
  constructor(private readonly publisher: RealtimePublisher) {}

  changed(change: StatusChange, at = new Date()): void {
    const rooms = [realtimeRooms.user(change.proposerId), ...(change.public ? [realtimeRooms.proposal(change.proposalId)] : [])];
    this.publisher.publish('proposal.status', { proposalId: change.proposalId, status: change.status, at: at.toISOString() }, rooms);
  }
}
