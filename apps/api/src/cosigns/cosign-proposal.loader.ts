import { Injectable } from '@nestjs/common';
import { AdaptiveBatcher } from '../common/batching/adaptive-batcher';
import { ProposalsRepository, type LoadedProposal } from '../proposals/proposals.repository';

/**
 * The proposal a co-sign's early check reads, current (not cached: a proposal just hidden must
 * answer 404 at once), but read once for all the co-signs that arrive together: a viral
 * proposal's co-signers all ask for the same row.
 */
@Injectable()
export class CosignProposalLoader {
  private readonly batcher: AdaptiveBatcher<string, LoadedProposal | null>;

  constructor(proposals: ProposalsRepository) {
    this.batcher = new AdaptiveBatcher(
      async (ids) => {
        const found = await proposals.findByIds([...new Set(ids)]);
        return ids.map((id) => found.get(id) ?? null);
      },
      { maxBatch: 500, maxInFlight: 1 },
    );
  }

  load(proposalId: string): Promise<LoadedProposal | null> {
    return this.batcher.submit(proposalId);
  }
}
