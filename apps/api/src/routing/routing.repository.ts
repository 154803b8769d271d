import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The effects of routing. Every insert is keyed, so running a routing job again adds nothing. */
@Injectable()
export class RoutingRepository {
  /** Returns true when this call created the item. */
  async openReviewItem(manager: EntityManager, proposalId: string): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO taskforce_review_items (proposal_id) VALUES ($1) ON CONFLICT (proposal_id) DO NOTHING RETURNING id`,
      [proposalId],
    );
    return rows.length > 0;
  }

  /** Returns how many requests this call created. */
  async requestResponses(manager: EntityManager, proposalId: string, agencyIds: readonly string[], dueAt: Date): Promise<number> {
    if (agencyIds.length === 0) return 0;
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO agency_response_requests (proposal_id, agency_id, due_at)
       SELECT $1, agency_id, $3 FROM unnest($2::uuid[]) AS agency_id
       ON CONFLICT (proposal_id, agency_id) DO NOTHING RETURNING id`,
      [proposalId, [...agencyIds], dueAt],
    );
    return rows.length;
  }
}
