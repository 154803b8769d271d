import { err, ok, type Result } from '../shared/result';
import type { DomainError } from '../shared/domain-error';
import { LOCALES, type LocalizedText } from '../shared/localized-text';

/** A period in which proposing and co-signing pause (Join: 60 days before national elections). */
export interface BlackoutPeriod {
  /** Inclusive: at this instant the pause begins. */
  readonly startsAt: Date;
  /** Exclusive: at this instant activity resumes. */
  readonly endsAt: Date;
  /** Shown to citizens, because the UI must say why they cannot act. */
  readonly reason: LocalizedText;
}

/** The configurable numbers of one participation cycle; admins set them and they are public. */
export interface ParticipationRules {
  readonly threshold: number;
  readonly cosignWindowDays: number;
  readonly reviewWorkingDays: number;
  readonly blackoutPeriods: readonly BlackoutPeriod[];
  readonly cosignsAccumulateAfterThreshold: boolean;
  readonly agencyResponseDays: number;
}

export const DEFAULT_PARTICIPATION_RULES: ParticipationRules = {
  threshold: 5000,
  cosignWindowDays: 60,
  reviewWorkingDays: 5,
  blackoutPeriods: [],
  cosignsAccumulateAfterThreshold: true,
  agencyResponseDays: 60,
};

/** Fills the unset settings of a cycle with the platform defaults (not validated; see below). */
export const participationRules = (overrides: Partial<ParticipationRules> = {}): ParticipationRules => ({
  ...DEFAULT_PARTICIPATION_RULES,
  ...overrides,
});

export type ParticipationRulesErrorCode =
  | 'rules.threshold_too_low'
  | 'rules.cosign_window_too_short'
  | 'rules.review_days_too_low'
  | 'rules.agency_response_days_too_low'
  | 'rules.not_an_integer'
  | 'rules.blackout_invalid_date'
  | 'rules.blackout_not_after_start'
  | 'rules.blackout_reason_missing';

export type ParticipationRulesError = DomainError<ParticipationRulesErrorCode>;

type CountField = 'threshold' | 'cosignWindowDays' | 'reviewWorkingDays' | 'agencyResponseDays';

const COUNT_MINIMUMS: ReadonlyArray<readonly [CountField, ParticipationRulesErrorCode]> = [
  ['threshold', 'rules.threshold_too_low'],
  ['cosignWindowDays', 'rules.cosign_window_too_short'],
  ['reviewWorkingDays', 'rules.review_days_too_low'],
  ['agencyResponseDays', 'rules.agency_response_days_too_low'],
];

const isValidDate = (value: Date): boolean => value instanceof Date && !Number.isNaN(value.getTime());

const blackoutErrors = (period: BlackoutPeriod, index: number): ParticipationRulesError[] => {
  if (!isValidDate(period.startsAt) || !isValidDate(period.endsAt)) {
    return [{ code: 'rules.blackout_invalid_date', details: { index } }];
  }
  const errors: ParticipationRulesError[] = [];
  if (period.endsAt.getTime() <= period.startsAt.getTime()) {
    errors.push({ code: 'rules.blackout_not_after_start', details: { index } });
  }
  for (const locale of LOCALES) {
    if ((period.reason[locale] ?? '').trim() === '') {
      errors.push({ code: 'rules.blackout_reason_missing', details: { index, locale } });
    }
  }
  return errors;
};

/**
 * Checks a cycle's settings before an admin saves them. Answers every problem at once,
 * so that the settings form can mark all wrong fields in one round trip.
 */
export const validateParticipationRules = (
  rules: ParticipationRules,
): Result<ParticipationRules, readonly ParticipationRulesError[]> => {
  const errors: ParticipationRulesError[] = [];
  for (const [field, code] of COUNT_MINIMUMS) {
    const value = rules[field];
    if (!Number.isInteger(value)) errors.push({ code: 'rules.not_an_integer', details: { field } });
    else if (value < 1) errors.push({ code, details: { field, min: 1 } });
  }
  rules.blackoutPeriods.forEach((period, index) => errors.push(...blackoutErrors(period, index)));
  return errors.length === 0 ? ok(rules) : err(errors);
};

/** The blackout period in force at `now`, or null. Periods are half-open: [startsAt, endsAt). */
export const activeBlackout = (rules: Pick<ParticipationRules, 'blackoutPeriods'>, now: Date): BlackoutPeriod | null =>
  rules.blackoutPeriods.find(
    (period) => now.getTime() >= period.startsAt.getTime() && now.getTime() < period.endsAt.getTime(),
  ) ?? null;
