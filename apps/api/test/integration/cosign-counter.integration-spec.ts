import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { CosignCountFlusher } from '../../src/cosigns/cosign-count.flusher';
import { CreateCosignService } from '../../src/cosigns/create-cosign.service';
import { proposalFactory } from '../factories/proposal.factory';
import { startTestApi } from '../utils/test-app';

/** The sharded co-sign counter (issue #7): exact after a flush, threshold crossed once. */
describe('co-sign counter shards', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let make: ReturnType<typeof proposalFactory>;

  const scalar = async (sql: string, id: string): Promise<number> => Number((await db.query<{ n: string }[]>(sql, [id]))[0]?.n);
  const rowsOf = (id: string): Promise<number> => scalar('SELECT count(*) AS n FROM cosigns WHERE proposal_id = $1', id);
  const countOf = (id: string): Promise<number> => scalar('SELECT cosign_count AS n FROM proposals WHERE id = $1', id);
  const pendingOf = (id: string): Promise<number> => scalar('SELECT coalesce(sum(pending), 0) AS n FROM cosign_counter_shards WHERE proposal_id = $1', id);

  beforeAll(async () => {
    ({ app } = await startTestApi());
    db = app.get(DataSource);
    make = proposalFactory(db);
  });
  afterAll(() => app.close());

  it('stores 200 parallel co-signs of 200 people once each, and the count equals the rows once every answer is in', async () => {
    const { id } = await make.proposal();
    const actors = await make.phoneActors(200);
    const service = app.get(CreateCosignService);
    // Each person also submits twice at once: the unique key keeps one.
    const outcomes = await Promise.all(actors.flatMap((actor) => [service.cosign(actor, id, undefined), service.cosign(actor, id, undefined)]));
    expect(outcomes.filter((o) => o.created)).toHaveLength(200);
    expect([await rowsOf(id), await countOf(id), await pendingOf(id)]).toEqual([200, 200, 0]);
  });

  it('emits exactly one threshold event (and one audit row) when 200 people cross a threshold of 120 at once', async () => {
    const cycle = await make.cycle({ threshold: 120 });
    const { id } = await make.proposal({ cycleId: cycle.id });
    const actors = await make.phoneActors(200);
    const service = app.get(CreateCosignService);
    await Promise.all(actors.map((actor) => service.cosign(actor, id, undefined)));
    const events = await db.query<{ payload: { cosignCount: number } }[]>(
      `SELECT payload FROM outbox WHERE aggregate_id = $1 AND event_type = 'ProposalThresholdReached'`,
      [id],
    );
    expect(events.map((e) => e.payload.cosignCount)).toEqual([120]);
    expect(await scalar(`SELECT count(*) AS n FROM audit_log WHERE subject_id = $1 AND action = 'proposal.reach_threshold'`, id)).toBe(1);
    expect([await rowsOf(id), await countOf(id)]).toEqual([200, 200]);
    expect((await db.query<{ status: string }[]>('SELECT status FROM proposals WHERE id = $1', [id]))[0]?.status).toBe('threshold_reached');
  });

  it('folds shards nobody flushed (a node died after the commit) within the backstop sweep, crossing the threshold then', async () => {
    const cycle = await make.cycle({ threshold: 3 });
    const { id } = await make.proposal({ cycleId: cycle.id });
    await db.query(`INSERT INTO cosign_counter_shards (proposal_id, shard, pending, last_cosign_at) VALUES ($1, 0, 2, now()), ($1, 5, 1, now())`, [id]);
    const deadline = Date.now() + 5_000;
    while ((await pendingOf(id)) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect([await countOf(id), await pendingOf(id)]).toEqual([3, 0]);
    expect(await scalar(`SELECT count(*) AS n FROM outbox WHERE aggregate_id = $1 AND event_type = 'ProposalThresholdReached'`, id)).toBe(1);
  });

  it('lets flushes race from many callers without counting anything twice', async () => {
    const { id } = await make.proposal();
    await db.query(`INSERT INTO cosign_counter_shards (proposal_id, shard, pending, last_cosign_at) VALUES ($1, 1, 7, now())`, [id]);
    const flusher = app.get(CosignCountFlusher);
    await Promise.all(Array.from({ length: 20 }, () => flusher.flush(id)));
    expect([await countOf(id), await pendingOf(id)]).toEqual([7, 0]);
  });
});
