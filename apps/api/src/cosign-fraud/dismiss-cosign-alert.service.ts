import { Injectable } from '@nestjs/common';
import { authorize, cosignAlertDismissalAuditEntry, dismissCosignAlert, type Actor } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed, orThrow } from '../common/errors/domain.exception';
import { WriteTransactions } from '../common/persistence/write-transaction';
import { CosignAlertsRepository } from './cosign-alerts.repository';
import { toAlertResponse, type DismissedCosignAlertResponse } from './cosign-fraud.responses';
import type { DismissCosignAlertDto } from './dto/dismissal.dto';

/**
 * A moderator dismisses a trending-source alert as legitimate: the alert is settled with who and
 * why, and the audit line commits with it. No co-sign changes. An alert already settled answers
 * 409 (cosign_alert.already_resolved) rather than 404: it exists, and the moderator most likely
 * raced another one (or an invalidation) from a list that was out of date, which a 404 would
 * misreport as a wrong link.
 */
@Injectable()
export class DismissCosignAlertService {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly alerts: CosignAlertsRepository,
  ) {}

  async dismiss(actor: Actor, alertId: string, dto: DismissCosignAlertDto): Promise<DismissedCosignAlertResponse> {
    assertAllowed(authorize(actor, 'proposal.moderate'));
    const now = new Date();
    return this.transactions.run(async (tx) => {
      const alert = await this.alerts.lockForDismissal(alertId, tx.manager);
      if (alert === null) throw new ApiException('not_found');
      const dismissal = orThrow(dismissCosignAlert(alert, { by: actor.id, note: dto.note, at: now }));
      await this.alerts.saveDismissal(alert.id, dismissal, tx.manager);
      await tx.audit([cosignAlertDismissalAuditEntry({ alertId: alert.id, proposalId: alert.proposalId, sourceLabel: alert.sourceLabel, dismissal })]);
      return {
        ...toAlertResponse(alert),
        resolvedAt: dismissal.resolvedAt.toISOString(),
        dismissedBy: dismissal.dismissedBy,
        dismissalNote: dismissal.dismissalNote,
      };
    });
  }
}
