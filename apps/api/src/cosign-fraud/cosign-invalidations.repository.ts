import { Injectable } from '@nestjs/common';
import type { InvalidationCriterion, InvalidationReason } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { PUBLIC_STATUSES } from '../proposals/public-proposal';

/** `$2…$5` of every criterion query; the parts left null match anything. */
const CRITERION_SQL = `proposal_id = $1 AND invalidated_at IS NULL
  AND ($2::text IS NULL OR email_domain = $2)
  AND ($3::text IS NULL OR ip_prefix_hash = $3)
  AND ($4::timestamptz IS NULL OR created_at >= $4)
  AND ($5::timestamptz IS NULL OR created_at < $5)`;

const criterionParams = (proposalId: string, c: InvalidationCriterion): unknown[] => [proposalId, c.emailDomain, c.ipPrefixHash, c.from, c.to];

export interface InvalidationRecord {
  readonly id: string;
  readonly proposalId: string;
  readonly actorId: string;
  readonly reason: InvalidationReason;
  readonly publicNote: string;
  readonly criterion: InvalidationCriterion;
  readonly publicDomain: string | null;
  readonly createdAt: Date;
}

export interface InvalidationFigures {
  readonly invalidated: number;
  readonly countBefore: number;
  readonly countAfter: number;
  readonly belowThresholdAfterReaching: boolean;
}

/** One line of the public log: no moderator, no IP prefix, a domain only when `publicDomain` allows. */
export interface PublicInvalidationRow {
  readonly id: string;
  readonly proposalId: string;
  readonly proposalTitle: string;
  readonly invalidatedAt: Date;
  readonly invalidated: number;
  readonly reason: InvalidationReason;
  readonly note: string;
  readonly domain: string | null;
  readonly belowThresholdAfterReaching: boolean;
}

interface PublicRow {
  id: string;
  proposal_id: string;
  title: string;
  created_at: Date;
  invalidated_count: number;
  reason: InvalidationReason;
  public_note: string;
  public_domain: string | null;
  below_threshold_after_reaching: boolean;
}

export interface ProposalFigures {
  readonly count: number;
  readonly threshold: number;
  readonly thresholdReached: boolean;
}

/** Bulk invalidation of co-signs: the matching, the marking, the record and the public log. */
@Injectable()
export class CosignInvalidationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The published proposal's count and threshold, or null when the public cannot see it. */
  async figures(proposalId: string): Promise<ProposalFigures | null> {
    const rows = await this.dataSource.query<{ count: number; threshold: number; reached: boolean }[]>(
      `SELECT p.cosign_count AS count, c.threshold, p.threshold_reached_at IS NOT NULL AS reached
         FROM proposals p JOIN participation_cycles c ON c.id = p.cycle_id WHERE p.id = $1 AND p.status = ANY($2::text[])`,
      [proposalId, [...PUBLIC_STATUSES]],
    );
    const row = rows[0];
    return row === undefined ? null : { count: Number(row.count), threshold: Number(row.threshold), thresholdReached: row.reached };
  }

  /** How many valid co-signs of the proposal the criterion matches now (the preview; writes nothing). */
  async countMatching(proposalId: string, criterion: InvalidationCriterion): Promise<number> {
    const rows = await this.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM cosigns WHERE ${CRITERION_SQL}`, criterionParams(proposalId, criterion));
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * The record first, with provisional figures (the marked rows reference it); `finish` sets
   * the real ones in the same transaction, so nobody ever reads the provisional ones.
   */
  async begin(record: InvalidationRecord, manager: EntityManager): Promise<void> {
    const { criterion: c } = record;
    await manager.query(
      `INSERT INTO cosign_invalidations (id, proposal_id, actor_id, reason, public_note, email_domain, ip_prefix_hash, range_from, range_to,
         public_domain, invalidated_count, count_before, count_after, below_threshold_after_reaching, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, 0, 0, false, $11)`,
      [record.id, record.proposalId, record.actorId, record.reason, record.publicNote, c.emailDomain, c.ipPrefixHash, c.from, c.to, record.publicDomain, record.createdAt],
    );
  }

  /**
   * Marks every valid co-sign the criterion matches and answers how many. Read committed: a
   * co-sign committed before this statement is marked (its +1 is in the count or a shard), one
   * still in flight is not (it stays valid and its +1 arrives with the next flush); the row locks
   * keep two invalidations from marking, and subtracting, the same co-sign twice.
   */
  async mark(invalidationId: string, proposalId: string, criterion: InvalidationCriterion, at: Date, manager: EntityManager): Promise<number> {
    const [, affected] = await manager.query<[unknown[], number]>(
      `UPDATE cosigns SET invalidated_at = $6, invalidation_id = $7 WHERE ${CRITERION_SQL}`,
      [...criterionParams(proposalId, criterion), at, invalidationId],
    );
    return affected;
  }

  async finish(invalidationId: string, figures: InvalidationFigures, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE cosign_invalidations SET invalidated_count = $2, count_before = $3, count_after = $4, below_threshold_after_reaching = $5 WHERE id = $1`,
      [invalidationId, figures.invalidated, figures.countBefore, figures.countAfter, figures.belowThresholdAfterReaching],
    );
  }

  /** The public log, newest first; of one proposal, or of every public proposal. */
  async publicLog(proposalId: string | null, page: number, pageSize: number): Promise<{ items: PublicInvalidationRow[]; total: number }> {
    const where = `p.status = ANY($1::text[]) AND ($2::uuid IS NULL OR i.proposal_id = $2)`;
    const params = [[...PUBLIC_STATUSES], proposalId];
    const [rows, totals] = await Promise.all([
      this.dataSource.query<PublicRow[]>(
        `SELECT i.id, i.proposal_id, p.title, i.created_at, i.invalidated_count, i.reason, i.public_note, i.public_domain, i.below_threshold_after_reaching
           FROM cosign_invalidations i JOIN proposals p ON p.id = i.proposal_id
          WHERE ${where} ORDER BY i.created_at DESC, i.id OFFSET $3 LIMIT $4`,
        [...params, (page - 1) * pageSize, pageSize],
      ),
      this.dataSource.query<{ total: string }[]>(`SELECT count(*) AS total FROM cosign_invalidations i JOIN proposals p ON p.id = i.proposal_id WHERE ${where}`, params),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        proposalId: r.proposal_id,
        proposalTitle: r.title,
        invalidatedAt: r.created_at,
        invalidated: Number(r.invalidated_count),
        reason: r.reason,
        note: r.public_note,
        domain: r.public_domain,
        belowThresholdAfterReaching: r.below_threshold_after_reaching,
      })),
      total: Number(totals[0]?.total ?? 0),
    };
  }
}
