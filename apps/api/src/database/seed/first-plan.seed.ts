import { randomUUID } from 'node:crypto';
import { commitmentAuditEntries, createCommitment, validateTaskforceStructure, type CommitmentTransition } from '@open-proposals/domain';
import type { DataSource } from 'typeorm';
import { CommitmentsRepository } from '../../commitments/commitments.repository';
import { WriteTransactions } from '../../common/persistence/write-transaction';
import { TaskforceStructureRepository } from '../../taskforce/taskforce-structure.repository';
import { FIRST_ACTION_PLAN } from './first-action-plan';
import { FIRST_PLAN_COMMITMENTS, type SeedCommitment } from './first-plan-commitments';
import { FIRST_TASKFORCE } from './first-plan-taskforce';

/** The domain's verdict on one seeded commitment; the seed refuses to write anything the domain would refuse. */
export const seedCommitmentTransition = (entry: SeedCommitment, planAreaCodes: readonly string[], now: Date): CommitmentTransition => {
  const result = createCommitment(
    {
      id: randomUUID(),
      actorId: null,
      planCode: FIRST_ACTION_PLAN.code,
      planAreaCodes,
      code: entry.code,
      areaCode: entry.areaCode,
      title: entry.title,
      description: entry.summary,
      // The source gives the origins only as totals (on the plan), never per commitment.
      origin: 'unknown',
    },
    now,
  );
  if (!result.ok) throw new Error(`seed commitment ${entry.code} is invalid: ${result.error.code}`);
  return result.value;
};

/**
 * The first plan's 19 commitments and the task force's seats. Runs after the plan itself is
 * upserted. Idempotent and safe on two replicas at once: one advisory lock serialises seeders,
 * commitments are upserted by their number (text fields only, so an admin's later progress,
 * milestones, agencies and assessments stay), and a creation is audited only by the run that made it.
 */
export const seedFirstPlan = async (dataSource: DataSource): Promise<void> => {
  const problem = validateTaskforceStructure(FIRST_TASKFORCE);
  if (problem !== null) throw new Error(`the task force seed is invalid: ${problem}`);
  const commitments = new CommitmentsRepository(dataSource);
  await new WriteTransactions(dataSource).run(async (tx) => {
    await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['seed:first_plan']);
    const plan = await commitments.planAreas(FIRST_ACTION_PLAN.code, tx.manager);
    if (plan === null) throw new Error(`plan ${FIRST_ACTION_PLAN.code} must be seeded before its commitments`);
    const now = new Date();
    for (const entry of FIRST_PLAN_COMMITMENTS) {
      const transition = seedCommitmentTransition(entry, plan.areaCodes, now);
      const { inserted } = await commitments.upsertPublished(transition.commitment, plan.planId, tx.manager);
      // Reference data, not an event anyone reacts to: audited, but nothing goes to the outbox.
      if (inserted) await tx.audit(commitmentAuditEntries(null, transition));
    }
    await new TaskforceStructureRepository(dataSource).upsertSeats(FIRST_TASKFORCE.seats, tx.manager);
  });
};
