import { Injectable } from '@nestjs/common';
import { authorize, type Actor } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed } from '../common/errors/domain.exception';
import type { InvalidationPreviewResponse } from './cosign-fraud.responses';
import { CosignInvalidationsRepository } from './cosign-invalidations.repository';
import type { InvalidationCriterionDto } from './dto/invalidation.dto';
import { criterionOf } from './invalidation-input';

/** How many co-signs an invalidation would take off, for the confirmation dialog. Writes nothing. */
@Injectable()
export class PreviewInvalidationService {
  constructor(private readonly invalidations: CosignInvalidationsRepository) {}

  async preview(actor: Actor, proposalId: string, dto: InvalidationCriterionDto): Promise<InvalidationPreviewResponse> {
    assertAllowed(authorize(actor, 'proposal.moderate'));
    const criterion = criterionOf(dto);
    const figures = await this.invalidations.figures(proposalId);
    if (figures === null) throw new ApiException('not_found');
    const matching = await this.invalidations.countMatching(proposalId, criterion);
    return {
      matching,
      cosignCount: figures.count,
      threshold: figures.threshold,
      thresholdReached: figures.thresholdReached,
      countAfter: Math.max(0, figures.count - matching),
    };
  }
}
