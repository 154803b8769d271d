import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Actor } from '@open-proposals/domain';
import { DataSource } from 'typeorm';
import { CosignProposalLoader } from '../../src/cosigns/cosign-proposal.loader';
import { CreateCosignService } from '../../src/cosigns/create-cosign.service';
import { proposalFactory } from '../factories/proposal.factory';
import { CookieClient } from '../utils/cookie-client';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';

const DAY = 24 * 60 * 60 * 1000;

interface ErrorBody { code: string; message: string; details?: { reason?: { 'zh-TW': string; en: string } } }
interface CosignBody { id: string; proposalId: string; comment: string | null; verificationTier: string }
interface Stats { count: number; threshold: number; perDay: { date: string; count: number; cumulative: number }[]; perTier: { tier: string; count: number }[] }

describe('co-signing', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let db: DataSource;
  let make: ReturnType<typeof proposalFactory>;
  let citizen: TestPerson;

  const rowsOf = async (proposalId: string): Promise<number> =>
    Number((await db.query<{ n: string }[]>('SELECT count(*) AS n FROM cosigns WHERE proposal_id = $1', [proposalId]))[0]?.n);
  const countOf = async (proposalId: string): Promise<number> =>
    (await db.query<{ cosign_count: number }[]>('SELECT cosign_count FROM proposals WHERE id = $1', [proposalId]))[0]?.cosign_count ?? -1;
  const phoneActor = async (): Promise<Actor> => {
    const user = await make.user({ phoneVerifiedAt: new Date(), emailVerifiedAt: new Date() });
    return { id: user.id, verificationTier: 'phone', roles: [{ kind: 'citizen' }] };
  };
  const cosign = (person: TestPerson, proposalId: string, body: object = {}) =>
    person.client.request<CosignBody & ErrorBody>('POST', `/v1/proposals/${proposalId}/cosigns`, { body, headers: { 'Accept-Language': 'en' } });

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    db = app.get(DataSource);
    make = proposalFactory(db);
    citizen = await signedInPerson(app, baseUrl, { tier: 'phone' });
  });
  afterAll(() => app.close());

  it('stores a co-sign with its comment (201), and a repeat returns it (200) without counting twice', async () => {
    const { id } = await make.proposal();
    const first = await cosign(citizen, id, { comment: '  支持！ ' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ proposalId: id, comment: '支持！', verificationTier: 'phone' });
    const again = await cosign(citizen, id, { comment: '再一次' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, comment: '支持！' });
    expect([await rowsOf(id), await countOf(id)]).toEqual([1, 1]);
  });

  it('turns 50 parallel co-signs by one person into one row and a count of 1', async () => {
    const { id } = await make.proposal();
    const answers = await Promise.all(Array.from({ length: 50 }, () => cosign(citizen, id)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(49);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect([await rowsOf(id), await countOf(id)]).toEqual([1, 1]);
  });

  it('reaches a threshold of 150 exactly once when 200 people co-sign at once (service called concurrently)', async () => {
    const cycle = await make.cycle({ threshold: 150 });
    const { id } = await make.proposal({ cycleId: cycle.id });
    const actors = await Promise.all(Array.from({ length: 200 }, phoneActor));
    const service = app.get(CreateCosignService);
    const outcomes = await Promise.all(actors.map((actor) => service.cosign(actor, id, undefined)));
    expect(outcomes.every((o) => o.created)).toBe(true);
    expect([await rowsOf(id), await countOf(id)]).toEqual([200, 200]);
    const outbox = await db.query<{ payload: { cosignCount: number; threshold: number } }[]>(
      `SELECT payload FROM outbox WHERE aggregate_id = $1 AND event_type = 'ProposalThresholdReached'`, [id]);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.payload).toMatchObject({ cosignCount: 150, threshold: 150 });
    const audit = await db.query<{ action: string }[]>(`SELECT action FROM audit_log WHERE subject_type = 'proposal' AND subject_id = $1`, [id]);
    expect(audit.map((a) => a.action)).toEqual(['proposal.reach_threshold']);
    const [row] = await db.query<{ status: string; threshold_reached_at: Date | null }[]>('SELECT status, threshold_reached_at FROM proposals WHERE id = $1', [id]);
    expect(row?.status).toBe('threshold_reached');
    expect(row?.threshold_reached_at).not.toBeNull();
  });

  it('reads the proposal while the rate-limit check runs, and stores nothing when the check refuses', async () => {
    const { id } = await make.proposal();
    const service = app.get(CreateCosignService);
    const reads = app.get(CosignProposalLoader);
    const load = jest.spyOn(reads, 'load');
    try {
      let refuse: (error: Error) => void = () => undefined;
      const admitted = new Promise<void>((_resolve, reject) => (refuse = reject));
      const attempt = service.cosign(await phoneActor(), id, undefined, undefined, admitted);
      await new Promise((resolve) => setImmediate(resolve));
      // The read went out before the check answered…
      expect(load).toHaveBeenCalledWith(id);
      refuse(new Error('over the limit'));
      // …and the refusal is the answer, with nothing stored or counted.
      await expect(attempt).rejects.toThrow('over the limit');
      expect([await rowsOf(id), await countOf(id)]).toEqual([0, 0]);
    } finally {
      load.mockRestore();
    }
  });

  it('stops at the threshold when co-signs do not accumulate after it', async () => {
    const cycle = await make.cycle({ threshold: 2, cosignsAccumulateAfterThreshold: false });
    const { id } = await make.proposal({ cycleId: cycle.id });
    const service = app.get(CreateCosignService);
    const actors = await Promise.all(Array.from({ length: 5 }, phoneActor));
    const settled = await Promise.allSettled(actors.map((actor) => service.cosign(actor, id, undefined)));
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(2);
    expect([await rowsOf(id), await countOf(id)]).toEqual([2, 2]);
  });

  it('keeps counting co-signs after the proposal was routed and decided, until its window closes (DOMAIN.md)', async () => {
    for (const status of ['routed', 'adopted'] as const) {
      const { id } = await make.proposal({ status, cosignCount: 40, thresholdReachedAt: new Date(Date.now() - DAY), routedAt: new Date(Date.now() - DAY) });
      const answer = await cosign(citizen, id);
      expect([status, answer.status]).toEqual([status, 201]);
      expect([await rowsOf(id), await countOf(id)]).toEqual([1, 41]);
    }
  });

  it('refuses a co-sign after the deadline with 409 and stores nothing', async () => {
    const { id } = await make.proposal({ publishedAt: new Date(Date.now() - 61 * DAY) });
    const { status, body } = await cosign(citizen, id);
    expect(status).toBe(409);
    expect(body.code).toBe('cosign.window_closed');
    expect(body.message).toBe('The co-signing period has ended.');
    expect([await rowsOf(id), await countOf(id)]).toEqual([0, 0]);
  });

  it('answers a repeat made after the window closed with the co-sign already made (200), while a new co-signer gets 409', async () => {
    const { id } = await make.proposal();
    const first = await cosign(citizen, id);
    expect(first.status).toBe(201);
    await db.query(`UPDATE proposals SET cosign_deadline = now() - interval '1 minute' WHERE id = $1`, [id]);
    const retry = await cosign(citizen, id);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    const latecomer = await signedInPerson(app, baseUrl, { tier: 'phone' });
    const late = await cosign(latecomer, id);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('cosign.window_closed');
    expect(await rowsOf(id)).toBe(1);
  });

  it('refuses a co-sign in a blackout with 409 and its reason in both languages, storing nothing', async () => {
    const reason = { 'zh-TW': '全國性選舉前 60 日', en: '60 days before a national election' };
    const blackoutPeriods = [{ startsAt: new Date(Date.now() - DAY).toISOString(), endsAt: new Date(Date.now() + DAY).toISOString(), reason }];
    const cycle = await make.cycle({ blackoutPeriods });
    const { id } = await make.proposal({ cycleId: cycle.id });
    const { status, body } = await cosign(citizen, id);
    expect(status).toBe(409);
    expect(body.code).toBe('cosign.blackout');
    expect(body.details?.reason).toEqual(reason);
    expect([await rowsOf(id), await countOf(id)]).toEqual([0, 0]);
  });

  it('refuses one’s own proposal (403) and an email-only person (403), storing nothing', async () => {
    const { id } = await make.proposal({ proposerId: citizen.id });
    expect((await cosign(citizen, id)).status).toBe(403);
    const emailOnly = await signedInPerson(app, baseUrl, { tier: 'email' });
    const other = await make.proposal();
    expect((await cosign(emailOnly, other.id)).status).toBe(403);
    expect([await rowsOf(id), await rowsOf(other.id), await countOf(other.id)]).toEqual([0, 0, 0]);
  });

  it('answers 401 signed out, 404 for an unknown or unpublished proposal, 400 for an unknown field or a long comment', async () => {
    const { id } = await make.proposal();
    const draft = await make.proposal({ status: 'draft', publishedAt: null, cosignDeadline: null });
    const anonymous = new CookieClient(baseUrl);
    expect((await anonymous.request('POST', `/v1/proposals/${id}/cosigns`, { body: {} })).status).toBe(401);
    expect((await cosign(citizen, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await cosign(citizen, 'not-a-uuid')).status).toBe(404);
    expect((await cosign(citizen, draft.id)).status).toBe(404);
    const unknown = await cosign(citizen, id, { comment: 'ok', name: '王小明' });
    expect([unknown.status, unknown.body.code]).toEqual([400, 'validation_failed']);
    expect((await cosign(citizen, id, { comment: '長'.repeat(201) })).status).toBe(400);
    expect([await rowsOf(id), await countOf(id)]).toEqual([0, 0]);
  });

  it('shows public statistics per Taipei day and per tier, and comments newest first, without identities', async () => {
    const { id } = await make.proposal({ cosignCount: 3 });
    const rows: [string, string, string | null][] = [
      ['2026-03-01T03:00:00Z', 'phone', '第一則'], // 11:00 on 1 March in Taipei
      ['2026-03-01T16:30:00Z', 'phone', null], // 00:30 on 2 March in Taipei, though still 1 March in UTC
      ['2026-03-02T02:00:00Z', 'email', '第三則'],
    ];
    const ids: string[] = [];
    for (const [at, tier, comment] of rows) {
      const user = await make.user();
      ids.push(user.id);
      await db.query('INSERT INTO cosigns (proposal_id, user_id, verification_tier, comment, created_at) VALUES ($1, $2, $3, $4, $5)', [id, user.id, tier, comment, at]);
    }
    const stats = await fetch(`${baseUrl}/api/v1/proposals/${id}/cosigns/stats`);
    expect(stats.status).toBe(200);
    const body = (await stats.json()) as Stats;
    expect(body).toEqual({
      count: 3,
      threshold: 5000,
      perDay: [{ date: '2026-03-01', count: 1, cumulative: 1 }, { date: '2026-03-02', count: 2, cumulative: 3 }],
      perTier: [{ tier: 'email', count: 1 }, { tier: 'phone', count: 2 }],
    });
    const comments = await fetch(`${baseUrl}/api/v1/proposals/${id}/cosigns/comments?pageSize=1`);
    const page = (await comments.json()) as { items: { comment: string }[]; total: number };
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ comment: '第三則' }] });
    const text = JSON.stringify(body) + JSON.stringify(page);
    for (const userId of ids) expect(text).not.toContain(userId);
    expect((await fetch(`${baseUrl}/api/v1/proposals/00000000-0000-4000-8000-000000000000/cosigns/stats`)).status).toBe(404);
  });

  it('lists my co-signs, newest first, with title and status', async () => {
    const me = await signedInPerson(app, baseUrl, { tier: 'phone' });
    const older = await make.proposal({ title: '先附議的提議' });
    const newer = await make.proposal({ title: '後附議的提議' });
    expect((await cosign(me, older.id)).status).toBe(201);
    expect((await cosign(me, newer.id)).status).toBe(201);
    const { status, body } = await me.client.request<{ items: { proposalId: string; title: string; status: string }[]; total: number }>('GET', '/v1/me/cosigns');
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.items.map((i) => [i.proposalId, i.title, i.status])).toEqual([[newer.id, '後附議的提議', 'open'], [older.id, '先附議的提議', 'open']]);
    expect((await new CookieClient(baseUrl).request('GET', '/v1/me/cosigns')).status).toBe(401);
  });
});
