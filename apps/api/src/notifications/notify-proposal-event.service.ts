import { Injectable } from '@nestjs/common';
import type { OutboxJobPayload } from '../common/queue/job-catalog';
import { NotificationsRepository } from './notifications.repository';

/**
 * Tells the people concerned that something happened to a proposal. For now: an in-app
 * notification for the proposer only. Co-signers and followers, and batched email, come
 * later (DOMAIN.md, "route"); they will key on (recipient, event) in the same way.
 */
@Injectable()
export class NotifyProposalEventService {
  constructor(private readonly notifications: NotificationsRepository) {}

  async notify(event: OutboxJobPayload): Promise<void> {
    if (event.aggregateType !== 'proposal') return;
    await this.notifications.recordForProposer(event.eventId, event.eventType, event.aggregateId);
  }
}
