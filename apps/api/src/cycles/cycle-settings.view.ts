import type { CycleSettings } from './cycle-settings.repository';
import type { CycleSettingsResponse } from './cycle-settings.response';

export const toCycleSettingsResponse = (cycle: CycleSettings): CycleSettingsResponse => ({
  id: cycle.id,
  code: cycle.code,
  title: { 'zh-TW': cycle.title['zh-TW'], en: cycle.title.en },
  threshold: cycle.rules.threshold,
  cosignWindowDays: cycle.rules.cosignWindowDays,
  reviewWorkingDays: cycle.rules.reviewWorkingDays,
  agencyResponseDays: cycle.rules.agencyResponseDays,
  cosignsAccumulateAfterThreshold: cycle.rules.cosignsAccumulateAfterThreshold,
  blackoutPeriods: cycle.rules.blackoutPeriods.map((period) => ({
    startsAt: period.startsAt.toISOString(),
    endsAt: period.endsAt.toISOString(),
    reason: { 'zh-TW': period.reason['zh-TW'], en: period.reason.en },
  })),
  openProposals: cycle.openProposals,
  updatedAt: cycle.updatedAt.toISOString(),
});
