import { Injectable } from '@nestjs/common';
import type { BlackoutPeriod, LocalizedText, ParticipationRules } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ParticipationCycleOrmEntity, type BlackoutPeriodRow } from '../proposals/participation-cycle.orm-entity';

/** The current cycle as the settings screen shows it. */
export interface CycleSettings {
  readonly id: string;
  readonly code: string;
  readonly title: LocalizedText;
  readonly rules: ParticipationRules;
  readonly openProposals: number;
  readonly updatedAt: Date;
}

const toBlackout = (row: BlackoutPeriodRow): BlackoutPeriod => ({ startsAt: new Date(row.startsAt), endsAt: new Date(row.endsAt), reason: row.reason });
const toBlackoutRow = (period: BlackoutPeriod): BlackoutPeriodRow => ({
  startsAt: period.startsAt.toISOString(),
  endsAt: period.endsAt.toISOString(),
  reason: { 'zh-TW': period.reason['zh-TW'], en: period.reason.en },
});

@Injectable()
export class CycleSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The current cycle, or null when none is current. With `lock` the row stays locked until
   * the transaction ends, so two admins saving at once apply one after the other.
   */
  async current(manager: EntityManager = this.dataSource.manager, lock = false): Promise<CycleSettings | null> {
    const row = await manager.findOne(ParticipationCycleOrmEntity, {
      where: { isCurrent: true },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (row === null) return null;
    const [{ count }] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM proposals WHERE cycle_id = $1 AND status = 'open'`,
      [row.id],
    );
    return {
      id: row.id,
      code: row.code,
      title: { 'zh-TW': row.titleZhTw, en: row.titleEn },
      rules: {
        threshold: row.threshold,
        cosignWindowDays: row.cosignWindowDays,
        reviewWorkingDays: row.reviewWorkingDays,
        agencyResponseDays: row.agencyResponseDays,
        cosignsAccumulateAfterThreshold: row.cosignsAccumulateAfterThreshold,
        blackoutPeriods: row.blackoutPeriods.map(toBlackout),
      },
      openProposals: count,
      updatedAt: row.updatedAt,
    };
  }

  async saveRules(id: string, rules: ParticipationRules, manager: EntityManager): Promise<void> {
    await manager.update(ParticipationCycleOrmEntity, { id }, {
      threshold: rules.threshold,
      cosignWindowDays: rules.cosignWindowDays,
      blackoutPeriods: rules.blackoutPeriods.map(toBlackoutRow),
    });
  }
}
