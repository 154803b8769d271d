import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface CommitmentSummaryRow {
  readonly id: string;
  readonly code: string | null;
  readonly areaCode: string;
  readonly title: { readonly 'zh-TW': string; readonly en: string };
  readonly origin: string;
  readonly sourceProposalId: string | null;
  readonly tracking: string;
  readonly milestoneCount: number;
  readonly milestonesDone: number;
}

export interface LinkedProposalRow {
  readonly id: string;
  readonly title: string;
  readonly status: string;
}

/** Public reads of commitments: lists by plan and area, and the proposal a commitment came from. */
@Injectable()
export class CommitmentReadsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** null when no plan has the code (404), [] when it has no commitments yet. */
  async byPlan(planCode: string): Promise<CommitmentSummaryRow[] | null> {
    const plan = await this.dataSource.query<{ id: string }[]>('SELECT id FROM action_plans WHERE code = $1', [planCode]);
    if (plan.length === 0) return null;
    // Ordered as the plan lists its areas, then by the item number of the plan's own numbering
    // (nap-1-2.3 → 3, compared as a number so 2.10 follows 2.9), then commitments adopted later, oldest first.
    const rows = await this.dataSource.query<
      { id: string; code: string | null; area_code: string; title_zh_tw: string; title_en: string; origin: string; source_proposal_id: string | null; tracking: string; milestones: string; done: string }[]
    >(
      `SELECT c.id, c.code, c.area_code, c.title_zh_tw, c.title_en, c.origin, c.source_proposal_id, c.tracking,
              (SELECT count(*) FROM commitment_milestones m WHERE m.commitment_id = c.id) AS milestones,
              (SELECT count(*) FROM commitment_milestones m WHERE m.commitment_id = c.id AND m.status = 'done') AS done
         FROM commitments c
         LEFT JOIN areas a ON a.plan_id = c.plan_id AND a.code = c.area_code
        WHERE c.plan_id = $1
        ORDER BY a.position NULLS LAST, (regexp_match(c.code, '(\\d+)$'))[1]::int NULLS LAST, c.created_at, c.id`,
      [plan[0].id],
    );
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      areaCode: r.area_code,
      title: { 'zh-TW': r.title_zh_tw, en: r.title_en },
      origin: r.origin,
      sourceProposalId: r.source_proposal_id,
      tracking: r.tracking,
      milestoneCount: Number(r.milestones),
      milestonesDone: Number(r.done),
    }));
  }

  async linkedProposal(proposalId: string | null): Promise<LinkedProposalRow | null> {
    if (proposalId === null) return null;
    const rows = await this.dataSource.query<LinkedProposalRow[]>('SELECT id, title, status FROM proposals WHERE id = $1', [proposalId]);
    return rows[0] ?? null;
  }

  /** Proposals merged into a commitment, which its page lists beside the one it came from. */
  async mergedProposals(commitmentId: string): Promise<LinkedProposalRow[]> {
    return this.dataSource.query<LinkedProposalRow[]>(
      `SELECT p.id, p.title, p.status FROM taskforce_decisions d JOIN proposals p ON p.id = d.proposal_id
        WHERE d.commitment_id = $1 AND d.outcome = 'merge' ORDER BY d.decided_at`,
      [commitmentId],
    );
  }
}
