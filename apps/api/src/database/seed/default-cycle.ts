import { DEFAULT_PARTICIPATION_RULES } from '@open-proposals/domain';

/** The cycle new proposals join until an admin configures another: Join's rules, as DOMAIN.md sets them. */
export const DEFAULT_CYCLE = {
  code: 'default',
  titleZhTw: '常態提議週期',
  titleEn: 'Standing participation cycle',
  threshold: DEFAULT_PARTICIPATION_RULES.threshold,
  cosignWindowDays: DEFAULT_PARTICIPATION_RULES.cosignWindowDays,
  reviewWorkingDays: DEFAULT_PARTICIPATION_RULES.reviewWorkingDays,
  agencyResponseDays: DEFAULT_PARTICIPATION_RULES.agencyResponseDays,
  cosignsAccumulateAfterThreshold: DEFAULT_PARTICIPATION_RULES.cosignsAccumulateAfterThreshold,
  blackoutPeriods: [],
  isCurrent: true,
};
