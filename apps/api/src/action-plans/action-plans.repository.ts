import { Injectable } from '@nestjs/common';
import type { ActionPlan } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ActionPlanOrmEntity } from './action-plan.orm-entity';
import { AreaOrmEntity } from './area.orm-entity';
import { toDomainActionPlan } from './action-plan.mapper';

@Injectable()
export class ActionPlansRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest plan first. */
  async findAll(): Promise<ActionPlan[]> {
    const rows = await this.dataSource.getRepository(ActionPlanOrmEntity).find({
      relations: { areas: true },
      order: { periodStart: 'DESC' },
    });
    return rows.map(toDomainActionPlan);
  }

  async findByCode(code: string): Promise<ActionPlan | null> {
    const row = await this.dataSource.getRepository(ActionPlanOrmEntity).findOne({ where: { code }, relations: { areas: true } });
    return row === null ? null : toDomainActionPlan(row);
  }

  /** Inserts or updates a plan and its areas by code, in one transaction: running it twice changes nothing. */
  async upsert(plan: ActionPlan): Promise<void> {
    await this.dataSource.transaction(async (manager: EntityManager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ActionPlanOrmEntity)
        .values({
          code: plan.code,
          titleZhTw: plan.title['zh-TW'],
          titleEn: plan.title.en,
          periodStart: plan.periodStart,
          periodEnd: plan.periodEnd,
          originSummary: plan.originSummary ?? null,
        })
        .orUpdate(['title_zh_tw', 'title_en', 'period_start', 'period_end', 'origin_summary'], ['code'])
        .execute();
      const { id: planId } = await manager.getRepository(ActionPlanOrmEntity).findOneByOrFail({ code: plan.code });
      await manager
        .createQueryBuilder()
        .insert()
        .into(AreaOrmEntity)
        .values(plan.areas.map((area, position) => ({ planId, code: area.code, titleZhTw: area.title['zh-TW'], titleEn: area.title.en, position })))
        .orUpdate(['title_zh_tw', 'title_en', 'position'], ['plan_id', 'code'])
        .execute();
    });
  }
}
