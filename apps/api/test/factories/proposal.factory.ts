import { randomUUID } from 'node:crypto';
import type { Actor } from '@open-proposals/domain';
import type { DataSource } from 'typeorm';
import { UserOrmEntity } from '../../src/accounts/user.orm-entity';
import { ParticipationCycleOrmEntity } from '../../src/proposals/participation-cycle.orm-entity';
import { ProposalOrmEntity } from '../../src/proposals/proposal.orm-entity';

const DAY = 24 * 60 * 60 * 1000;

/** Test data with overrides (`factory.proposal({ status: 'open' })`), written straight to the database. */
export const proposalFactory = (dataSource: DataSource) => {
  let cycleId: string | undefined;

  const user = async (overrides: Partial<UserOrmEntity> = {}): Promise<UserOrmEntity> =>
    dataSource.getRepository(UserOrmEntity).save({
      email: `citizen-${randomUUID()}@example.tw`,
      passwordHash: 'not-a-real-hash',
      displayName: '測試市民',
      ...overrides,
    });

  const cycle = async (overrides: Partial<ParticipationCycleOrmEntity> = {}): Promise<ParticipationCycleOrmEntity> =>
    dataSource.getRepository(ParticipationCycleOrmEntity).save({
      code: `cycle-${randomUUID()}`,
      titleZhTw: '測試週期',
      titleEn: 'Test cycle',
      threshold: 5000,
      cosignWindowDays: 60,
      reviewWorkingDays: 5,
      agencyResponseDays: 60,
      cosignsAccumulateAfterThreshold: true,
      blackoutPeriods: [],
      isCurrent: false,
      ...overrides,
    });

  const proposal = async (overrides: Partial<ProposalOrmEntity> = {}): Promise<ProposalOrmEntity> => {
    cycleId ??= (await cycle()).id;
    const publishedAt = overrides.publishedAt ?? new Date(Date.now() - DAY);
    return dataSource.getRepository(ProposalOrmEntity).save({
      cycleId,
      proposerId: overrides.proposerId ?? (await user()).id,
      status: 'open',
      title: '測試提議',
      background: '現況說明',
      body: '具體建議',
      expectedBenefits: '預期效益',
      areaCode: 'general',
      submittedAt: new Date(publishedAt.getTime() - DAY),
      publishedAt,
      cosignDeadline: new Date(publishedAt.getTime() + 60 * DAY),
      ...overrides,
    });
  };

  /** `n` citizens with a verified mobile number, as the co-sign path sees them. */
  const phoneActors = (n: number): Promise<Actor[]> =>
    Promise.all(
      Array.from({ length: n }, async () => {
        const made = await user({ phoneVerifiedAt: new Date(), emailVerifiedAt: new Date() });
        return { id: made.id, verificationTier: 'phone', roles: [{ kind: 'citizen' }] } satisfies Actor;
      }),
    );

  return { user, cycle, proposal, phoneActors };
};
