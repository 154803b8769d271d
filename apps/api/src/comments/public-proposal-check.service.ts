import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApiException } from '../common/errors/api.exception';
import { ProposalsRepository } from '../proposals/proposals.repository';
import { PUBLIC_STATUSES } from '../proposals/public-proposal';

/**
 * Comments exist only where the public can read the proposal: a draft, a submission under
 * review or a withdrawn one answers 404, exactly as the proposal itself does.
 */
@Injectable()
export class PublicProposalCheck {
  constructor(private readonly proposals: ProposalsRepository) {}

  async assertPublic(proposalId: string, manager?: EntityManager): Promise<void> {
    const loaded = await this.proposals.findById(proposalId, manager);
    const statuses: readonly string[] = PUBLIC_STATUSES;
    if (loaded === null || !statuses.includes(loaded.proposal.status)) throw new ApiException('not_found');
  }
}
