import { Injectable } from '@nestjs/common';
import { ApiException } from '../common/errors/api.exception';
import { CommitmentReadsRepository } from './commitment-reads.repository';
import type { CommitmentResponse, PlanCommitmentsResponse } from './commitment.response';
import { toCommitmentResponse } from './commitment.view';
import { CommitmentsRepository } from './commitments.repository';

/** Public reading of commitments: anyone may follow what the government promised and how far it got. */
@Injectable()
export class CommitmentReadsService {
  constructor(
    private readonly commitments: CommitmentsRepository,
    private readonly reads: CommitmentReadsRepository,
  ) {}

  async byPlan(planCode: string): Promise<PlanCommitmentsResponse> {
    const items = await this.reads.byPlan(planCode);
    if (items === null) throw new ApiException('not_found');
    return { planCode, items: items.map((i) => ({ ...i, title: { ...i.title } })) };
  }

  async detail(id: string): Promise<CommitmentResponse> {
    const commitment = await this.commitments.find(id);
    if (commitment === null) throw new ApiException('not_found');
    const [source, merged] = await Promise.all([this.reads.linkedProposal(commitment.sourceProposalId), this.reads.mergedProposals(id)]);
    return toCommitmentResponse(commitment, source, merged);
  }
}
