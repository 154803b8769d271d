import { randomUUID } from 'node:crypto';
import { participationRules } from '@open-proposals/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { UserRoleOrmEntity } from '../../accounts/user-role.orm-entity';
import { UserOrmEntity } from '../../accounts/user.orm-entity';
import { toRoleColumns } from '../../accounts/role.mapper';
import { AgencyOrmEntity } from '../../agencies/agency.orm-entity';
import { CommitmentsRepository } from '../../commitments/commitments.repository';
import { WriteTransactions } from '../../common/persistence/write-transaction';
import type { NodeEnv } from '../../config/app-config';
import { CosignsRepository, NO_SIGNALS } from '../../cosigns/cosigns.repository';
import { ParticipationCycleOrmEntity } from '../../proposals/participation-cycle.orm-entity';
import { ProposalsRepository } from '../../proposals/proposals.repository';
import { RoutingRepository } from '../../routing/routing.repository';
import { DEMO_CITIZENS, DEMO_CYCLE, DEMO_EMAIL_DOMAIN, DEMO_PROPOSALS, DEMO_STAFF, type DemoPerson } from './demo-data';
import { tellDemoStory } from './demo-story';
import { FIRST_ACTION_PLAN } from './first-action-plan';

export type DemoSeedOutcome =
  | { readonly kind: 'seeded'; readonly people: number; readonly proposals: number; readonly cosigns: number }
  | { readonly kind: 'skipped'; readonly reason: 'not_development' | 'has_proposals' };

/** The seeded commitment the demo's merged proposal joins (youth participation, 青年政策參與). */
const MERGE_TARGET_CODE = 'nap-1-2.2';

/** Demo accounts cannot sign in: the stored hash is not a hash, and a malformed one always fails closed. */
const NO_PASSWORD = 'demo-account-cannot-sign-in';

const insertDemoPerson = async (manager: EntityManager, person: DemoPerson, staff: boolean, verifiedAt: Date): Promise<string> => {
  const { identifiers } = await manager.insert(UserOrmEntity, {
    email: `${person.key}@${DEMO_EMAIL_DOMAIN}`,
    passwordHash: NO_PASSWORD,
    displayName: person.displayName,
    emailVerifiedAt: verifiedAt,
    phone: person.phone,
    phoneVerifiedAt: verifiedAt,
    isDemo: true,
  });
  const id = String(identifiers[0]?.id);
  const roles = staff ? [{ kind: 'moderator' as const }, { kind: 'task_force_member' as const, side: 'civil' as const, role: 'member' as const }] : [{ kind: 'citizen' as const }];
  await manager.insert(UserRoleOrmEntity, roles.map((role) => ({ userId: id, grantedBy: null, ...toRoleColumns(role) })));
  return id;
};

/**
 * Development demo data: a few demo citizens and proposals in every public state (plus one rejected
 * and one under review), with co-signs. Runs only when NODE_ENV is development and only on a platform
 * with no proposals at all, so it never mixes with real participation; production and test never get it.
 * Backdated histories go through the domain (see demo-story.ts) and are audited, but nothing goes to
 * the outbox: no one should be notified, and no routing job should run, for things that never happened.
 * Runs after seedReferenceData (it needs the plan, the NDC agency and commitment nap-1-2.2).
 */
export const seedDemoData = async (dataSource: DataSource, nodeEnv: NodeEnv, now = new Date()): Promise<DemoSeedOutcome> => {
  if (nodeEnv !== 'development') return { kind: 'skipped', reason: 'not_development' };
  const proposals = new ProposalsRepository(dataSource);
  return new WriteTransactions(dataSource).run(async (tx): Promise<DemoSeedOutcome> => {
    const { manager } = tx;
    // Two processes starting at once: the second waits, then finds proposals and skips.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['seed:demo']);
    if (await proposals.any(manager)) return { kind: 'skipped', reason: 'has_proposals' };

    const commitments = new CommitmentsRepository(dataSource);
    const plan = await commitments.planAreas(FIRST_ACTION_PLAN.code, manager);
    const mergeTarget = plan === null ? null : await commitments.idByCode(plan.planId, MERGE_TARGET_CODE, manager);
    const ndc = await manager.findOne(AgencyOrmEntity, { where: { code: 'ndc' } });
    if (plan === null || mergeTarget === null || ndc === null) throw new Error('the demo data needs the reference data: run seedReferenceData first');

    const cycle = (await manager.findOne(ParticipationCycleOrmEntity, { where: { code: DEMO_CYCLE.code } })) ?? (await manager.save(ParticipationCycleOrmEntity, { ...DEMO_CYCLE }));
    const verifiedAt = new Date(now.getTime() - 120 * 24 * 60 * 60 * 1000);
    const citizenIds: string[] = [];
    for (const person of DEMO_CITIZENS) citizenIds.push(await insertDemoPerson(manager, person, false, verifiedAt));
    const staffId = await insertDemoPerson(manager, DEMO_STAFF, true, verifiedAt);

    const { threshold, cosignWindowDays, reviewWorkingDays, agencyResponseDays, cosignsAccumulateAfterThreshold } = DEMO_CYCLE;
    const demoRules = participationRules({ threshold, cosignWindowDays, reviewWorkingDays, agencyResponseDays, cosignsAccumulateAfterThreshold });
    const proposalIds = new Map<string, string>();
    const cast = { citizenIds, staffId, cycleId: cycle.id, rules: demoRules, areaCodes: plan.areaCodes, agencyIds: [ndc.id], proposalIds, mergeTargetCommitmentId: mergeTarget };
    const cosigns = new CosignsRepository(dataSource);
    const routing = new RoutingRepository();
    let cosignCount = 0;
    for (const story of DEMO_PROPOSALS) {
      const history = tellDemoStory(randomUUID(), story, cast, now);
      const { proposal } = history;
      await proposals.insert(proposal, manager);
      for (const cosign of history.cosigns) if (await cosigns.insertIfAbsent(cosign, NO_SIGNALS, manager)) cosignCount += 1;
      await tx.audit(history.audit);
      // A routed proposal waits in the task force's inbox and the agency's queue, as routing leaves it.
      if (proposal.status === 'routed' && proposal.agencyResponseDueAt !== null) {
        await routing.openReviewItem(manager, proposal.id);
        await routing.requestResponses(manager, proposal.id, proposal.routedAgencyIds, proposal.agencyResponseDueAt);
      }
      proposalIds.set(story.key, proposal.id);
    }
    await proposals.markDemo([...proposalIds.values()], manager);
    return { kind: 'seeded', people: citizenIds.length + 1, proposals: proposalIds.size, cosigns: cosignCount };
  });
};
