import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** In-app notifications. Keyed by (recipient, event), so a re-delivered event notifies nobody twice. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Notifies the proposal's proposer; returns false when already done or the proposal is gone. */
  async recordForProposer(eventId: string, kind: string, proposalId: string): Promise<boolean> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO notifications (user_id, event_id, kind, proposal_id)
       SELECT proposer_id, $1, $2, id FROM proposals WHERE id = $3
       ON CONFLICT (user_id, event_id) DO NOTHING RETURNING id`,
      [eventId, kind, proposalId],
    );
    return rows.length > 0;
  }
}
