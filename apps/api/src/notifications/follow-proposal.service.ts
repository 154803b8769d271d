import { Injectable } from '@nestjs/common';
import type { Actor } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { ProposalFollowsRepository } from './proposal-follows.repository';
import type { FollowPageResponse } from './notifications.responses';

/**
 * Following is a reader's own preference, not a civic act: one idempotent row, no audit line and
 * no event, and never shown to anyone else (who follows what is personal data).
 */
@Injectable()
export class FollowProposalService {
  constructor(private readonly follows: ProposalFollowsRepository) {}

  async follow(actor: Actor, proposalId: string): Promise<void> {
    if (!(await this.follows.follow(actor.id, proposalId))) throw new ApiException('not_found');
  }

  unfollow(actor: Actor, proposalId: string): Promise<void> {
    return this.follows.unfollow(actor.id, proposalId);
  }

  isFollowing(userId: string, proposalId: string): Promise<boolean> {
    return this.follows.isFollowing(userId, proposalId);
  }

  async mine(userId: string, page: number, pageSize: number): Promise<FollowPageResponse> {
    const { rows, total } = await this.follows.page(userId, page, pageSize);
    return { items: rows.map((r) => ({ ...r, followedAt: r.followedAt.toISOString() })), page, pageSize, total };
  }
}
