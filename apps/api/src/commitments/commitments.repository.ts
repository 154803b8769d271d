import { Injectable } from '@nestjs/common';
import type { Commitment, CommitmentEvent } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ActionPlanOrmEntity } from '../action-plans/action-plan.orm-entity';
import { CommitmentMilestoneOrmEntity } from './commitment-milestone.orm-entity';
import { CommitmentProgressUpdateOrmEntity } from './commitment-progress-update.orm-entity';
import { CommitmentOrmEntity } from './commitment.orm-entity';
import { toAssessmentColumn, toDomainCommitment } from './commitment.mapper';

/** Commitments with their milestones and progress, read whole and written event by event. */
@Injectable()
export class CommitmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Loads a commitment; with `lock`, holds its row until the transaction ends so reports cannot interleave. */
  async find(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<Commitment | null> {
    const row = await manager.getRepository(CommitmentOrmEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (row === null) return null;
    const plan = await manager.getRepository(ActionPlanOrmEntity).findOneByOrFail({ id: row.planId });
    const milestones = await manager.getRepository(CommitmentMilestoneOrmEntity).find({ where: { commitmentId: id }, order: { dueOn: 'ASC', createdAt: 'ASC' } });
    const progress = await manager.getRepository(CommitmentProgressUpdateOrmEntity).find({ where: { commitmentId: id }, order: { quarter: 'ASC' } });
    return toDomainCommitment(row, plan.code, milestones, progress);
  }

  async exists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(CommitmentOrmEntity).existsBy({ id });
  }

  /** The plan's id and area codes, which a new commitment is checked against; null when no plan has the code. */
  async planAreas(planCode: string | null, manager: EntityManager = this.dataSource.manager): Promise<{ planId: string; planCode: string; areaCodes: string[] } | null> {
    // Without a code, the newest plan: adoptions belong to the plan being written.
    const plan = await manager.getRepository(ActionPlanOrmEntity).findOne({
      where: planCode === null ? {} : { code: planCode },
      relations: { areas: true },
      order: { periodStart: 'DESC' },
    });
    return plan === null ? null : { planId: plan.id, planCode: plan.code, areaCodes: plan.areas.map((a) => a.code) };
  }

  /** A commitment by its number in a plan (e.g. nap-1-2.2), or null. */
  async idByCode(planId: string, code: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const row = await manager.getRepository(CommitmentOrmEntity).findOne({ where: { planId, code }, select: { id: true } });
    return row?.id ?? null;
  }

  async insert(commitment: Commitment, planId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(CommitmentOrmEntity).insert({
      id: commitment.id,
      planId,
      code: commitment.code,
      areaCode: commitment.areaCode,
      titleZhTw: commitment.title['zh-TW'],
      titleEn: commitment.title.en,
      descriptionZhTw: commitment.description['zh-TW'],
      descriptionEn: commitment.description.en,
      origin: commitment.origin,
      sourceProposalId: commitment.sourceProposalId,
      responsibleAgencyIds: [...commitment.responsibleAgencyIds],
      tracking: commitment.tracking,
    });
  }

  /**
   * Inserts a commitment of the published plan, or refreshes the fields the plan's text owns
   * (area, title, description) when its number is already stored. Origin, agencies, milestones,
   * progress, assessments and tracking are never touched again: they are what admins and agencies
   * record later. Answers whether the row was new (xmax = 0 only for a row this statement inserted).
   */
  async upsertPublished(commitment: Commitment, planId: string, manager: EntityManager): Promise<{ id: string; inserted: boolean }> {
    const rows = await manager.query<{ id: string; inserted: boolean }[]>(
      `INSERT INTO commitments (id, plan_id, code, area_code, title_zh_tw, title_en, description_zh_tw, description_en, origin, responsible_agency_ids, tracking)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (plan_id, code) DO UPDATE
          SET area_code = EXCLUDED.area_code, title_zh_tw = EXCLUDED.title_zh_tw, title_en = EXCLUDED.title_en,
              description_zh_tw = EXCLUDED.description_zh_tw, description_en = EXCLUDED.description_en, updated_at = now()
        WHERE (commitments.area_code, commitments.title_zh_tw, commitments.title_en, commitments.description_zh_tw, commitments.description_en)
              IS DISTINCT FROM (EXCLUDED.area_code, EXCLUDED.title_zh_tw, EXCLUDED.title_en, EXCLUDED.description_zh_tw, EXCLUDED.description_en)
       RETURNING id, (xmax = 0) AS inserted`,
      [
        commitment.id,
        planId,
        commitment.code,
        commitment.areaCode,
        commitment.title['zh-TW'],
        commitment.title.en,
        commitment.description['zh-TW'],
        commitment.description.en,
        commitment.origin,
        [...commitment.responsibleAgencyIds],
        commitment.tracking,
      ],
    );
    // No row back: the stored text already matched, so nothing changed.
    return rows[0] ?? { id: commitment.id, inserted: false };
  }

  /** Writes what each event changed; creation is insert()'s, since it needs the plan's id. */
  async applyEvents(events: readonly CommitmentEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      switch (event.type) {
        case 'CommitmentCreated':
          break;
        case 'CommitmentMilestoneAdded': {
          const { milestone: m } = event;
          await manager.getRepository(CommitmentMilestoneOrmEntity).insert({
            id: m.id,
            commitmentId: event.commitmentId,
            titleZhTw: m.title['zh-TW'],
            titleEn: m.title.en,
            dueOn: m.dueOn,
            status: m.status,
            evidenceUrl: m.evidenceUrl,
          });
          break;
        }
        case 'CommitmentProgressReported': {
          const { update: u } = event;
          await manager.getRepository(CommitmentProgressUpdateOrmEntity).insert({
            id: u.id,
            commitmentId: event.commitmentId,
            quarter: u.quarter,
            textZhTw: u.text['zh-TW'],
            textEn: u.text.en,
            completion: u.completion,
            reportedBy: u.reportedBy,
            reportedAt: u.reportedAt,
          });
          break;
        }
        case 'CommitmentAssessed': {
          const column = toAssessmentColumn(event.assessment);
          await manager
            .getRepository(CommitmentOrmEntity)
            .update({ id: event.commitmentId }, event.kind === 'self' ? { selfAssessment: column } : { irmAssessment: column });
          break;
        }
        case 'CommitmentTrackingClosed':
          await manager
            .getRepository(CommitmentOrmEntity)
            .update({ id: event.commitmentId }, { tracking: 'closed', trackingClosedAt: event.occurredAt, trackingClosedReason: event.reason });
          break;
      }
    }
  }
}
