import { Redis } from 'ioredis';
import { ChaosRun, figures, sleep, waitFor, type PlatformProcess } from './support/chaos-run';
import { cosign, inParallel, tally, type Answer } from './support/http';
import { OwnRedis } from './support/own-redis';
import { anyAgencyId, createCitizens, createCycle, publishProposals, type Citizen } from './support/seed';

const THRESHOLD = 150;
/** A proposal that crosses THRESHOLD during the load, and two in a cycle whose threshold the load never reaches. */
const LOAD_PROPOSALS = 3;
const COSIGNERS = 900;
const DOWN_MS = 3000;
/** SWEEP_EVERY_MS of the deadline sweeper: the backstop when a delayed job is lost. */
const SWEEP_EVERY_MS = 60_000;

interface Attempt extends Answer {
  readonly citizen: Citizen;
  readonly proposalId: string;
  readonly at: number;
}

/**
 * Issue 8b: the test's own Redis (AOF, as production) is SIGKILLed and started again while
 * co-signs arrive over HTTP. Co-signs live in PostgreSQL, so none that was acknowledged may be
 * lost; the outbox must be fully published once Redis is back, and a deadline whose delayed job
 * was queued before the crash must still close its proposal.
 */
describe('Redis killed and restarted during a co-sign load', () => {
  let redis: OwnRedis;
  let run: ChaosRun;
  let api: PlatformProcess;
  let worker: PlatformProcess;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    run = await ChaosRun.create('redis', { redisUrl: redis.url });
    api = await run.process('api', 'api');
    worker = await run.process('worker', 'worker');
    await worker.start();
    await api.start();
  });

  afterAll(async () => {
    await run?.stop();
    await redis?.stop();
  });

  it('loses no acknowledged co-sign, publishes the whole outbox and still fires deadlines', async () => {
    const cycleId = await createCycle(run.pool, THRESHOLD);
    const [proposer, ...cosigners] = await createCitizens(run.pool, COSIGNERS + 1);
    if (proposer === undefined) throw new Error('no proposer');
    const agencyId = await anyAgencyId(run.pool);
    // Routed proposals take no more co-signs (status routed), so only one proposal crosses, with its last co-sign.
    const [crossingId] = await publishProposals(run.pool, { cycleId, proposerId: proposer.id, agencyId, count: 1, windowMs: 30 * 86_400_000, threshold: THRESHOLD });
    const highCycleId = await createCycle(run.pool, 100_000);
    const others = await publishProposals(run.pool, { cycleId: highCycleId, proposerId: proposer.id, agencyId, count: LOAD_PROPOSALS - 1, windowMs: 30 * 86_400_000, threshold: 100_000 });
    if (crossingId === undefined) throw new Error('no crossing proposal');
    const ids = [crossingId, ...others];
    const every = Math.floor(COSIGNERS / THRESHOLD);
    // Its window ends after the restart: only the delayed job queued before the crash (or the sweeper) can close it.
    const [deadlineId] = await publishProposals(run.pool, { cycleId, proposerId: proposer.id, agencyId, count: 1, windowMs: 15_000, threshold: THRESHOLD });
    if (deadlineId === undefined) throw new Error('no deadline proposal');
    const deadlineAt = Date.now() + 15_000;
    const probe = new Redis(redis.url, { maxRetriesPerRequest: 1, lazyConnect: true });
    probe.on('error', () => undefined);
    await waitFor('the delayed window-end job queued', async () => (await probe.exists(`${run.redisPrefix}:bull:deadlines:window-end-${deadlineId}`)) === 1, 30_000);
    probe.disconnect();
    // appendfsync everysec: what was written a second ago is on disk.
    await sleep(1100);

    const attempts: Attempt[] = [];
    const loadStarted = Date.now();
    let redisDownAt = 0;
    let redisUpAt = 0;
    const chaos = (async () => {
      await sleep(2000);
      redisDownAt = Date.now();
      await redis.kill('SIGKILL');
      await sleep(DOWN_MS);
      await redis.restart();
      redisUpAt = Date.now();
    })();
    const load = inParallel(cosigners, 12, async (citizen, i) => {
      // Every `every`-th co-signer backs the crossing proposal: exactly THRESHOLD of them, spread over the load.
      const proposalId = i % every === 0 ? crossingId : others[i % others.length];
      const answer = await cosign(api.baseUrl, citizen, proposalId);
      attempts.push({ ...answer, citizen, proposalId, at: Date.now() });
      // Keep the load going until well after the restart, at a pace a 2-core box sustains.
      await sleep(15);
    });
    await Promise.all([chaos, load]);
    const loadMs = Date.now() - loadStarted;
    const duringOutage = attempts.filter((a) => a.at >= redisDownAt && a.at <= redisUpAt);

    const rowsOf = async (): Promise<Set<string>> =>
      new Set(
        (await run.pool.query<{ k: string }>(`SELECT proposal_id || ':' || user_id AS k FROM cosigns WHERE proposal_id = ANY($1::uuid[])`, [ids])).rows.map((r) => r.k),
      );
    const stored = await rowsOf();
    const acknowledged = attempts.filter((a) => a.status === 200 || a.status === 201);
    const lost = acknowledged.filter((a) => !stored.has(`${a.proposalId}:${a.citizen.id}`));
    const storedWithoutAck = attempts.filter((a) => a.status !== 200 && a.status !== 201 && stored.has(`${a.proposalId}:${a.citizen.id}`));

    const countsMs = await waitFor(
      'every count equal to its rows',
      async () => {
        const { rows } = await run.pool.query<{ count: number; n: string }>(
          `SELECT p.cosign_count AS count, (SELECT count(*) FROM cosigns c WHERE c.proposal_id = p.id) AS n FROM proposals p WHERE p.id = ANY($1::uuid[])`,
          [ids],
        );
        return rows.every((r) => Number(r.count) === Number(r.n)) || rows.map((r) => `${r.count}/${r.n}`).join(' ');
      },
      30_000,
    );
    const outboxMs = await waitFor(
      'the outbox fully published',
      async () => {
        const { rows } = await run.pool.query<{ n: string }>('SELECT count(*) AS n FROM outbox WHERE published_at IS NULL');
        return Number(rows[0]?.n) === 0 || `${rows[0]?.n} unpublished`;
      },
      120_000,
      500,
    );
    await waitFor(
      'the deadline proposal expired',
      async () => {
        const { rows } = await run.pool.query<{ status: string }>('SELECT status FROM proposals WHERE id = $1', [deadlineId]);
        return rows[0]?.status === 'expired' || String(rows[0]?.status);
      },
      Math.max(0, deadlineAt - Date.now()) + 90_000,
      500,
    );
    const crossed = await run.pool.query<{ id: string }>(`SELECT id FROM proposals WHERE id = ANY($1::uuid[]) AND status <> 'open'`, [ids]);
    await waitFor(
      'every proposal that crossed the threshold routed',
      async () => {
        const { rows } = await run.pool.query<{ n: string }>(`SELECT count(*) AS n FROM taskforce_review_items WHERE proposal_id = ANY($1::uuid[])`, [crossed.rows.map((r) => r.id)]);
        return Number(rows[0]?.n) === crossed.rowCount || `${rows[0]?.n}/${crossed.rowCount}`;
      },
      60_000,
      500,
    );
    const { rows: closing } = await run.pool.query<{ late_ms: string }>(
      'SELECT round(extract(epoch FROM (expired_at - cosign_deadline)) * 1000) AS late_ms FROM proposals WHERE id = $1',
      [deadlineId],
    );
    const expireAudits = await run.pool.query(`SELECT 1 FROM audit_log WHERE action = 'proposal.expire' AND subject_id = $1`, [deadlineId]);

    figures('Redis SIGKILL + restart under co-sign load', {
      cosignAttempts: attempts.length,
      loadMs,
      redisDownMs: redisUpAt - redisDownAt,
      answers: JSON.stringify(tally(attempts)),
      answersWhileRedisDown: JSON.stringify(tally(duringOutage)),
      acknowledged: acknowledged.length,
      lostAcknowledged: lost.length,
      storedWithoutAck: storedWithoutAck.length,
      countsEqualRowsAfterMs: countsMs,
      outboxPublishedAfterMs: outboxMs,
      deadlineClosedAfterItsEndMs: Number(closing[0]?.late_ms),
      deadlineEndedAfterRedisBackMs: deadlineAt - redisUpAt,
      proposalsCrossed: crossed.rowCount ?? 0,
    });
    expect(lost).toEqual([]);
    expect(attempts.filter((a) => a.status !== 201).map((a) => `${a.status} ${a.body.slice(0, 200)}`)).toEqual([]);
    expect(duringOutage.length).toBeGreaterThan(0);
    expect(crossed.rows.map((r) => r.id)).toEqual([crossingId]);
    // Closed within seconds of its end: the delayed job queued before the crash survived it (the
    // sweeper alone, once a minute, would usually be later; either is correct, this is the figure).
    expect(Number(closing[0]?.late_ms)).toBeLessThan(SWEEP_EVERY_MS);
    expect(expireAudits.rowCount).toBe(1);
    expect(run.unexpectedExits()).toEqual([]);
  }, 300_000);
});
