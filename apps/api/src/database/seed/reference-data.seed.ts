import { validateActionPlan } from '@open-proposals/domain';
import type { DataSource } from 'typeorm';
import { ActionPlansRepository } from '../../action-plans/action-plans.repository';
import { AgenciesRepository } from '../../agencies/agencies.repository';
import { SEED_AGENCIES } from './agencies';
import { ParticipationCycleOrmEntity } from '../../proposals/participation-cycle.orm-entity';
import { DEFAULT_CYCLE } from './default-cycle';
import { FIRST_ACTION_PLAN } from './first-action-plan';
import { seedFirstPlan } from './first-plan.seed';

/**
 * Reference data every deployment needs, production included. Idempotent: the plan, its commitments
 * and the task force's seats are upserted by their stable codes, and the default cycle is created
 * only when no cycle is current and it does not exist yet, so an admin's later settings (or their
 * closing of it) are never overwritten.
 */
export const seedReferenceData = async (dataSource: DataSource): Promise<void> => {
  const problem = validateActionPlan(FIRST_ACTION_PLAN);
  if (problem !== null) throw new Error(`the first action plan seed is invalid: ${problem}`);
  await new ActionPlansRepository(dataSource).upsert(FIRST_ACTION_PLAN);
  await new AgenciesRepository(dataSource).upsertByCode(SEED_AGENCIES);
  await seedFirstPlan(dataSource);
  await dataSource.transaction(async (manager) => {
    // Serialise concurrent seeders (two replicas starting at once) on one advisory lock.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['seed:participation_cycles']);
    const hasCurrent = (await manager.count(ParticipationCycleOrmEntity, { where: { isCurrent: true } })) > 0;
    const hasDefault = (await manager.count(ParticipationCycleOrmEntity, { where: { code: DEFAULT_CYCLE.code } })) > 0;
    if (!hasCurrent && !hasDefault) await manager.insert(ParticipationCycleOrmEntity, DEFAULT_CYCLE);
  });
};
