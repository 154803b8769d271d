import pg from 'pg';
import { withDatabase } from '@open-proposals/tools/platform/databases';
import { ChaosRun, figures, sleep, waitFor, type PlatformProcess } from './support/chaos-run';
import { cosign, get, tally, type Answer } from './support/http';
import { anyAgencyId, createCitizens, createCycle, publishProposals, type Citizen } from './support/seed';

const OUTAGE_MS = 10_000;
const PROPOSALS = 4;

interface Attempt extends Answer {
  readonly citizen: Citizen;
  readonly proposalId: string;
}

/**
 * Issue 8c: for 10 s every connection to the test database is terminated as soon as it shows
 * up (pg_terminate_backend over pg_stat_activity, as a failover or a DBA would). Clients must
 * get 503 with Retry-After and a message saying the action may not have been saved (a commit can
 * land just before its connection dies), never a 500 and never a 2xx without its row; afterwards
 * the service recovers by itself.
 */
describe('PostgreSQL connections killed for 10 s', () => {
  let run: ChaosRun;
  let api: PlatformProcess;
  let worker: PlatformProcess;

  beforeAll(async () => {
    run = await ChaosRun.create('pg');
    api = await run.process('api', 'api');
    worker = await run.process('worker', 'worker');
    await worker.start();
    await api.start();
  });

  afterAll(async () => {
    await run?.stop();
  });

  it('answers 503 with Retry-After while connections die, never 500 or a 2xx without a row, and recovers', async () => {
    const cycleId = await createCycle(run.pool, 10_000);
    const citizens = await createCitizens(run.pool, 3000);
    const [proposer, ...cosigners] = citizens;
    if (proposer === undefined) throw new Error('no proposer');
    const ids = await publishProposals(run.pool, { cycleId, proposerId: proposer.id, agencyId: await anyAgencyId(run.pool), count: PROPOSALS, windowMs: 30 * 86_400_000, threshold: 10_000 });
    await waitFor('the outbox published', async () => (await run.pool.query('SELECT 1 FROM outbox WHERE published_at IS NULL')).rowCount === 0, 30_000);

    // The killer talks to the server's maintenance database, never to the test database it empties.
    const killer = new pg.Client({ connectionString: withDatabase(run.serverUrl, 'postgres') });
    await killer.connect();
    let killed = 0;
    let outage = true;
    const outageStarted = Date.now();
    const killing = (async () => {
      while (Date.now() - outageStarted < OUTAGE_MS) {
        const { rows } = await killer.query<{ ok: boolean }>(
          'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [run.database],
        );
        killed += rows.filter((r) => r.ok).length;
        await sleep(20);
      }
      outage = false;
    })();

    const attempts: Attempt[] = [];
    const reads: Answer[] = [];
    const live: Answer[] = [];
    const ready: Answer[] = [];
    let next = 0;
    const lane = async (): Promise<void> => {
      while (outage) {
        const citizen = cosigners[next++];
        if (citizen === undefined) return;
        const proposalId = ids[next % PROPOSALS];
        attempts.push({ ...(await cosign(api.baseUrl, citizen, proposalId)), citizen, proposalId });
      }
    };
    const reader = async (): Promise<void> => {
      while (outage) {
        reads.push(await get(`${api.baseUrl}/api/v1/proposals/${ids[0]}`));
        live.push(await get(`${api.baseUrl}/api/health/live`));
        ready.push(await get(`${api.baseUrl}/api/health/ready`));
        await sleep(50);
      }
    };
    await Promise.all([killing, ...Array.from({ length: 8 }, lane), reader()]);
    await killer.end();

    figures('PostgreSQL outage, during', { answers: JSON.stringify(tally(attempts)), reads: JSON.stringify(tally(reads)) });
    // Recovery: the first co-sign after the outage that is stored again.
    const after = cosigners.slice(next, next + 50);
    const recoveryMs = await waitFor(
      'a co-sign accepted after the outage',
      async () => {
        const citizen = after.shift();
        if (citizen === undefined) return 'no citizens left';
        const answer = await cosign(api.baseUrl, citizen, ids[0]);
        attempts.push({ ...answer, citizen, proposalId: ids[0] });
        return answer.status === 201 || `${answer.status} ${answer.body.slice(0, 300)}`;
      },
      30_000,
      100,
    );
    const readyMs = await waitFor('ready 200', async () => (await get(`${api.baseUrl}/api/health/ready`)).status === 200, 30_000, 100);
    const healthMs = await waitFor('health 200', async () => (await get(`${api.baseUrl}/api/health`)).status === 200, 60_000, 250);

    const pool = run.newPool();
    const stored = new Set(
      (await pool.query<{ k: string }>(`SELECT proposal_id || ':' || user_id AS k FROM cosigns WHERE proposal_id = ANY($1::uuid[])`, [ids])).rows.map((r) => r.k),
    );
    const acknowledged = attempts.filter((a) => a.status === 200 || a.status === 201);
    const lostAcknowledged = acknowledged.filter((a) => !stored.has(`${a.proposalId}:${a.citizen.id}`));
    const unavailable = [...attempts, ...reads].filter((a) => a.status === 503);
    const withoutRetryAfter = unavailable.filter((a) => a.retryAfter === null || !/^\d+$/.test(a.retryAfter));
    const unexplained = unavailable.filter((a) => !a.body.includes('"code":"service_unavailable"'));
    const errors500 = [...attempts, ...reads].filter((a) => a.status >= 500 && a.status !== 503);
    const noAnswer = [...attempts, ...reads].filter((a) => a.status === 0);
    // Stored without an acknowledgement is allowed (the answer was lost with the connection; a retry gets 200).
    const storedWithoutAck = attempts.filter((a) => a.status !== 200 && a.status !== 201 && stored.has(`${a.proposalId}:${a.citizen.id}`));

    // Counts equal rows once the shards are flushed (the flush sweep runs every second).
    await waitFor(
      'counts equal rows',
      async () => {
        const { rows } = await pool.query<{ id: string; count: number; n: string }>(
          `SELECT p.id, p.cosign_count AS count, (SELECT count(*) FROM cosigns c WHERE c.proposal_id = p.id) AS n FROM proposals p WHERE p.id = ANY($1::uuid[])`,
          [ids],
        );
        return rows.every((r) => Number(r.count) === Number(r.n)) || rows.map((r) => `${r.count}/${r.n}`).join(' ');
      },
      30_000,
    );

    figures('PostgreSQL connections killed', {
      outageMs: OUTAGE_MS,
      backendsKilled: killed,
      cosignAttempts: attempts.length,
      answers: JSON.stringify(tally(attempts)),
      reads: JSON.stringify(tally(reads)),
      liveProbe: JSON.stringify(tally(live)),
      readyProbe: JSON.stringify(tally(ready)),
      acknowledged: acknowledged.length,
      lostAcknowledged: lostAcknowledged.length,
      storedWithoutAck: storedWithoutAck.length,
      recoveryMs,
      readyAfterMs: readyMs,
      healthyAfterMs: healthMs,
    });
    expect(errors500.map((a) => `${a.status} ${a.body.slice(0, 200)}`)).toEqual([]);
    expect(noAnswer.map((a) => a.body)).toEqual([]);
    expect(lostAcknowledged).toEqual([]);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(withoutRetryAfter.map((a) => a.body.slice(0, 200))).toEqual([]);
    expect(unexplained.map((a) => a.body.slice(0, 200))).toEqual([]);
    // Liveness never fails for a database outage (an orchestrator would restart every node); readiness does.
    expect(live.filter((a) => a.status !== 200).map((a) => `${a.status} ${a.body.slice(0, 100)}`)).toEqual([]);
    expect(ready.filter((a) => a.status === 503 && a.retryAfter !== null).length).toBeGreaterThan(0);
    expect(run.unexpectedExits()).toEqual([]);
  }, 300_000);
});
