import { ChaosRun, figures, sleep, waitFor, type PlatformProcess } from './support/chaos-run';
import { cosign, inParallel, tally } from './support/http';
import { anyAgencyId, countPer, createCitizens, createCycle, notExactly, publishProposals } from './support/seed';

const PROPOSALS = 100;

/**
 * Issue 8a: 100 proposals cross their threshold and the worker is SIGKILLed while it routes them,
 * then started again. Every proposal must be routed exactly once: the outbox is at least once, the
 * effects are keyed, and a killed worker's jobs come back as stalled jobs.
 */
describe('a worker killed with SIGKILL in the middle of routing', () => {
  let run: ChaosRun;
  let api: PlatformProcess;
  let worker: PlatformProcess;

  beforeAll(async () => {
    run = await ChaosRun.create('worker');
    api = await run.process('api', 'api');
    worker = await run.process('worker', 'worker');
    await worker.start();
    await api.start();
  });

  afterAll(async () => {
    await run?.stop();
  });

  it('routes every proposal exactly once after the restart, and publishes every event', async () => {
    const cycleId = await createCycle(run.pool, 1);
    const [proposer, ...cosigners] = await createCitizens(run.pool, PROPOSALS + 1);
    if (proposer === undefined) throw new Error('no proposer');
    const ids = await publishProposals(run.pool, { cycleId, proposerId: proposer.id, agencyId: await anyAgencyId(run.pool), count: PROPOSALS, windowMs: 30 * 86_400_000, threshold: 1 });
    const routed = async (): Promise<number> =>
      Number((await run.pool.query<{ n: string }>('SELECT count(*) AS n FROM taskforce_review_items WHERE proposal_id = ANY($1::uuid[])', [ids])).rows[0]?.n);

    // The worker goes first, so the routing work piles up and the restarted worker finds it mid-way.
    await worker.kill('SIGTERM');
    const answers = await inParallel(ids, 10, (id, i) => cosign(api.baseUrl, cosigners[i], id));
    expect(tally(answers)).toEqual({ '201': PROPOSALS });
    const reached = await run.pool.query(`SELECT 1 FROM proposals WHERE id = ANY($1::uuid[]) AND status = 'threshold_reached'`, [ids]);
    expect(reached.rowCount).toBe(PROPOSALS);

    await worker.start();
    await waitFor('the first routed proposal', async () => (await routed()) > 0, 60_000, 5);
    await worker.kill('SIGKILL');
    const atKill = await routed();
    const killedAt = Date.now();
    // Only meaningful if the kill really interrupted routing.
    expect(atKill).toBeLessThan(PROPOSALS);

    await sleep(500);
    await worker.start();
    const recoveryMs = await waitFor(
      'every proposal routed and every event published',
      async () => {
        const pending = await run.pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM outbox WHERE aggregate_id = ANY($1::text[]) AND published_at IS NULL`,
          [ids],
        );
        const status = await run.pool.query(`SELECT 1 FROM proposals WHERE id = ANY($1::uuid[]) AND status = 'routed'`, [ids]);
        return (await routed()) === PROPOSALS && status.rowCount === PROPOSALS && Number(pending.rows[0]?.n) === 0 ? true : `routed ${await routed()}`;
      },
      90_000,
      250,
    );
    // Let stalled jobs of the killed worker come back and run (lock 10 s + stall check 5 s): a
    // second run must add nothing.
    await sleep(16_000);

    const reviewItems = await countPer(run.pool, `SELECT proposal_id AS id, count(*) AS n FROM taskforce_review_items WHERE proposal_id = ANY($1::uuid[]) GROUP BY 1`, ids);
    const requests = await countPer(run.pool, `SELECT proposal_id AS id, count(*) AS n FROM agency_response_requests WHERE proposal_id = ANY($1::uuid[]) GROUP BY 1`, ids);
    const routeAudits = await countPer(run.pool, `SELECT subject_id::uuid AS id, count(*) AS n FROM audit_log WHERE action = 'proposal.route' AND subject_id = ANY($1::text[]) GROUP BY 1`, ids);
    const thresholdAudits = await countPer(run.pool, `SELECT subject_id::uuid AS id, count(*) AS n FROM audit_log WHERE action = 'proposal.reach_threshold' AND subject_id = ANY($1::text[]) GROUP BY 1`, ids);
    const routedEvents = await countPer(run.pool, `SELECT aggregate_id::uuid AS id, count(*) AS n FROM outbox WHERE event_type = 'ProposalRouted' AND published_at IS NOT NULL AND aggregate_id = ANY($1::text[]) GROUP BY 1`, ids);
    const thresholdEvents = await countPer(run.pool, `SELECT aggregate_id::uuid AS id, count(*) AS n FROM outbox WHERE event_type = 'ProposalThresholdReached' AND published_at IS NOT NULL AND aggregate_id = ANY($1::text[]) GROUP BY 1`, ids);
    // Each event tells each person once (proposer and co-signer: threshold and routed, 2 events × 2 people).
    const duplicateNotifications = await run.pool.query(
      `SELECT user_id, event_id FROM notifications WHERE proposal_id = ANY($1::uuid[]) GROUP BY 1, 2 HAVING count(*) > 1`,
      [ids],
    );
    figures('worker SIGKILL mid-routing', {
      proposals: PROPOSALS,
      routedAtKill: atKill,
      recoveryMs,
      recoveredAfterKillMs: Date.now() - killedAt,
      reviewItems: [...reviewItems.values()].reduce((a, b) => a + b, 0),
      routeAudits: [...routeAudits.values()].reduce((a, b) => a + b, 0),
      routedEventsPublished: [...routedEvents.values()].reduce((a, b) => a + b, 0),
      duplicateNotifications: duplicateNotifications.rowCount ?? 0,
    });
    expect(notExactly(reviewItems, 1)).toEqual([]);
    expect(notExactly(requests, 1)).toEqual([]);
    expect(notExactly(routeAudits, 1)).toEqual([]);
    expect(notExactly(thresholdAudits, 1)).toEqual([]);
    expect(notExactly(routedEvents, 1)).toEqual([]);
    expect(notExactly(thresholdEvents, 1)).toEqual([]);
    expect(duplicateNotifications.rowCount).toBe(0);
    // The proposer hears of the threshold and of the routing: once each (the notifications job may still be running).
    const proposerHeard = (): Promise<Map<string, number>> =>
      countPer(
        run.pool,
        `SELECT n.proposal_id AS id, count(*) AS n FROM notifications n JOIN outbox o ON o.id = n.event_id
         WHERE n.proposal_id = ANY($1::uuid[]) AND n.user_id = '${proposer.id}' AND o.event_type IN ('ProposalThresholdReached', 'ProposalRouted')
         GROUP BY 1`,
        ids,
      );
    await waitFor('the proposer told of threshold and routing', async () => notExactly(await proposerHeard(), 2).length === 0 || notExactly(await proposerHeard(), 2).slice(0, 3).join(','), 30_000);
    expect(run.unexpectedExits()).toEqual([]);
  }, 300_000);
});
