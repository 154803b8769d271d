import { Injectable } from '@nestjs/common';
import { notificationRuleFor, realtimeRooms } from '@open-proposals/domain';
import type { OutboxJobPayload } from '../common/queue/job-catalog';
import { RealtimePublisher } from '../common/realtime/realtime-publisher';
import { NotificationsRepository } from './notifications.repository';

/** Events about a proposal name it as their aggregate; an agency's answer names it in the event. */
const proposalIdOf = (event: OutboxJobPayload): string | null => {
  if (event.aggregateType === 'proposal') return event.aggregateId;
  const id = event.event.proposalId;
  return typeof id === 'string' ? id : null;
};

/**
 * Tells the people concerned that something happened to a proposal (DOMAIN.md, "route"): the
 * domain's rule says who (the proposer alone, or also its co-signers and followers); each gets
 * one in-app notification, pushed live to their own room. Email follows in batches (the digest).
 */
@Injectable()
export class NotifyProposalEventService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly realtime: RealtimePublisher,
  ) {}

  async notify(event: OutboxJobPayload): Promise<number> {
    const rule = notificationRuleFor(event.eventType);
    const proposalId = proposalIdOf(event);
    if (rule === null || proposalId === null) return 0;
    const created = await this.notifications.record(event.eventId, rule.kind, proposalId, rule.audience);
    const at = new Date().toISOString();
    // Each person's own room only: a notification is personal, even when its news is public.
    for (const row of created) {
      this.realtime.publish('notification', { id: row.id, kind: rule.kind, proposalId, at }, realtimeRooms.user(row.userId));
    }
    return created.length;
  }
}
