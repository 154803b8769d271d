import { Injectable } from '@nestjs/common';
import type { Proposal, RejectReasonCode } from '@open-proposals/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { toDomainProposal } from '../proposals/proposal.mapper';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

/** A proposal waiting for review, with the review period of its cycle (cycles may differ). */
export interface QueuedRow {
  readonly proposal: Proposal;
  readonly reviewWorkingDays: number;
}

export interface BacklogRow {
  readonly submittedAt: Date | null;
  readonly reviewWorkingDays: number;
}

/** What moderation reads: the review queue, the backlog counter and the rejection log. */
@Injectable()
export class ModerationReadsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Oldest submission first, so the longest wait is handled first; the id breaks ties stably. */
  async reviewQueue(page: number, pageSize: number): Promise<{ rows: QueuedRow[]; total: number }> {
    const qb = this.inReview()
      .addSelect('c.review_working_days', 'review_working_days')
      .orderBy('p.submitted_at', 'ASC', 'NULLS FIRST')
      .addOrderBy('p.id', 'ASC')
      .offset((page - 1) * pageSize)
      .limit(pageSize);
    const [{ entities, raw }, total] = await Promise.all([qb.getRawAndEntities(), qb.getCount()]);
    // One many-to-one join, so raw rows come back one per entity and in the same order.
    const rows = entities.map((entity, i) => ({
      proposal: toDomainProposal(entity),
      reviewWorkingDays: Number((raw[i] as { review_working_days: number | string }).review_working_days),
    }));
    return { rows, total };
  }

  /**
   * Two columns of every submission in review. "Overdue" counts working days (weekends and the
   * per-cycle period), which SQL cannot express simply; the domain decides, and the backlog of
   * a moderated platform stays small enough to read whole.
   */
  async reviewBacklog(): Promise<BacklogRow[]> {
    const raw = await this.inReview()
      .select('p.submitted_at', 'submitted_at')
      .addSelect('c.review_working_days', 'review_working_days')
      .getRawMany<{ submitted_at: Date | null; review_working_days: number | string }>();
    return raw.map((r) => ({ submittedAt: r.submitted_at, reviewWorkingDays: Number(r.review_working_days) }));
  }

  /** Rejected proposals, newest rejection first. */
  async rejections(page: number, pageSize: number, code?: RejectReasonCode): Promise<{ proposals: Proposal[]; total: number }> {
    const [rows, total] = await this.dataSource.getRepository(ProposalOrmEntity).findAndCount({
      where: { status: 'rejected', ...(code === undefined ? {} : { rejectionCode: code }) },
      order: { rejectedAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { proposals: rows.map(toDomainProposal), total };
  }

  private inReview(): SelectQueryBuilder<ProposalOrmEntity> {
    return this.dataSource
      .getRepository(ProposalOrmEntity)
      .createQueryBuilder('p')
      .innerJoin('p.cycle', 'c')
      .where("p.status = 'in_review'");
  }
}
