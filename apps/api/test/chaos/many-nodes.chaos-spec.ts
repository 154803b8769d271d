import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import { REALTIME_PATH, type ProposalCountEvent } from '@open-proposals/domain';
import { ChaosRun, figures, waitFor, type PlatformProcess } from './support/chaos-run';
import { cosign, inParallel, tally } from './support/http';
import { anyAgencyId, countPer, createCitizens, createCycle, notExactly, publishProposals } from './support/seed';

const THRESHOLD = 2;
const ROUTED = 20;
const EXPIRING = 10;
/** HEARTBEAT_EVERY_MS of the heartbeat scheduler. */
const HEARTBEAT_EVERY_MS = 15_000;

const connect = (baseUrl: string): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = io(baseUrl, { path: REALTIME_PATH, transports: ['websocket'], reconnection: false, timeout: 10_000 });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

const watch = async (socket: Socket, proposalId: string): Promise<void> => {
  const ack = (await socket.timeout(5000).emitWithAck('proposal.watch', proposalId)) as { ok: boolean };
  if (!ack.ok) throw new Error(`could not watch ${proposalId}`);
};

/** Resolves with the first proposal.count event of this proposal whose count is at least `count`. */
const countEvent = (socket: Socket, proposalId: string, count: number, timeoutMs = 10_000): Promise<ProposalCountEvent> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no proposal.count ≥ ${count} within ${timeoutMs} ms`)), timeoutMs);
    const listener = (event: ProposalCountEvent): void => {
      if (event.proposalId !== proposalId || event.count < count) return;
      clearTimeout(timer);
      socket.off('proposal.count', listener);
      resolve(event);
    };
    socket.on('proposal.count', listener);
  });

/**
 * Issue 8, "many nodes": two API processes and two worker processes on one database and one
 * Redis. Sockets on either API hear a co-sign made through the other; every job's effect happens
 * once although both workers take jobs and both run the outbox relay; repeatable schedulers,
 * upserted by each worker at boot (and again at a restart), fire once per tick.
 */
describe('two API nodes and two workers on one database and one Redis', () => {
  let run: ChaosRun;
  let api1: PlatformProcess;
  let api2: PlatformProcess;
  let worker1: PlatformProcess;
  let worker2: PlatformProcess;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // Digests go out as soon as a notification exists, so the test need not wait for the batch window.
    run = await ChaosRun.create('nodes', { env: { NOTIFICATION_EMAIL_DELAY_SECONDS: '0' } });
    worker1 = await run.process('worker-1', 'worker');
    worker2 = await run.process('worker-2', 'worker');
    api1 = await run.process('api-1', 'api');
    api2 = await run.process('api-2', 'api');
    await worker1.start();
    await api1.start();
    // The second replica boots later, as in a rolling deploy: its scheduler upsert must not add a tick.
    await worker2.start();
    await api2.start();
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await run?.stop();
  });

  it('serves sockets on both nodes and runs every job effect and scheduler tick once', async () => {
    const startedAt = Date.now();
    const cycleId = await createCycle(run.pool, THRESHOLD);
    const [proposer, ...cosigners] = await createCitizens(run.pool, 1 + 2 * ROUTED + 2);
    if (proposer === undefined) throw new Error('no proposer');
    const agencyId = await anyAgencyId(run.pool);
    const routedIds = await publishProposals(run.pool, { cycleId, proposerId: proposer.id, agencyId, count: ROUTED, windowMs: 30 * 86_400_000, threshold: THRESHOLD });
    const expiringIds = await publishProposals(run.pool, { cycleId, proposerId: proposer.id, agencyId, count: EXPIRING, windowMs: 8_000, threshold: THRESHOLD });
    const watched = routedIds[0];

    // Realtime across nodes: a socket on each API, co-signs through the other one.
    const [socket1, socket2] = await Promise.all([connect(api1.baseUrl), connect(api2.baseUrl)]);
    sockets.push(socket1, socket2);
    await Promise.all([watch(socket1, watched), watch(socket2, watched)]);
    const firstCount = Promise.all([countEvent(socket1, watched, 1), countEvent(socket2, watched, 1)]);
    expect((await cosign(api2.baseUrl, cosigners[0], watched)).status).toBe(201);
    const heardFromApi2 = await firstCount;
    const secondCount = Promise.all([countEvent(socket1, watched, 2), countEvent(socket2, watched, 2)]);
    expect((await cosign(api1.baseUrl, cosigners[1], watched)).status).toBe(201);
    const heardFromApi1 = await secondCount;
    expect(heardFromApi2.map((e) => e.count)).toEqual([1, 1]);
    expect(heardFromApi1.map((e) => e.count)).toEqual([2, 2]);

    // The other proposals cross the threshold through both nodes at once.
    const rest = routedIds.slice(1).flatMap((id, i) => [
      { id, citizen: cosigners[2 + 2 * i], api: api1 },
      { id, citizen: cosigners[3 + 2 * i], api: api2 },
    ]);
    const answers = await inParallel(rest, 8, ({ id, citizen, api }) => cosign(api.baseUrl, citizen, id));
    expect(tally(answers)).toEqual({ '201': rest.length });

    // A rolling restart of one worker in the middle of the work: its boot upserts the schedulers again.
    await worker2.kill('SIGTERM');
    await worker2.start();

    const routed = (): Promise<Map<string, number>> =>
      countPer(run.pool, `SELECT proposal_id AS id, count(*) AS n FROM taskforce_review_items WHERE proposal_id = ANY($1::uuid[]) GROUP BY 1`, routedIds);
    const routedMs = await waitFor('every proposal routed', async () => notExactly(await routed(), 1).length === 0 || `${notExactly(await routed(), 1).length} not routed`, 90_000, 250);
    const expired = async (): Promise<number> =>
      (await run.pool.query(`SELECT 1 FROM proposals WHERE id = ANY($1::uuid[]) AND status = 'expired'`, [expiringIds])).rowCount ?? 0;
    await waitFor('every short-window proposal expired', async () => (await expired()) === EXPIRING || `${await expired()}`, 90_000, 250);
    await waitFor('the outbox published', async () => (await run.pool.query('SELECT 1 FROM outbox WHERE published_at IS NULL')).rowCount === 0, 60_000, 250);
    // The notifications job of each event has run: the proposer heard of every routing.
    await waitFor(
      'notifications written',
      async () => {
        const { rows } = await run.pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM notifications n JOIN outbox o ON o.id = n.event_id WHERE n.user_id = $1 AND o.event_type = 'ProposalRouted'`,
          [proposer.id],
        );
        return Number(rows[0]?.n) === ROUTED || `${rows[0]?.n}`;
      },
      60_000,
      250,
    );

    // Digests: four runs at once, spread over both workers, plus whatever tick the scheduler adds.
    const connection = new Redis(run.redisUrl, { maxRetriesPerRequest: null });
    const notifications = new Queue('notifications', { connection, prefix: `${run.redisPrefix}:bull` });
    const digestJobs = await Promise.all(
      [1, 2, 3, 4].map((i) => notifications.add('notifications.email_digests', { requestedBy: 'test' }, { jobId: `chaos-digest-${i}` })),
    );
    await waitFor('the digest runs finished', async () => (await Promise.all(digestJobs.map((j) => j.getState()))).every((s) => s === 'completed'), 60_000, 250);
    await waitFor(
      'every notification emailed',
      async () => (await run.pool.query('SELECT 1 FROM notifications WHERE emailed_at IS NULL')).rowCount === 0,
      90_000,
      500,
    );

    // Scheduler ticks: at least three heartbeat ticks seen with both workers up.
    const maintenance = new Queue('maintenance', { connection, prefix: `${run.redisPrefix}:bull` });
    const schedulerRuns = async (): Promise<number[]> =>
      (await maintenance.getJobs(['completed', 'active', 'failed'], 0, -1))
        .filter((job) => job.id?.startsWith('repeat:') && job.name === 'maintenance.heartbeat')
        .map((job) => job.timestamp + (job.opts.delay ?? 0))
        .sort((a, b) => a - b);
    await waitFor('three heartbeat ticks', async () => (await schedulerRuns()).length >= 3 || `${(await schedulerRuns()).length}`, 75_000, 1000);
    const ticks = await schedulerRuns();
    const gaps = ticks.slice(1).map((t, i) => t - ticks[i]);

    const sum = (m: ReadonlyMap<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
    const routeAudits = await countPer(run.pool, `SELECT subject_id::uuid AS id, count(*) AS n FROM audit_log WHERE action = 'proposal.route' AND subject_id = ANY($1::text[]) GROUP BY 1`, routedIds);
    const routedEvents = await countPer(run.pool, `SELECT aggregate_id::uuid AS id, count(*) AS n FROM outbox WHERE event_type = 'ProposalRouted' AND aggregate_id = ANY($1::text[]) GROUP BY 1`, routedIds);
    const expireAudits = await countPer(run.pool, `SELECT subject_id::uuid AS id, count(*) AS n FROM audit_log WHERE action = 'proposal.expire' AND subject_id = ANY($1::text[]) GROUP BY 1`, expiringIds);
    const expiredEvents = await countPer(run.pool, `SELECT aggregate_id::uuid AS id, count(*) AS n FROM outbox WHERE event_type = 'ProposalExpired' AND aggregate_id = ANY($1::text[]) GROUP BY 1`, expiringIds);
    const duplicateNotifications = await run.pool.query('SELECT user_id, event_id FROM notifications GROUP BY 1, 2 HAVING count(*) > 1');
    // Each digest run marks its batch with its own time: more emails than batches means two runs sent one batch.
    const digests = await run.pool.query<{ email: string; emails: string; batches: string }>(
      `SELECT u.email, (SELECT count(*) FROM dev_outbox_messages m WHERE m.channel = 'email' AND m.recipient = u.email) AS emails,
              (SELECT count(DISTINCT n.emailed_at) FROM notifications n WHERE n.user_id = u.id) AS batches
       FROM users u WHERE EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id)`,
    );
    const doubleEmailed = digests.rows.filter((r) => Number(r.emails) !== Number(r.batches)).map((r) => `${r.email}: ${r.emails} emails, ${r.batches} batches`);
    await notifications.close();
    await maintenance.close();
    connection.disconnect();

    figures('two APIs + two workers', {
      socketCountEventsCrossNode: heardFromApi1.length + heardFromApi2.length,
      proposalsRouted: sum(await routed()),
      routedMs,
      routeAudits: sum(routeAudits),
      expireAudits: sum(expireAudits),
      duplicateNotifications: duplicateNotifications.rowCount ?? 0,
      digestEmails: digests.rows.reduce((n, r) => n + Number(r.emails), 0),
      doubleEmailed: doubleEmailed.length,
      heartbeatTicks: ticks.length,
      minTickGapMs: Math.min(...gaps),
      totalMs: Date.now() - startedAt,
    });
    expect(notExactly(await routed(), 1)).toEqual([]);
    expect(notExactly(routeAudits, 1)).toEqual([]);
    expect(notExactly(routedEvents, 1)).toEqual([]);
    expect(notExactly(expireAudits, 1)).toEqual([]);
    expect(notExactly(expiredEvents, 1)).toEqual([]);
    expect(duplicateNotifications.rowCount).toBe(0);
    expect(digests.rows.length).toBeGreaterThan(0);
    expect(doubleEmailed).toEqual([]);
    // One job per tick: two jobs of one tick would be (nearly) zero apart.
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(HEARTBEAT_EVERY_MS - 1000);
    expect(run.unexpectedExits()).toEqual([]);
  }, 300_000);
});
