import { Injectable } from '@nestjs/common';
import { participationRules, type ParticipationRules } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ParticipationCycleOrmEntity } from './participation-cycle.orm-entity';

export interface Cycle {
  readonly id: string;
  readonly code: string;
  readonly rules: ParticipationRules;
}

const toCycle = (row: ParticipationCycleOrmEntity): Cycle => ({
  id: row.id,
  code: row.code,
  rules: participationRules({
    threshold: row.threshold,
    cosignWindowDays: row.cosignWindowDays,
    reviewWorkingDays: row.reviewWorkingDays,
    agencyResponseDays: row.agencyResponseDays,
    cosignsAccumulateAfterThreshold: row.cosignsAccumulateAfterThreshold,
    blackoutPeriods: row.blackoutPeriods.map((b) => ({ startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt), reason: b.reason })),
  }),
});

@Injectable()
export class ParticipationCyclesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The cycle new proposals join, or null when an admin has closed every cycle. */
  async current(manager: EntityManager = this.dataSource.manager): Promise<Cycle | null> {
    const row = await manager.findOne(ParticipationCycleOrmEntity, { where: { isCurrent: true } });
    return row === null ? null : toCycle(row);
  }

  async byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<Cycle> {
    return toCycle(await manager.findOneOrFail(ParticipationCycleOrmEntity, { where: { id } }));
  }
}
