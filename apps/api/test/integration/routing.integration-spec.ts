import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { JOB_QUEUE, type OutboxJobPayload } from '../../src/common/queue/job-catalog';
import { JobQueue, bullPrefix } from '../../src/common/queue/job-queue.service';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { ProposalOrmEntity } from '../../src/proposals/proposal.orm-entity';
import { RouteProposalService } from '../../src/routing/route-proposal.service';
import { proposalFactory } from '../factories/proposal.factory';
import { startTestWorker, testConfig } from '../utils/test-app';
import { freePort, outboxState, spawnBuiltWorker, startRedisServer, waitFor, writeEvents } from '../utils/routing-helpers';

const DAY = 24 * 60 * 60 * 1000;
const SECOND = 1000;

describe('routing a proposal that reached its threshold', () => {
  let dataSource: DataSource;
  let factory: ReturnType<typeof proposalFactory>;

  const thresholdReached = (agencyIds: string[] = [randomUUID(), randomUUID()], status = 'threshold_reached'): Promise<ProposalOrmEntity> =>
    factory.proposal({ status, cosignCount: 5000, thresholdReachedAt: new Date(Date.now() - 2 * DAY), suggestedAgencyIds: agencyIds });

  /** The event CreateCosignService writes when a co-sign reaches the threshold (ProposalThresholdReached). */
  const thresholdEvent = async (proposalId: string): Promise<string> => {
    const [id] = await writeEvents(dataSource, [proposalId], (pid) => ({ type: 'ProposalThresholdReached', occurredAt: new Date(), proposalId: pid, actorId: null, cosignCount: 5000, threshold: 5000 }));
    return id;
  };

  const count = async (table: 'taskforce_review_items' | 'agency_response_requests', proposalId: string): Promise<number> =>
    Number((await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table} WHERE proposal_id = $1`, [proposalId]))[0].n);

  const load = async (id: string): Promise<ProposalOrmEntity> => dataSource.getRepository(ProposalOrmEntity).findOneByOrFail({ id });

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(testConfig().DATABASE_URL, 4)).initialize();
    factory = proposalFactory(dataSource);
  });
  afterAll(() => dataSource.destroy());

  describe('with one worker running', () => {
    let worker: INestApplicationContext;
    const jobState = async (queue: 'routing' | 'notifications', jobId: string): Promise<string | undefined> =>
      (await worker.get(JobQueue).queue(queue).getJob(jobId))?.getState();

    beforeAll(async () => {
      worker = await startTestWorker();
    });
    afterAll(() => worker.close());

    it('routes it within a few seconds of the event: review item, agency requests due 60 days after the threshold, routed, proposer notified', async () => {
      const agencies = [randomUUID(), randomUUID()];
      const proposal = await thresholdReached(agencies);
      const eventId = await thresholdEvent(proposal.id);

      await waitFor(async () => (await load(proposal.id)).status === 'routed', 5 * SECOND, 'the proposal to be routed');

      expect((await outboxState(dataSource, eventId)).publishedAt).not.toBeNull();
      expect(await count('taskforce_review_items', proposal.id)).toBe(1);
      const requests = await dataSource.query<{ agency_id: string; due_at: Date; status: string }[]>(
        'SELECT agency_id, due_at, status FROM agency_response_requests WHERE proposal_id = $1 ORDER BY agency_id',
        [proposal.id],
      );
      const due = new Date((proposal.thresholdReachedAt as Date).getTime() + 60 * DAY);
      expect(requests).toEqual([...agencies].sort().map((agency_id) => ({ agency_id, due_at: due, status: 'requested' })));
      const routed = await load(proposal.id);
      expect(routed.routedAgencyIds.sort()).toEqual([...agencies].sort());
      expect(routed.agencyResponseDueAt).toEqual(due);
      await waitFor(async () => (await jobState('notifications', eventId)) === 'completed', 5 * SECOND, 'the notification job');
      const notifications = await dataSource.query<{ user_id: string; kind: string }[]>('SELECT user_id, kind FROM notifications WHERE event_id = $1', [eventId]);
      expect(notifications).toEqual([{ user_id: proposal.proposerId, kind: 'proposal.threshold_reached' }]);
    });

    it('changes nothing when the routing job runs again, under a new job id or called directly', async () => {
      const proposal = await thresholdReached();
      const eventId = await thresholdEvent(proposal.id);
      await waitFor(async () => (await jobState('routing', eventId)) === 'completed', 5 * SECOND, 'the first routing job');
      const job = await worker.get(JobQueue).queue('routing').getJob(eventId);
      if (!job) throw new Error('the routing job is gone');
      const payload = job.data as OutboxJobPayload;

      const again = await worker.get(JobQueue).add('routing.route_proposal', payload, { jobId: `again-${eventId}` });
      await waitFor(async () => (await jobState('routing', again)) === 'completed', 5 * SECOND, 'the repeated routing job');
      const direct = await worker.get(RouteProposalService).route(proposal.id);

      expect(direct).toEqual({ kind: 'routed', reviewItemCreated: false, requestsCreated: 0, transitioned: false });
      expect(await count('taskforce_review_items', proposal.id)).toBe(1);
      expect(await count('agency_response_requests', proposal.id)).toBe(2);
      const routedEvents = await dataSource.query<unknown[]>(`SELECT id FROM outbox WHERE aggregate_id = $1 AND event_type = 'ProposalRouted'`, [proposal.id]);
      expect(routedEvents).toHaveLength(1);
    });

    it('opens the review item but leaves routing to a moderator when no agency was suggested, without failing the job', async () => {
      const proposal = await thresholdReached([]);
      const eventId = await thresholdEvent(proposal.id);
      await waitFor(async () => (await jobState('routing', eventId)) === 'completed', 5 * SECOND, 'the routing job');
      expect(await count('taskforce_review_items', proposal.id)).toBe(1);
      expect(await count('agency_response_requests', proposal.id)).toBe(0);
      expect((await load(proposal.id)).status).toBe('threshold_reached');
    });

    it('fails a job for a proposal that can never be routed at once, without five retries', async () => {
      const proposal = await thresholdReached(undefined, 'expired');
      const eventId = await thresholdEvent(proposal.id);
      await waitFor(async () => (await jobState('routing', eventId)) === 'failed', 5 * SECOND, 'the routing job to fail');
      const job = await worker.get(JobQueue).queue('routing').getJob(eventId);
      expect(job?.attemptsMade).toBe(1);
      expect(await count('taskforce_review_items', proposal.id)).toBe(0);
    });
  });

  describe('with two workers relaying at once', () => {
    let workers: INestApplicationContext[] = [];
    afterAll(() => Promise.all(workers.map((w) => w.close())));

    it('publishes each event once (jobs added per queue, counted across both relays)', async () => {
      workers = [await startTestWorker(), await startTestWorker()];
      const spies = workers.map((w) => jest.spyOn(w.get(JobQueue), 'add'));
      // ProposalReturned starts one notifications job; these proposals do not exist, so the job notifies nobody.
      const ids = await writeEvents(dataSource, Array.from({ length: 60 }, () => randomUUID()), (pid) => ({ type: 'ProposalReturned', occurredAt: new Date(), proposalId: pid, actorId: null }));
      await waitFor(async () => (await Promise.all(ids.map((id) => outboxState(dataSource, id)))).every((s) => s.publishedAt !== null), 10 * SECOND, 'every event to be published');

      const adds = new Map<string, number>();
      for (const spy of spies) {
        for (const [name, , options] of spy.mock.calls) {
          const key = `${JOB_QUEUE[name]}:${String(options?.jobId)}`;
          adds.set(key, (adds.get(key) ?? 0) + 1);
        }
      }
      expect(ids.map((id) => adds.get(`notifications:${id}`) ?? 0)).toEqual(ids.map(() => 1));
    });
  });

  describe('when Redis is unreachable', () => {
    it('keeps the event unpublished (attempts and error recorded) and publishes it once Redis is back', async () => {
      const port = await freePort();
      let redis: { stop(): Promise<void> } | null = await startRedisServer(port);
      const config = testConfig({ REDIS_URL: `redis://127.0.0.1:${port}` });
      const worker = await startTestWorker(config);
      try {
        await redis.stop();
        redis = null;
        const [eventId] = await writeEvents(dataSource, [randomUUID()], (pid) => ({ type: 'ProposalReturned', occurredAt: new Date(), proposalId: pid, actorId: null }));
        await waitFor(async () => (await outboxState(dataSource, eventId)).attempts >= 1, 10 * SECOND, 'a failed attempt to be recorded');
        const failed = await outboxState(dataSource, eventId);
        expect(failed.publishedAt).toBeNull();
        expect(failed.lastError).toEqual(expect.any(String));

        redis = await startRedisServer(port);
        await waitFor(async () => (await outboxState(dataSource, eventId)).publishedAt !== null, 40 * SECOND, 'the event to be published after Redis returned');
        const queue = new Queue('notifications', { connection: { host: '127.0.0.1', port }, prefix: bullPrefix(config) });
        try {
          expect((await queue.getJob(eventId))?.name).toBe('notifications.proposal_event');
        } finally {
          await queue.close();
        }
      } finally {
        // BullMQ cannot close its connections while Redis is away: bring it back first if the test failed early.
        redis ??= await startRedisServer(port);
        await worker.close();
        await redis.stop();
      }
    }, 90 * SECOND);
  });

  describe('when a worker process is killed mid-routing', () => {
    it('lets a restarted worker finish the job, with one review item', async () => {
      const config = testConfig();
      const proposal = await thresholdReached();
      // Hold the proposal's row lock so the spawned worker's routing transaction waits inside the job.
      const blocker = new Client({ connectionString: config.DATABASE_URL });
      await blocker.connect();
      await blocker.query('BEGIN');
      await blocker.query('SELECT id FROM proposals WHERE id = $1 FOR UPDATE', [proposal.id]);
      const first = spawnBuiltWorker(config);
      const routing = new Queue('routing', { connection: { url: config.REDIS_URL }, prefix: bullPrefix(config) });
      let restarted: INestApplicationContext | undefined;
      try {
        const eventId = await thresholdEvent(proposal.id);
        await waitFor(async () => (await (await routing.getJob(eventId))?.getState()) === 'active', 20 * SECOND, `the routing job to start (worker output: ${first.output.join('')})`);
        await waitFor(
          async () => (await dataSource.query<unknown[]>(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).length > 0,
          5 * SECOND,
          'the routing transaction to wait on the proposal lock',
        );
        await first.kill();
        await blocker.query('ROLLBACK');
        expect((await load(proposal.id)).status).toBe('threshold_reached');
        expect(await count('taskforce_review_items', proposal.id)).toBe(0);

        // BullMQ hands a dead worker's job to another once its lock expires (30 s) and a stalled check runs.
        restarted = await startTestWorker(config);
        await waitFor(async () => (await load(proposal.id)).status === 'routed', 75 * SECOND, 'the restarted worker to route the proposal');
        await waitFor(async () => (await (await routing.getJob(eventId))?.getState()) === 'completed', 5 * SECOND, 'the job to complete');
        expect(await count('taskforce_review_items', proposal.id)).toBe(1);
        expect(await count('agency_response_requests', proposal.id)).toBe(2);
      } finally {
        await first.kill();
        await blocker.end();
        await routing.close();
        await restarted?.close();
      }
    }, 120 * SECOND);
  });
});
