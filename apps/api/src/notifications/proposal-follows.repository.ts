import { Injectable } from '@nestjs/common';
import { FOLLOWABLE_STATUSES } from '@open-proposals/domain';
import { DataSource } from 'typeorm';

export interface FollowRow {
  readonly proposalId: string;
  readonly title: string;
  readonly status: string;
  readonly followedAt: Date;
}

@Injectable()
export class ProposalFollowsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Follows a proposal the public can see; false when there is none (a draft is "not found" too). Idempotent. */
  async follow(userId: string, proposalId: string): Promise<boolean> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `WITH target AS (SELECT id FROM proposals WHERE id = $2 AND status = ANY($3::text[])),
            added AS (INSERT INTO proposal_follows (user_id, proposal_id) SELECT $1, id FROM target ON CONFLICT DO NOTHING)
       SELECT id FROM target`,
      [userId, proposalId, [...FOLLOWABLE_STATUSES]],
    );
    return rows.length > 0;
  }

  async unfollow(userId: string, proposalId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM proposal_follows WHERE user_id = $1 AND proposal_id = $2', [userId, proposalId]);
  }

  async isFollowing(userId: string, proposalId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>('SELECT 1 FROM proposal_follows WHERE user_id = $1 AND proposal_id = $2', [userId, proposalId]);
    return rows.length > 0;
  }

  async page(userId: string, page: number, pageSize: number): Promise<{ rows: FollowRow[]; total: number }> {
    const rows = await this.dataSource.query<{ proposal_id: string; title: string; status: string; created_at: Date; total: string }[]>(
      `SELECT f.proposal_id, p.title, p.status, f.created_at, count(*) OVER () AS total
         FROM proposal_follows f JOIN proposals p ON p.id = f.proposal_id
        WHERE f.user_id = $1 ORDER BY f.created_at DESC, f.proposal_id LIMIT $2 OFFSET $3`,
      [userId, pageSize, (page - 1) * pageSize],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : Number((await this.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM proposal_follows WHERE user_id = $1', [userId]))[0].n);
    return { rows: rows.map((r) => ({ proposalId: r.proposal_id, title: r.title, status: r.status, followedAt: r.created_at })), total };
  }
}
