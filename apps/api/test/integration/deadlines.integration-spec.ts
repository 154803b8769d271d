import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { reviewDueAt } from '@open-proposals/domain';
import { DataSource } from 'typeorm';
import type { OutboxJobPayload } from '../../src/common/queue/job-catalog';
import { JobQueue } from '../../src/common/queue/job-queue.service';
import { Clock } from '../../src/common/time/clock';
import { DeadlineSweepJobHandler } from '../../src/deadlines/deadline-sweep.job-handler';
import { SWEEP_EVERY_MS, SWEEP_SCHEDULER_ID } from '../../src/deadlines/deadline-sweep.scheduler';
import { DeadlinesService, windowEndJobId } from '../../src/deadlines/deadlines.service';
import { ProposalOrmEntity } from '../../src/proposals/proposal.orm-entity';
import { proposalFactory } from '../factories/proposal.factory';
import { startTestWorker } from '../utils/test-app';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;

/** Polls until `check` holds; deadlines run on real BullMQ timers, so the tests wait for them. */
const waitFor = async (check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('deadlines (delayed window-end jobs, the sweeper, overdue flags)', () => {
  let worker: INestApplicationContext;
  let db: DataSource;
  let jobs: JobQueue;
  let clock: Clock;
  let make: ReturnType<typeof proposalFactory>;

  const load = (id: string): Promise<ProposalOrmEntity> => db.getRepository(ProposalOrmEntity).findOneByOrFail({ id });
  const auditActions = async (id: string): Promise<string[]> =>
    (await db.query<{ action: string }[]>(`SELECT action FROM audit_log WHERE subject_type = 'proposal' AND subject_id = $1 ORDER BY id`, [id])).map(
      (r) => r.action,
    );
  const outboxEvents = async (id: string): Promise<string[]> =>
    (await db.query<{ event_type: string }[]>(`SELECT event_type FROM outbox WHERE aggregate_id = $1 ORDER BY occurred_at`, [id])).map((r) => r.event_type);
  const flags = (subjectId: string): Promise<{ kind: string; proposal_id: string; due_at: Date }[]> =>
    db.query(`SELECT kind, proposal_id, due_at FROM overdue_flags WHERE subject_id = $1`, [subjectId]);
  const jobState = async (id: string): Promise<string | undefined> => (await jobs.queue('deadlines').getJob(id))?.getState();
  const published = (proposal: ProposalOrmEntity): OutboxJobPayload => ({
    eventId: randomUUID(),
    eventType: 'ProposalPublished',
    aggregateType: 'proposal',
    aggregateId: proposal.id,
    event: { type: 'ProposalPublished', proposalId: proposal.id, cosignDeadline: proposal.cosignDeadline?.toISOString(), threshold: 5000 },
  });
  const sweepAt = async (instant: Date): Promise<void> => {
    jest.spyOn(clock, 'now').mockReturnValue(instant);
    await worker.get(DeadlineSweepJobHandler).handle();
  };

  beforeAll(async () => {
    worker = await startTestWorker();
    db = worker.get(DataSource);
    jobs = worker.get(JobQueue);
    clock = worker.get(Clock);
    make = proposalFactory(db);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => worker.close());

  it('expires an open proposal below its threshold within seconds of its deadline, through the delayed job', async () => {
    const deadline = new Date(Date.now() + 2 * SECOND);
    const proposal = await make.proposal({ status: 'open', cosignCount: 3, cosignDeadline: deadline });
    const payload = published(proposal);
    await jobs.add('deadlines.schedule_window_end', payload, { jobId: payload.eventId });

    await waitFor(async () => (await jobState(windowEndJobId(proposal.id))) === 'delayed', 3 * SECOND, 'the delayed window-end job');
    expect((await load(proposal.id)).status).toBe('open');
    await waitFor(async () => (await load(proposal.id)).status === 'expired', 6 * SECOND, 'the proposal to expire');

    const after = await load(proposal.id);
    expect(after.expiredAt?.getTime()).toBeGreaterThanOrEqual(deadline.getTime());
    expect(await auditActions(proposal.id)).toEqual(['proposal.expire']);
    expect(await outboxEvents(proposal.id)).toEqual(['ProposalExpired']);
  });

  it('keeps a threshold_reached proposal threshold_reached at its deadline and closes its co-signing', async () => {
    const deadline = new Date(Date.now() + 2 * SECOND);
    const proposal = await make.proposal({ status: 'threshold_reached', cosignCount: 5000, thresholdReachedAt: new Date(), cosignDeadline: deadline });
    const payload = published(proposal);
    await jobs.add('deadlines.schedule_window_end', payload, { jobId: payload.eventId });

    await waitFor(async () => (await load(proposal.id)).cosigningClosedAt !== null, 8 * SECOND, 'co-signing to close');
    const after = await load(proposal.id);
    expect(after.status).toBe('threshold_reached');
    expect(after.cosigningClosedAt?.getTime()).toBeGreaterThanOrEqual(deadline.getTime());
    expect(await auditActions(proposal.id)).toEqual(['proposal.close_cosigning']);
  });

  it('changes nothing when a window-end job fires a second time, and does not count that as a failure', async () => {
    const proposal = await make.proposal({ status: 'open', cosignCount: 1, cosignDeadline: new Date(Date.now() - SECOND) });
    const first = await jobs.add('deadlines.cosign_window_end', { proposalId: proposal.id }, { jobId: `twice-1-${proposal.id}` });
    await waitFor(async () => (await jobState(first)) === 'completed', 5 * SECOND, 'the first job');
    const version = (await load(proposal.id)).version;

    const second = await jobs.add('deadlines.cosign_window_end', { proposalId: proposal.id }, { jobId: `twice-2-${proposal.id}` });
    await waitFor(async () => ['completed', 'failed'].includes((await jobState(second)) ?? ''), 5 * SECOND, 'the second job');

    expect(await jobState(second)).toBe('completed');
    expect((await load(proposal.id)).version).toBe(version);
    expect(await auditActions(proposal.id)).toEqual(['proposal.expire']);
    expect(await outboxEvents(proposal.id)).toEqual(['ProposalExpired']);
    expect(await worker.get(DeadlinesService).closeWindow(proposal.id)).toEqual({ kind: 'nothing_to_do', reason: 'proposal.invalid_transition' });
  });

  it('schedules one window-end job per proposal, however often ProposalPublished is delivered', async () => {
    const deadline = new Date(Date.now() + 30 * DAY);
    const proposal = await make.proposal({ status: 'open', cosignDeadline: deadline });
    const service = worker.get(DeadlinesService);
    await service.scheduleWindowEnd(proposal.id, deadline);
    await service.scheduleWindowEnd(proposal.id, deadline);

    const delayed = await jobs.queue('deadlines').getDelayed();
    const mine = delayed.filter((job) => (job.data as { proposalId?: string }).proposalId === proposal.id);
    expect(mine.map((job) => job.id)).toEqual([windowEndJobId(proposal.id)]);
    // The job runs at the deadline itself, not a sweep interval later.
    expect(Math.abs(mine[0].timestamp + mine[0].delay - deadline.getTime())).toBeLessThan(5 * SECOND);
  });

  it('expires, within a minute of its deadline, a proposal whose delayed job was lost (the sweeper)', async () => {
    const deadline = new Date(Date.now() + HOUR);
    const lost = await make.proposal({ status: 'open', cosignCount: 10, cosignDeadline: deadline });
    const reached = await make.proposal({ status: 'threshold_reached', cosignCount: 6000, thresholdReachedAt: new Date(), cosignDeadline: deadline });

    await sweepAt(new Date(deadline.getTime() - SECOND));
    expect((await load(lost.id)).status).toBe('open');
    expect((await load(reached.id)).cosigningClosedAt).toBeNull();

    await sweepAt(new Date(deadline.getTime() + 59 * SECOND));
    expect((await load(lost.id)).status).toBe('expired');
    expect((await load(reached.id))).toMatchObject({ status: 'threshold_reached', cosigningClosedAt: new Date(deadline.getTime() + 59 * SECOND) });

    await sweepAt(new Date(deadline.getTime() + 119 * SECOND));
    expect(await auditActions(lost.id)).toEqual(['proposal.expire']);
    expect(await auditActions(reached.id)).toEqual(['proposal.close_cosigning']);
  });

  it('runs the sweep every minute from one scheduler, however many workers boot', async () => {
    const second = await startTestWorker();
    try {
      const schedulers = await jobs.queue('deadlines').getJobSchedulers();
      expect(schedulers.map((s) => s.key)).toEqual([SWEEP_SCHEDULER_ID]);
      expect(Number(schedulers[0].every)).toBe(SWEEP_EVERY_MS);
      expect(SWEEP_EVERY_MS).toBeLessThanOrEqual(60 * SECOND);
      expect(Number(schedulers[0].next) - Date.now()).toBeLessThanOrEqual(60 * SECOND);
    } finally {
      await second.close();
    }
  });

  it('flags a review once when the working-day review clock runs out, not before', async () => {
    const submittedAt = new Date(Date.now() - HOUR);
    const proposal = await make.proposal({ status: 'in_review', submittedAt, publishedAt: null, cosignDeadline: null });
    const dueAt = reviewDueAt(submittedAt, { reviewWorkingDays: 5 });

    await sweepAt(new Date(dueAt.getTime() - 1));
    expect(await flags(proposal.id)).toEqual([]);

    await sweepAt(dueAt);
    await sweepAt(new Date(dueAt.getTime() + DAY));
    expect(await flags(proposal.id)).toEqual([{ kind: 'review', proposal_id: proposal.id, due_at: dueAt }]);
  });

  it('flags an agency response past its due date once, and not one still in time', async () => {
    const proposal = await make.proposal({ status: 'routed', cosignCount: 5000, thresholdReachedAt: new Date(Date.now() - 70 * DAY) });
    const insert = (dueAt: Date): Promise<{ id: string }[]> =>
      db.query(`INSERT INTO agency_response_requests (proposal_id, agency_id, due_at) VALUES ($1, $2, $3) RETURNING id`, [proposal.id, randomUUID(), dueAt]);
    const lateDue = new Date(Date.now() - DAY);
    const [late] = await insert(lateDue);
    const [inTime] = await insert(new Date(Date.now() + DAY));

    await sweepAt(new Date());
    await sweepAt(new Date());
    expect(await flags(late.id)).toEqual([{ kind: 'agency_response', proposal_id: proposal.id, due_at: lateDue }]);
    expect(await flags(inTime.id)).toEqual([]);
  });
});
