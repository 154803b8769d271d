import type { ActionPlan, ActionPlanPhase } from '@open-proposals/domain';
import type { ApiClient } from '../../../shared/api/api-client';

/** A plan as GET /api/v1/action-plans lists it: the plan plus its phase today, decided by the server. */
export interface ActionPlanSummary extends ActionPlan {
  readonly phase: ActionPlanPhase;
}

export interface ActionPlanListResponse {
  readonly items: readonly ActionPlanSummary[];
}

export const actionPlanKeys = {
  all: ['action-plans'] as const,
  list: () => [...actionPlanKeys.all, 'list'] as const,
};

export const fetchActionPlans = (client: ApiClient, signal?: AbortSignal): Promise<ActionPlanListResponse> =>
  client.get<ActionPlanListResponse>('/api/v1/action-plans', { signal });
