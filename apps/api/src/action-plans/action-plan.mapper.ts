import { SUMMARY_ORIGINS, actionPlanPhase, isYearMonth, type ActionPlan, type ActionPlanPhase, type OriginSummary } from '@open-proposals/domain';
import type { ActionPlanOrmEntity, OriginSummaryColumn } from './action-plan.orm-entity';

/** The seed validated it before storing; a malformed one means someone edited the row by hand. */
const toOriginSummary = (column: OriginSummaryColumn | null, planCode: string): OriginSummary | null => {
  if (column === null) return null;
  const counts = Object.fromEntries(SUMMARY_ORIGINS.map((origin) => [origin, column.counts[origin]]));
  if (Object.values(counts).some((n) => typeof n !== 'number')) throw new Error(`action plan ${planCode} has a malformed origin summary`);
  return { counts: counts as OriginSummary['counts'], source: { 'zh-TW': column.source['zh-TW'], en: column.source.en } };
};

export const toDomainActionPlan = (row: ActionPlanOrmEntity): ActionPlan => {
  if (!isYearMonth(row.periodStart) || !isYearMonth(row.periodEnd)) {
    throw new Error(`action plan ${row.code} has a malformed period`);
  }
  return {
    code: row.code,
    title: { 'zh-TW': row.titleZhTw, en: row.titleEn },
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    areas: [...row.areas]
      .sort((a, b) => a.position - b.position)
      .map((area) => ({ code: area.code, title: { 'zh-TW': area.titleZhTw, en: area.titleEn } })),
    originSummary: toOriginSummary(row.originSummary, row.code),
  };
};

export type ActionPlanView = ActionPlan & { readonly phase: ActionPlanPhase; readonly originSummary: OriginSummary | null };

export const toActionPlanView = (plan: ActionPlan, now: Date): ActionPlanView => ({ ...plan, originSummary: plan.originSummary ?? null, phase: actionPlanPhase(plan, now) });
