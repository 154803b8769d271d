import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEFAULT_PARTICIPATION_RULES, type Actor } from '@open-proposals/domain';
import { DataSource } from 'typeorm';
import { ApiException } from '../../src/common/errors/api.exception';
import { DomainException } from '../../src/common/errors/domain.exception';
import { CosignWriteBatcher, type BatchedCosign } from '../../src/cosigns/cosign-write.batcher';
import type { StoredOutcome } from '../../src/cosigns/cosign-outcome';
import { NO_SIGNALS } from '../../src/cosigns/cosigns.repository';
import { ProposalsRepository, type LoadedProposal } from '../../src/proposals/proposals.repository';
import { proposalFactory } from '../factories/proposal.factory';
import { startTestApi } from '../utils/test-app';

/** A comment PostgreSQL refuses to store: it makes a statement fail after the domain's checks passed. */
const UNSTORABLE = 'a\u0000b';

/**
 * The co-sign group commit (issue #7): the co-signs submitted together share one transaction,
 * yet each is answered on its own, and one bad item never costs the others their co-sign.
 */
describe('co-sign write batches', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let make: ReturnType<typeof proposalFactory>;
  let batches: CosignWriteBatcher;

  const scalar = async (sql: string, id: string): Promise<number> => Number((await db.query<{ n: string }[]>(sql, [id]))[0]?.n);
  const rowsOf = (id: string): Promise<number> => scalar('SELECT count(*) AS n FROM cosigns WHERE proposal_id = $1', id);
  const statusOf = async (id: string): Promise<string | undefined> => (await db.query<{ status: string }[]>('SELECT status FROM proposals WHERE id = $1', [id]))[0]?.status;
  const countOf = (id: string): Promise<number> => scalar('SELECT cosign_count AS n FROM proposals WHERE id = $1', id);
  /** What the early check read, as CreateCosignService hands it over. */
  const seenOf = async (proposalId: string): Promise<LoadedProposal> => {
    const loaded = await app.get(ProposalsRepository).findById(proposalId);
    if (loaded === null) throw new Error('no such proposal');
    return loaded;
  };
  const item = (actor: Actor, proposalId: string, seen: LoadedProposal, comment: string | null = null): BatchedCosign => ({
    actor,
    proposalId,
    comment,
    rules: DEFAULT_PARTICIPATION_RULES,
    signals: NO_SIGNALS,
    seen,
  });
  const settle = <T>(promises: Promise<T>[]): Promise<PromiseSettledResult<T>[]> => Promise.allSettled(promises);

  beforeAll(async () => {
    ({ app } = await startTestApi());
    db = app.get(DataSource);
    make = proposalFactory(db);
    batches = app.get(CosignWriteBatcher);
  });
  afterAll(() => app.close());

  it('answers each co-sign of a batch on its own: stored, a repeat, refused under the lock, or not found', async () => {
    const open = await make.proposal();
    const closing = await make.proposal();
    const [seenOpen, seenClosing] = [await seenOf(open.id), await seenOf(closing.id)];
    // Closed after the early check read it: the one statement leaves its co-signs out, and the
    // long way refuses them on the row as it now stands.
    await db.query(`UPDATE proposals SET status = 'expired', version = version + 1 WHERE id = $1`, [closing.id]);
    const actors = await make.phoneActors(4);
    const [a, b, c, d] = actors as [Actor, Actor, Actor, Actor];
    // Submitted in one turn of the event loop: one batch.
    const answers = await settle([
      batches.write(item(a, open.id, seenOpen, '支持')),
      batches.write(item(a, open.id, seenOpen)),
      batches.write(item(b, open.id, seenOpen)),
      batches.write(item(c, closing.id, seenClosing)),
      batches.write(item(c, closing.id, seenClosing)),
      batches.write(item(d, randomUUID(), seenOpen)),
    ]);
    const [first, repeat, other, refused, refusedRepeat, missing] = answers;
    expect(first).toMatchObject({ status: 'fulfilled', value: { created: true, cosign: { cosignerId: a.id, comment: '支持' } } });
    // The double submit is answered with the co-sign the first made, counted once.
    expect(repeat).toMatchObject({ status: 'fulfilled', value: { created: false, cosign: { cosignerId: a.id, comment: '支持' } } });
    expect(other).toMatchObject({ status: 'fulfilled', value: { created: true } });
    for (const answer of [refused, refusedRepeat]) {
      expect(answer?.status).toBe('rejected');
      expect((answer as PromiseRejectedResult).reason).toBeInstanceOf(DomainException);
      expect((answer as PromiseRejectedResult).reason).toMatchObject({ error: { code: 'cosign.proposal_not_open' } });
    }
    expect(missing?.status).toBe('rejected');
    expect(((missing as PromiseRejectedResult).reason as ApiException).getStatus()).toBe(404);
    expect([await rowsOf(open.id), await countOf(open.id), await rowsOf(closing.id), await countOf(closing.id)]).toEqual([2, 2, 0, 0]);
  });

  it('writes each item alone when the batch statement fails, so only the bad item is refused and nothing is half-written', async () => {
    const { id } = await make.proposal();
    const actors = await make.phoneActors(7);
    const seen = await seenOf(id);
    // Seven at once, one of them with a comment PostgreSQL cannot store (a NUL character; the
    // service's validation never lets one through, the writer does not look): the batch's one
    // statement fails as a whole, and every item is written again alone, a few at a time.
    const answers = await settle(actors.map((actor, index) => batches.write(item(actor, id, seen, index === 5 ? UNSTORABLE : null))));
    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(answers.map((answer) => (answer.status === 'fulfilled' ? answer.value.cosign.cosignerId : null))).toEqual(actors.map((actor, index) => (index === 5 ? null : actor.id)));
    expect([await rowsOf(id), await countOf(id)]).toEqual([6, 6]);
  });

  it('keeps the co-signs the one statement stored when the long way fails after it, writing only the long way’s items again', async () => {
    const quick = await make.proposal();
    const later = await make.proposal();
    const seenQuick = await seenOf(quick.id);
    // Read while it looked closed: its co-signs skip the one statement and go the long way,
    // where the row, open, admits them, and the unstorable comment fails that transaction.
    const seenClosed = await seenOf(later.id);
    const looksClosed: LoadedProposal = { ...seenClosed, proposal: { ...seenClosed.proposal, status: 'expired' } };
    const [a, b, c, d] = (await make.phoneActors(4)) as [Actor, Actor, Actor, Actor];
    const answers = await settle([
      batches.write(item(a, quick.id, seenQuick)),
      batches.write(item(b, quick.id, seenQuick)),
      batches.write(item(c, later.id, looksClosed)),
      batches.write(item(d, later.id, looksClosed, UNSTORABLE)),
    ]);
    // The first two were committed by the one statement: still answered as new co-signs (201), not as repeats.
    expect(answers.map((answer) => (answer.status === 'fulfilled' ? answer.value.created : 'refused'))).toEqual([true, true, true, 'refused']);
    expect([await rowsOf(quick.id), await countOf(quick.id), await rowsOf(later.id), await countOf(later.id)]).toEqual([2, 2, 1, 1]);
  });

  it('stores 300 co-signs submitted at once exactly once each, in a few transactions', async () => {
    const { id } = await make.proposal();
    const actors = await make.phoneActors(300);
    const seen = await seenOf(id);
    const answers = await Promise.all(actors.map((actor) => batches.write(item(actor, id, seen))));
    expect(answers.filter((answer) => answer.created)).toHaveLength(300);
    expect([await rowsOf(id), await countOf(id)]).toEqual([300, 300]);
    // A batch stamps its co-signs with one time: the first went alone, the rest waited for it together.
    expect(await scalar('SELECT count(DISTINCT created_at) AS n FROM cosigns WHERE proposal_id = $1', id)).toBeLessThanOrEqual(3);
  });

  it('crosses a threshold once, in the batch whose count reaches it, dated and counted as the co-sign that made it equal', async () => {
    const cycle = await make.cycle({ threshold: 5 });
    const { id } = await make.proposal({ cycleId: cycle.id });
    const actors = await make.phoneActors(9);
    const rules = { ...DEFAULT_PARTICIPATION_RULES, threshold: 5 };
    const seen = await seenOf(id);
    const write = (actor: Actor): Promise<StoredOutcome> => batches.write({ ...item(actor, id, seen), rules });
    // Three short of the threshold: the one statement counts them.
    await Promise.all(actors.slice(0, 3).map(write));
    expect([await countOf(id), await statusOf(id)]).toEqual([3, 'open']);
    // Six at once would pass it: the long way decides the crossing.
    const answers = await Promise.all(actors.slice(3).map(write));
    expect(answers.filter((answer) => answer.reached !== undefined).map((answer) => answer.reached?.status)).toEqual(['threshold_reached']);
    expect([await rowsOf(id), await countOf(id), await statusOf(id)]).toEqual([9, 9, 'threshold_reached']);
    const events = await db.query<{ payload: { cosignCount: number } }[]>(`SELECT payload FROM outbox WHERE aggregate_id = $1 AND event_type = 'ProposalThresholdReached'`, [id]);
    expect(events.map((event) => event.payload.cosignCount)).toEqual([5]);
    expect(await scalar(`SELECT count(*) AS n FROM audit_log WHERE subject_id = $1 AND action = 'proposal.reach_threshold'`, id)).toBe(1);
  });
});
