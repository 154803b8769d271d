import { validateActionPlan } from '@open-proposals/domain';
import type { DataSource } from 'typeorm';
import { ActionPlansRepository } from '../../action-plans/action-plans.repository';
import { FIRST_ACTION_PLAN } from './first-action-plan';

/**
 * Reference data every deployment needs, production included. Idempotent: it upserts by
 * stable code, so running it on every start changes nothing the second time.
 */
export const seedReferenceData = async (dataSource: DataSource): Promise<void> => {
  const problem = validateActionPlan(FIRST_ACTION_PLAN);
  if (problem !== null) throw new Error(`the first action plan seed is invalid: ${problem}`);
  await new ActionPlansRepository(dataSource).upsert(FIRST_ACTION_PLAN);
};
