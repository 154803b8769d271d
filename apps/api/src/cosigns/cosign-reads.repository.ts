import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PUBLIC_STATUSES } from '../proposals/public-proposal';

export interface CosigningTotals {
  readonly count: number;
  readonly threshold: number;
}

export interface DayCount {
  readonly date: string;
  readonly count: number;
}

export interface TierCount {
  readonly tier: string;
  readonly count: number;
}

export interface PublicCosignComment {
  readonly comment: string;
  readonly createdAt: string;
}

export interface MyCosignRow {
  readonly proposalId: string;
  readonly title: string;
  readonly status: string;
  readonly cosignedAt: string;
}

/**
 * Reads of co-signs. Public figures count valid co-signs only: an invalidated one (kept, marked)
 * leaves the curve, the tiers and the comments, as it left the count. The public ones aggregate or strip the co-signer: no query here selects
 * `user_id` for the public, so an identity cannot leak through a later change of a response.
 */
@Injectable()
export class CosignReadsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Count and threshold of each published proposal asked for, in one statement; the proposals the public cannot see are left out. */
  async publicTotalsOf(proposalIds: readonly string[]): Promise<ReadonlyMap<string, CosigningTotals>> {
    const rows = await this.dataSource.query<{ id: string; count: number; threshold: number }[]>(
      `SELECT p.id, p.cosign_count AS count, c.threshold FROM proposals p JOIN participation_cycles c ON c.id = p.cycle_id
       WHERE p.id = ANY($1::uuid[]) AND p.status = ANY($2)`,
      [proposalIds, PUBLIC_STATUSES],
    );
    return new Map(rows.map((row) => [row.id, { count: Number(row.count), threshold: Number(row.threshold) }]));
  }

  /** Co-signs per calendar day in Taiwan (a co-sign at 23:30 UTC counts for the next Taipei day). */
  async perTaipeiDay(proposalId: string): Promise<DayCount[]> {
    const rows = await this.dataSource.query<{ date: string; count: string }[]>(
      `SELECT to_char((created_at AT TIME ZONE 'Asia/Taipei')::date, 'YYYY-MM-DD') AS date, count(*) AS count
       FROM cosigns WHERE proposal_id = $1 AND invalidated_at IS NULL GROUP BY 1 ORDER BY 1`,
      [proposalId],
    );
    return rows.map((r) => ({ date: r.date, count: Number(r.count) }));
  }

  async perTier(proposalId: string): Promise<TierCount[]> {
    const rows = await this.dataSource.query<{ tier: string; count: string }[]>(
      `SELECT verification_tier AS tier, count(*) AS count FROM cosigns WHERE proposal_id = $1 AND invalidated_at IS NULL GROUP BY 1 ORDER BY 1`,
      [proposalId],
    );
    return rows.map((r) => ({ tier: r.tier, count: Number(r.count) }));
  }

  /** The short public comments, newest first, without any trace of who wrote them. */
  async comments(proposalId: string, page: number, pageSize: number): Promise<{ items: PublicCosignComment[]; total: number }> {
    const [rows, totals] = await Promise.all([
      this.dataSource.query<{ comment: string; created_at: Date }[]>(
        `SELECT comment, created_at FROM cosigns WHERE proposal_id = $1 AND comment IS NOT NULL AND invalidated_at IS NULL
         ORDER BY created_at DESC, id DESC OFFSET $2 LIMIT $3`,
        [proposalId, (page - 1) * pageSize, pageSize],
      ),
      this.dataSource.query<{ total: string }[]>(`SELECT count(*) AS total FROM cosigns WHERE proposal_id = $1 AND comment IS NOT NULL AND invalidated_at IS NULL`, [proposalId]),
    ]);
    return { items: rows.map((r) => ({ comment: r.comment, createdAt: r.created_at.toISOString() })), total: Number(totals[0]?.total ?? 0) };
  }

  /** A person's own co-signs with the proposals' current title and status, newest first. */
  async ofPerson(userId: string, page: number, pageSize: number): Promise<{ items: MyCosignRow[]; total: number }> {
    const [rows, totals] = await Promise.all([
      this.dataSource.query<{ proposal_id: string; title: string; status: string; created_at: Date }[]>(
        `SELECT s.proposal_id, p.title, p.status, s.created_at FROM cosigns s JOIN proposals p ON p.id = s.proposal_id
         WHERE s.user_id = $1 ORDER BY s.created_at DESC, s.id DESC OFFSET $2 LIMIT $3`,
        [userId, (page - 1) * pageSize, pageSize],
      ),
      this.dataSource.query<{ total: string }[]>(`SELECT count(*) AS total FROM cosigns WHERE user_id = $1`, [userId]),
    ]);
    return {
      items: rows.map((r) => ({ proposalId: r.proposal_id, title: r.title, status: r.status, cosignedAt: r.created_at.toISOString() })),
      total: Number(totals[0]?.total ?? 0),
    };
  }
}
