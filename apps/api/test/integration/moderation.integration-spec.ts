import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { reviewDueAt } from '@open-proposals/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProposalOrmEntity } from '../../src/proposals/proposal.orm-entity';
import { ProposalsRepository } from '../../src/proposals/proposals.repository';
import { proposalFactory } from '../factories/proposal.factory';
import { CookieClient } from '../utils/cookie-client';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';
import { removeAllProposals } from '../utils/clean-slate';

const DAY = 24 * 60 * 60 * 1000;

interface Clock { submittedAt: string; dueAt: string; overdue: boolean }
interface Queued { id: string; clock: Clock; content: { title: string; background: string } }
interface PageOf<T> { items: T[]; page: number; pageSize: number; total: number }
interface Outcome { id: string; status: string; publishedAt: string | null; cosignDeadline: string | null; returnNote: string | null; duplicateOfId: string | null }
interface LogItem { proposalId: string; title: string; code: string; label: { 'zh-TW': string; en: string }; note: string | null; rejectedAt: string }
interface ErrorBody { code: string; errors?: { field: string }[] }

describe('moderation API', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let dataSource: DataSource;
  let make: ReturnType<typeof proposalFactory>;
  let moderator: TestPerson;
  let citizen: TestPerson;

  const now = Date.now();
  /** A submission waiting for review, as the proposer's submit would leave it. */
  const inReview = (overrides: Partial<ProposalOrmEntity> = {}): Promise<ProposalOrmEntity> =>
    make.proposal({ status: 'in_review', submittedAt: new Date(now - DAY), publishedAt: null, cosignDeadline: null, ...overrides });
  const moderate = <T>(id: string, action: string, body?: unknown) =>
    moderator.client.request<T>('POST', `/v1/moderation/proposals/${id}/${action}`, body === undefined ? {} : { body });
  const statusOf = async (id: string): Promise<string> =>
    (await dataSource.getRepository(ProposalOrmEntity).findOneByOrFail({ id })).status;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    dataSource = app.get(DataSource);
    await removeAllProposals(dataSource);
    make = proposalFactory(dataSource);
    moderator = await signedInPerson(app, baseUrl, { tier: 'email', roles: [{ kind: 'moderator' }] });
    // Email tier on purpose: a citizen's tier is irrelevant here, and signedInPerson's phone numbers repeat across spec files.
    citizen = await signedInPerson(app, baseUrl, { tier: 'email' });
  });
  afterAll(() => app.close());

  describe('the review queue and the backlog counter', () => {
    let ids: Record<'old' | 'recent' | 'fresh' | 'slowCycle', string>;

    beforeAll(async () => {
      // Another cycle with a 20-working-day review period: ten calendar days are not overdue there.
      const slow = await make.cycle({ reviewWorkingDays: 20 });
      const old = await inReview({ title: '十天前送出', submittedAt: new Date(now - 10 * DAY), background: '要檢核的現況' });
      const fresh = await inReview({ title: '剛剛送出', submittedAt: new Date(now - 60 * 1000) });
      const recent = await inReview({ title: '兩天前送出', submittedAt: new Date(now - 2 * DAY) });
      const slowCycle = await inReview({ title: '另一週期', cycleId: slow.id, submittedAt: new Date(now - 11 * DAY) });
      await make.proposal({ title: '已公開' });
      await make.proposal({ title: '草稿', status: 'draft', submittedAt: null, publishedAt: null, cosignDeadline: null });
      ids = { old: old.id, recent: recent.id, fresh: fresh.id, slowCycle: slowCycle.id };
    });

    it('lists submissions in review, oldest first, with content and each cycle’s review clock', async () => {
      const { status, body } = await moderator.client.request<PageOf<Queued>>('GET', '/v1/moderation/queue');
      expect(status).toBe(200);
      expect(body.total).toBe(4);
      expect(body.items.map((i) => i.content.title)).toEqual(['另一週期', '十天前送出', '兩天前送出', '剛剛送出']);
      const byId = new Map(body.items.map((i) => [i.id, i]));
      // More than five working days ago (ten calendar days always hold at least six): overdue.
      expect(byId.get(ids.old)?.clock.overdue).toBe(true);
      expect(byId.get(ids.old)?.content.background).toBe('要檢核的現況');
      expect(byId.get(ids.recent)?.clock.overdue).toBe(false);
      expect(byId.get(ids.fresh)?.clock.overdue).toBe(false);
      expect(byId.get(ids.slowCycle)?.clock.overdue).toBe(false);
      const old = byId.get(ids.old);
      expect(old?.clock.dueAt).toBe(reviewDueAt(new Date(old?.clock.submittedAt ?? 0), { reviewWorkingDays: 5 }).toISOString());
      expect(JSON.stringify(body)).not.toContain('proposerId');
    });

    it('paginates the queue', async () => {
      const { body } = await moderator.client.request<PageOf<Queued>>('GET', '/v1/moderation/queue?page=2&pageSize=3');
      expect(body).toMatchObject({ page: 2, pageSize: 3, total: 4 });
      expect(body.items.map((i) => i.id)).toEqual([ids.fresh]);
    });

    it('counts the backlog publicly: in review and overdue', async () => {
      const response = await fetch(`${baseUrl}/api/v1/moderation/backlog`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ inReview: 4, overdue: 1 });
    });

    it('refuses the queue to a citizen (403) and to a visitor (401), and a bad query (400)', async () => {
      expect((await citizen.client.request('GET', '/v1/moderation/queue')).status).toBe(403);
      expect((await new CookieClient(baseUrl).request('GET', '/v1/moderation/queue')).status).toBe(401);
      expect((await moderator.client.request('GET', '/v1/moderation/queue?pageSize=500')).status).toBe(400);
    });
  });

  describe('decisions', () => {
    it('publishes: open, co-signing for 60 days, audit and outbox rows written in the same transaction', async () => {
      const proposal = await inReview();
      const { status, body } = await moderate<Outcome>(proposal.id, 'publish');
      expect(status).toBe(200);
      expect(body.status).toBe('open');
      const publishedAt = new Date(body.publishedAt ?? 0).getTime();
      expect(Math.abs(publishedAt - Date.now())).toBeLessThan(60_000);
      expect(new Date(body.cosignDeadline ?? 0).getTime() - publishedAt).toBe(60 * DAY);

      // Rows written by one transaction carry its id in xmin.
      const [row] = await dataSource.query<{ status: string; tx: string }[]>('SELECT status, xmin::text AS tx FROM proposals WHERE id = $1', [proposal.id]);
      const audit = await dataSource.query<{ action: string; actor_id: string; tx: string }[]>(
        "SELECT action, actor_id, xmin::text AS tx FROM audit_log WHERE subject_type = 'proposal' AND subject_id = $1",
        [proposal.id],
      );
      const outbox = await dataSource.query<{ event_type: string; tx: string; payload: { threshold: number } }[]>(
        'SELECT event_type, xmin::text AS tx, payload FROM outbox WHERE aggregate_id = $1',
        [proposal.id],
      );
      expect(row?.status).toBe('open');
      expect(audit).toEqual([{ action: 'proposal.publish', actor_id: moderator.id, tx: row?.tx }]);
      expect(outbox).toEqual([expect.objectContaining({ event_type: 'ProposalPublished', tx: row?.tx })]);
      expect(outbox[0]?.payload.threshold).toBe(5000);

      const again = await moderate<ErrorBody>(proposal.id, 'publish');
      expect(again).toMatchObject({ status: 409, body: { code: 'proposal.invalid_transition' } });
    });

    it('returns to draft with a note the proposer is shown', async () => {
      const proposal = await inReview();
      const { status, body } = await moderate<Outcome>(proposal.id, 'return', { note: ' 請補充具體建議的執行方式。 ' });
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'draft', returnNote: '請補充具體建議的執行方式。' });
      // The note is stored on the proposal itself, which is what the proposer's own views load.
      const stored = await app.get(ProposalsRepository).findById(proposal.id);
      expect(stored?.proposal).toMatchObject({ status: 'draft', returnNote: '請補充具體建議的執行方式。' });
    });

    it('refuses a blank return note and an unknown body field with 400, changing nothing', async () => {
      const proposal = await inReview();
      expect((await moderate<ErrorBody>(proposal.id, 'return', { note: '   ' })).body.code).toBe('proposal.note_required');
      const extra = await moderate<ErrorBody>(proposal.id, 'return', { note: '請修正', priority: 'high' });
      expect(extra.status).toBe(400);
      expect(extra.body.errors?.map((e) => e.field)).toContain('priority');
      expect(await statusOf(proposal.id)).toBe('in_review');
    });

    it.each([
      [{ code: 'other' }, 'proposal.note_required'],
      [{ code: 'other', note: '  ' }, 'proposal.note_required'],
      [{ code: 'duplicate' }, 'proposal.duplicate_of_required'],
      [{ code: 'spam', note: '廣告' }, 'validation_failed'],
    ])('refuses to reject with %j: 400 %s', async (body, code) => {
      const proposal = await inReview();
      expect(await moderate(proposal.id, 'reject', body)).toMatchObject({ status: 400, body: { code } });
      expect(await statusOf(proposal.id)).toBe('in_review');
    });

    it('rejects as unclear into the public rejection log, newest first, with labels and no personal data', async () => {
      const proposer = await make.user({ displayName: '不應公開的名字' });
      const earlier = await inReview({ title: '較早駁回' });
      const proposal = await inReview({ title: '看不懂的提議', proposerId: proposer.id });
      expect((await moderate(earlier.id, 'reject', { code: 'commercial' })).status).toBe(200);
      const rejected = await moderate<Outcome>(proposal.id, 'reject', { code: 'unclear', note: '請具體說明要改變什麼。' });
      expect(rejected).toMatchObject({ status: 200, body: { status: 'rejected' } });

      const response = await fetch(`${baseUrl}/api/v1/rejections`);
      expect(response.status).toBe(200);
      const log = (await response.json()) as PageOf<LogItem>;
      expect(log.items.slice(0, 2).map((i) => i.title)).toEqual(['看不懂的提議', '較早駁回']);
      expect(log.items[0]).toMatchObject({
        proposalId: proposal.id,
        code: 'unclear',
        label: { 'zh-TW': '內容不明確', en: 'Unclear content' },
        note: '請具體說明要改變什麼。',
      });
      const text = JSON.stringify(log);
      for (const secret of [proposer.id, proposer.email, '不應公開的名字', 'proposerId', moderator.id]) expect(text).not.toContain(secret);

      const filtered = await fetch(`${baseUrl}/api/v1/rejections?code=commercial`);
      expect(((await filtered.json()) as PageOf<LogItem>).items.map((i) => i.title)).toEqual(['較早駁回']);
      // A rejected proposal leaves the public listings.
      expect((await fetch(`${baseUrl}/api/v1/proposals/${proposal.id}`)).status).toBe(404);
    });

    it('labels all eleven reason codes in both languages', async () => {
      const reasons = (await (await fetch(`${baseUrl}/api/v1/rejections/reasons`)).json()) as { code: string; label: { 'zh-TW': string; en: string } }[];
      expect(reasons).toHaveLength(11);
      expect(reasons.find((r) => r.code === 'illegal')?.label).toEqual({ 'zh-TW': '違法（威脅、猥褻、誹謗、詐欺）', en: 'Unlawful (threats, obscenity, defamation, fraud)' });
      for (const { label } of reasons) expect(label['zh-TW']).not.toBe(label.en);
    });

    it('marks a duplicate of a published proposal, and refuses itself or an unknown original', async () => {
      const original = await make.proposal({ title: '原提議' });
      const proposal = await inReview();
      expect(await moderate(proposal.id, 'duplicate', { duplicateOfId: proposal.id })).toMatchObject({ status: 400, body: { code: 'proposal.duplicate_of_self' } });
      const unknown = await moderate<ErrorBody>(proposal.id, 'duplicate', { duplicateOfId: randomUUID() });
      expect(unknown).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
      expect(unknown.body.errors?.map((e) => e.field)).toEqual(['duplicateOfId']);
      expect(await statusOf(proposal.id)).toBe('in_review');

      expect(await moderate(proposal.id, 'duplicate', { duplicateOfId: original.id })).toMatchObject({
        status: 200,
        body: { status: 'duplicate', duplicateOfId: original.id },
      });
    });

    it('rejects as a duplicate naming the original', async () => {
      const original = await make.proposal({ title: '原提議二' });
      const proposal = await inReview();
      const { status, body } = await moderate<{ rejection: { code: string; duplicateOfId: string } }>(proposal.id, 'reject', { code: 'duplicate', duplicateOfId: original.id });
      expect(status).toBe(200);
      expect(body.rejection).toMatchObject({ code: 'duplicate', duplicateOfId: original.id });
    });

    it('answers 404 for an unknown id or one that is not a uuid', async () => {
      expect(await moderate(randomUUID(), 'publish')).toMatchObject({ status: 404, body: { code: 'not_found' } });
      expect((await moderate('not-a-uuid', 'return', { note: '請修正' })).status).toBe(404);
    });

    it('refuses a citizen (403) and a visitor (401), changing nothing', async () => {
      const proposal = await inReview();
      expect(await citizen.client.request('POST', `/v1/moderation/proposals/${proposal.id}/publish`)).toMatchObject({ status: 403, body: { code: 'forbidden' } });
      expect(await new CookieClient(baseUrl).request('POST', `/v1/moderation/proposals/${proposal.id}/publish`)).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
      expect(await statusOf(proposal.id)).toBe('in_review');
    });
  });
});
