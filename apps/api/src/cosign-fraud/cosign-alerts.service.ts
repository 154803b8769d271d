import { Injectable } from '@nestjs/common';
import { authorize, type Actor } from '@open-proposals/domain';
import { assertAllowed } from '../common/errors/domain.exception';
import { toAlertResponse, type CosignAlertListResponse } from './cosign-fraud.responses';
import { CosignAlertsRepository } from './cosign-alerts.repository';

/** At most this many alerts are listed: beyond it, moderators have a bigger problem than a list. */
const ALERT_LIMIT = 100;

/** The moderators' "trending" panel: open alerts, most recently active first. */
@Injectable()
export class CosignAlertsService {
  constructor(private readonly alerts: CosignAlertsRepository) {}

  async open(actor: Actor): Promise<CosignAlertListResponse> {
    assertAllowed(authorize(actor, 'proposal.moderate'));
    const rows = await this.alerts.open(ALERT_LIMIT);
    return { items: rows.map(toAlertResponse) };
  }
}
