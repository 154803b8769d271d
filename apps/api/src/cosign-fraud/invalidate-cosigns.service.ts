import { Injectable } from '@nestjs/common';
import {
  authorize,
  invalidationAuditEntry,
  invalidationEffect,
  publicDomainOf,
  validateInvalidationNote,
  type Actor,
  type InvalidationReason,
} from '@open-proposals/domain';
import { randomUUID } from 'node:crypto';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed, DomainException, orThrow } from '../common/errors/domain.exception';
import { WriteTransactions } from '../common/persistence/write-transaction';
import { CosignCountFlushRepository } from '../cosigns/cosign-count-flush.repository';
import { FlushCosignCountService } from '../cosigns/flush-cosign-count.service';
import { PUBLIC_STATUSES } from '../proposals/public-proposal';
import { CosignAlertsRepository } from './cosign-alerts.repository';
import type { InvalidationResponse } from './cosign-fraud.responses';
import { CosignInvalidationsRepository } from './cosign-invalidations.repository';
import type { InvalidateCosignsDto } from './dto/invalidation.dto';
import { criterionOf } from './invalidation-input';

/**
 * A moderator invalidates the co-signs of one proposal that match a criterion, in one
 * transaction: the proposal row is held FOR NO KEY UPDATE, as a count flush holds it, so flushes
 * and other invalidations wait while co-signers (FOR KEY SHARE) go on. Rows are marked, never
 * deleted; the count is folded and lowered by exactly the number marked (FlushCosignCountService
 * .foldLocked), so "count equals valid rows once flushed" holds; the record (public log), the
 * audit line and the alerts' resolution commit with it or not at all.
 */
@Injectable()
export class InvalidateCosignsService {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly proposals: CosignCountFlushRepository,
    private readonly counts: FlushCosignCountService,
    private readonly invalidations: CosignInvalidationsRepository,
    private readonly alerts: CosignAlertsRepository,
  ) {}

  async invalidate(actor: Actor, proposalId: string, dto: InvalidateCosignsDto): Promise<InvalidationResponse> {
    assertAllowed(authorize(actor, 'proposal.moderate'));
    const criterion = criterionOf(dto);
    const note = orThrow(validateInvalidationNote(dto.note));
    const reason: InvalidationReason = dto.reason;
    const id = randomUUID();
    const now = new Date();
    const publicDomain = publicDomainOf(reason, criterion);

    const outcome = await this.transactions.run(async (tx) => {
      const current = await this.proposals.lockProposal(proposalId, tx.manager);
      if (current === null || !(PUBLIC_STATUSES as readonly string[]).includes(current.status)) throw new ApiException('not_found');
      await this.invalidations.begin({ id, proposalId, actorId: actor.id, reason, publicNote: note, criterion, publicDomain, createdAt: now }, tx.manager);
      const invalidated = await this.invalidations.mark(id, proposalId, criterion, now, tx.manager);
      // Nothing (left) to invalidate, e.g. a second moderator acting on the same alert: roll back, log nothing.
      if (invalidated === 0) throw new DomainException({ code: 'invalidation.nothing_matched' });
      const folded = await this.counts.foldLocked(tx, current, invalidated);
      const counts = { before: folded.countBefore, invalidated };
      const effect = invalidationEffect(current, counts, folded.threshold ?? Number.POSITIVE_INFINITY);
      await this.invalidations.finish(
        id,
        { invalidated, countBefore: counts.before, countAfter: effect.countAfter, belowThresholdAfterReaching: effect.belowThresholdAfterReaching },
        tx.manager,
      );
      await tx.audit([invalidationAuditEntry({ actorId: actor.id, proposalId, invalidationId: id, reason, note, criterion, counts, effect, at: now })]);
      await this.alerts.resolveMatching(proposalId, criterion, now, tx.manager);
      return { invalidated, countBefore: counts.before, effect, reached: folded.reached };
    });
    this.counts.announce(proposalId, outcome.reached);
    return {
      id,
      proposalId,
      invalidated: outcome.invalidated,
      countBefore: outcome.countBefore,
      countAfter: outcome.effect.countAfter,
      belowThresholdAfterReaching: outcome.effect.belowThresholdAfterReaching,
    };
  }
}
