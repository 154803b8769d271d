import { actionPlanPhase, isYearMonth, type ActionPlan, type ActionPlanPhase } from '@open-proposals/domain';
import type { ActionPlanOrmEntity } from './action-plan.orm-entity';

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
  };
};

export type ActionPlanView = ActionPlan & { readonly phase: ActionPlanPhase };

export const toActionPlanView = (plan: ActionPlan, now: Date): ActionPlanView => ({ ...plan, phase: actionPlanPhase(plan, now) });
