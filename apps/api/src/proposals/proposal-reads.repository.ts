import { Injectable } from '@nestjs/common';
import { PUBLIC_TIMELINE_ACTIONS, PUBLIC_TIMELINE_REASONS } from '@open-proposals/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { ListProposalsQuery } from './list-proposals.query';
import { ProposalListTotalsCache } from './proposal-list-totals.cache';
import { ProposalOrmEntity } from './proposal.orm-entity';
import { PUBLIC_STATUSES, type Page, type PublicProposalDetail, type PublicProposalSummary, type PublicStatus, type TimelineEntry } from './public-proposal';

type Row = ProposalOrmEntity & { threshold: number };

/** Joins each entity with the threshold selected from its cycle (raw rows come back in the same order). */
const withThresholds = ({ entities, raw }: { entities: ProposalOrmEntity[]; raw: unknown[] }): Row[] =>
  entities.map((entity, i) => ({ ...entity, threshold: Number((raw[i] as { threshold: number | string }).threshold) }));

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

/** ILIKE treats % and _ as wildcards; a citizen searching for "100%" means the character. */
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const SEARCHABLE_TEXT = `(p.title || ' ' || p.background || ' ' || p.body || ' ' || p.expected_benefits)`;

/** A list row: only what a summary shows, read raw (no entity hydration, no long texts). */
interface SummaryRow {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly area_code: string;
  readonly cosign_count: number;
  readonly threshold: number | string;
  readonly published_at: Date | null;
  readonly cosign_deadline: Date | null;
  readonly threshold_reached_at: Date | null;
  readonly is_demo: boolean;
}

const SUMMARY_COLUMNS = ['id', 'title', 'status', 'area_code', 'cosign_count', 'published_at', 'cosign_deadline', 'threshold_reached_at', 'is_demo'] as const;

const summaryOf = (row: SummaryRow): PublicProposalSummary => ({
  id: row.id,
  title: row.title,
  status: row.status as PublicStatus,
  areaCode: row.area_code,
  cosignCount: Number(row.cosign_count),
  threshold: Number(row.threshold),
  publishedAt: iso(row.published_at),
  cosignDeadline: iso(row.cosign_deadline),
  thresholdReachedAt: iso(row.threshold_reached_at),
  isDemo: row.is_demo,
});

const toSummary = (row: Row): PublicProposalSummary => ({
  id: row.id,
  title: row.title,
  status: row.status as PublicStatus,
  areaCode: row.areaCode,
  cosignCount: row.cosignCount,
  threshold: row.threshold,
  publishedAt: iso(row.publishedAt),
  cosignDeadline: iso(row.cosignDeadline),
  thresholdReachedAt: iso(row.thresholdReachedAt),
  isDemo: row.isDemo,
});

/** The public's view of proposals: no proposer identity, only public statuses. */
@Injectable()
export class ProposalReadsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly totals: ProposalListTotalsCache,
  ) {}

  async page(query: ListProposalsQuery, now: Date): Promise<Page<PublicProposalSummary>> {
    const matching = this.publicRows();
    if (query.status) matching.andWhere('p.status = :status', { status: query.status });
    if (query.area) matching.andWhere('p.area_code = :area', { area: query.area });
    if (query.agency) matching.andWhere('(:agency = ANY(p.suggested_agency_ids) OR :agency = ANY(p.routed_agency_ids))', { agency: query.agency });
    if (query.q) matching.andWhere(`${SEARCHABLE_TEXT} ILIKE :pattern ESCAPE '\\'`, { pattern: `%${escapeLike(query.q)}%` });
    // Only proposals still collecting co-signs can end soon.
    if (query.sort === 'ending_soon') matching.andWhere(`p.status IN ('open', 'threshold_reached') AND p.cosign_deadline > :now AND p.cosigning_closed_at IS NULL`, { now });
    const pageRows = matching.clone();
    // Each order has an index that ends in id (migration public-list-indexes), so a page is an index range, not a sort.
    switch (query.sort) {
      case 'newest':
        pageRows.orderBy('p.published_at', 'DESC', 'NULLS LAST');
        break;
      case 'most_cosigned':
        pageRows.orderBy('p.cosign_count', 'DESC').addOrderBy('p.published_at', 'DESC', 'NULLS LAST');
        break;
      case 'ending_soon':
        pageRows.orderBy('p.cosign_deadline', 'ASC');
        break;
    }
    // A page of 20 is 20 short rows: the long texts (background, proposal, benefits) are not read.
    pageRows.select('c.threshold', 'threshold');
    for (const column of SUMMARY_COLUMNS) pageRows.addSelect(`p.${column}`, column);
    pageRows
      .addOrderBy('p.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize);
    const filtersKey = JSON.stringify([query.status, query.area, query.agency, query.q, query.sort === 'ending_soon']);
    const [rows, total] = await Promise.all([
      pageRows.getRawMany<SummaryRow>(),
      // COUNT(*) rather than getCount's COUNT(DISTINCT id): the join is one-to-one, and DISTINCT sorts.
      this.totals.total(filtersKey, async () => Number((await matching.clone().select('COUNT(*)', 'n').getRawOne<{ n: string }>())?.n ?? 0)),
    ]);
    return { items: rows.map(summaryOf), page: query.page, pageSize: query.pageSize, total };
  }

  async findPublic(id: string): Promise<PublicProposalDetail | null> {
    const [row] = withThresholds(await this.publicRows().andWhere('p.id = :id', { id }).getRawAndEntities());
    if (!row) return null;
    return {
      ...toSummary(row),
      background: row.background,
      proposal: row.body,
      expectedBenefits: row.expectedBenefits,
      suggestedAgencyIds: row.suggestedAgencyIds,
      links: row.links,
      duplicateOfId: row.duplicateOfId,
      agencyResponseDueAt: iso(row.agencyResponseDueAt),
      decision: row.decisionOutcome && row.decidedAt ? { outcome: row.decisionOutcome, rationale: row.decisionRationale, decidedAt: row.decidedAt.toISOString() } : null,
      timeline: await this.timeline(id),
    };
  }

  /** Published proposals whose titles resemble a draft's, to head off duplicates. */
  async similarTitles(title: string, limit = 5): Promise<PublicProposalSummary[]> {
    const result = await this.publicRows()
      .andWhere(`(similarity(p.title, :title) > 0.1 OR p.title ILIKE :pattern ESCAPE '\\')`, { title, pattern: `%${escapeLike(title)}%` })
      .orderBy('similarity(p.title, :title)', 'DESC')
      .limit(limit)
      .getRawAndEntities();
    return withThresholds(result).map(toSummary);
  }

  /** Read from the audit log, which every state change writes in its own transaction: only the public steps, and only public reasons. */
  private async timeline(proposalId: string): Promise<TimelineEntry[]> {
    const rows = await this.dataSource.query<{ action: string; occurred_at: Date; reason: string | null }[]>(
      `SELECT action, occurred_at, CASE WHEN action = ANY($3) THEN reason END AS reason
         FROM audit_log WHERE subject_type = 'proposal' AND subject_id = $1 AND action = ANY($2) ORDER BY occurred_at, id`,
      [proposalId, PUBLIC_TIMELINE_ACTIONS, PUBLIC_TIMELINE_REASONS],
    );
    return rows.map((r) => ({ action: r.action, at: r.occurred_at.toISOString(), reason: r.reason }));
  }

  private publicRows(): SelectQueryBuilder<ProposalOrmEntity> {
    return this.dataSource
      .getRepository(ProposalOrmEntity)
      .createQueryBuilder('p')
      .innerJoin('p.cycle', 'c')
      .addSelect('c.threshold', 'threshold')
      .where('p.status IN (:...publicStatuses)', { publicStatuses: PUBLIC_STATUSES });
  }
}
