import type { LocalizedText } from '../shared/localized-text';

/** A month in the form YYYY-MM: action plans are planned and reported by month. */
export type YearMonth = `${number}-${number}`;

export interface Area {
  readonly code: string;
  readonly title: LocalizedText;
}

/** The origins a plan can count; `unknown` is what a commitment records when its source does not say. */
export const SUMMARY_ORIGINS = ['government', 'citizen_proposal', 'civil_member'] as const;
export type SummaryOrigin = (typeof SUMMARY_ORIGINS)[number];

/**
 * How many of a plan's commitments came from where, as its source states it. Kept on the plan
 * because the first plan's source gives only the totals (12 / 6 / 1), not which commitment is which.
 */
export interface OriginSummary {
  readonly counts: Readonly<Record<SummaryOrigin, number>>;
  /** Where the numbers come from, so readers can check them. */
  readonly source: LocalizedText;
}

export interface ActionPlan {
  readonly code: string;
  readonly title: LocalizedText;
  readonly periodStart: YearMonth;
  readonly periodEnd: YearMonth;
  readonly areas: readonly Area[];
  /** Absent or null while nobody has recorded one. */
  readonly originSummary?: OriginSummary | null;
}

export const originSummaryTotal = (summary: OriginSummary): number =>
  SUMMARY_ORIGINS.reduce((total, origin) => total + summary.counts[origin], 0);

export type ActionPlanPhase = 'upcoming' | 'in_progress' | 'ended';

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isYearMonth = (value: string): value is YearMonth => YEAR_MONTH.test(value);

const monthIndex = (value: YearMonth): number => {
  const [year, month] = value.split('-').map(Number) as [number, number];
  return year * 12 + (month - 1);
};

/**
 * Where a plan stands on a given day. The period is inclusive of both months, as the
 * first plan's "2021-01 to 2024-05" is read: May 2024 still belongs to the plan.
 * Months are taken in Asia/Taipei, where the plans are published.
 */
export const actionPlanPhase = (plan: Pick<ActionPlan, 'periodStart' | 'periodEnd'>, now: Date): ActionPlanPhase => {
  const taipei = new Date(now.getTime() + 8 * 60 * 60 * 1000);
  const current = taipei.getUTCFullYear() * 12 + taipei.getUTCMonth();
  if (current < monthIndex(plan.periodStart)) return 'upcoming';
  if (current > monthIndex(plan.periodEnd)) return 'ended';
  return 'in_progress';
};

export type ActionPlanInvalidity = 'period_malformed' | 'period_reversed' | 'no_areas' | 'duplicate_area' | 'origin_summary_malformed';

const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0;

const isOriginSummary = (summary: OriginSummary): boolean =>
  SUMMARY_ORIGINS.every((origin) => isCount(summary.counts[origin])) &&
  Object.keys(summary.counts).length === SUMMARY_ORIGINS.length &&
  summary.source['zh-TW'].trim() !== '';

/** Checks a plan before it is stored; answers the first problem found, or null. */
export const validateActionPlan = (plan: ActionPlan): ActionPlanInvalidity | null => {
  if (!isYearMonth(plan.periodStart) || !isYearMonth(plan.periodEnd)) return 'period_malformed';
  if (monthIndex(plan.periodEnd) < monthIndex(plan.periodStart)) return 'period_reversed';
  if (plan.areas.length === 0) return 'no_areas';
  if (new Set(plan.areas.map((a) => a.code)).size !== plan.areas.length) return 'duplicate_area';
  if (plan.originSummary && !isOriginSummary(plan.originSummary)) return 'origin_summary_malformed';
  return null;
};
