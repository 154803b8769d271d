import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { proposalFactory } from '../factories/proposal.factory';
import { startTestApi } from '../utils/test-app';
import { signedInPerson, type TestPerson } from '../utils/people';

interface ProposalBody {
  id: string;
  status: string;
  content: { title: string; areaCode: string };
  submittedAt: string | null;
}
interface ErrorBody {
  code: string;
  message: string;
  errors?: { field: string; code: string; message: string }[];
  details?: Record<string, unknown>;
}

const complete = {
  title: '公開各級政府預算執行資料',
  background: '目前預算執行資料分散於各機關網站。',
  proposal: '以開放格式每月公開預算執行進度。',
  expectedBenefits: '民眾可即時監督預算使用。',
  areaCode: 'open-data',
};

describe('proposer: drafts, submission, withdrawal', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let proposer: TestPerson;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    dataSource = app.get(DataSource);
    // Other suites leave cycles that are not current; the seed must still open the default one.
    await proposalFactory(dataSource).cycle({ isCurrent: false });
    await seedReferenceData(dataSource);
    proposer = await signedInPerson(app, baseUrl, { tier: 'phone' });
  });
  afterAll(() => app.close());

  const newDraft = async (body: Record<string, unknown> = { title: '草稿' }, who: TestPerson = proposer): Promise<ProposalBody> => {
    const response = await who.client.request<ProposalBody>('POST', '/v1/proposals', { body });
    expect(response.status).toBe(201);
    return response.body;
  };

  const eventsOf = async (id: string): Promise<string[]> =>
    (await dataSource.query<{ event_type: string }[]>('SELECT event_type FROM outbox WHERE aggregate_id = $1 ORDER BY occurred_at', [id])).map((r) => r.event_type);
  const auditOf = async (id: string): Promise<string[]> =>
    (await dataSource.query<{ action: string }[]>(`SELECT action FROM audit_log WHERE subject_type = 'proposal' AND subject_id = $1 ORDER BY id`, [id])).map((r) => r.action);

  it('starts a draft with only a title, in the current cycle, with audit and outbox rows', async () => {
    const draft = await newDraft({ title: '  公開預算  ' });
    expect(draft).toMatchObject({ status: 'draft', content: { title: '公開預算', areaCode: 'general' } });
    expect(await eventsOf(draft.id)).toEqual(['ProposalDraftCreated']);
    expect(await auditOf(draft.id)).toHaveLength(1);
  });

  it('edits, then submits a complete draft: in review, submittedAt set, ProposalSubmitted in the outbox', async () => {
    const draft = await newDraft();
    const edited = await proposer.client.request<ProposalBody>('PATCH', `/v1/proposals/${draft.id}`, { body: complete });
    expect(edited.status).toBe(200);
    const submitted = await proposer.client.request<ProposalBody>('POST', `/v1/proposals/${draft.id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('in_review');
    expect(submitted.body.submittedAt).not.toBeNull();
    expect(await eventsOf(draft.id)).toEqual(['ProposalDraftCreated', 'ProposalDraftEdited', 'ProposalSubmitted']);
  });

  it('refuses to submit an incomplete draft, naming each missing field in the reader’s language', async () => {
    const draft = await newDraft();
    const response = await proposer.client.request<ErrorBody>('POST', `/v1/proposals/${draft.id}/submit`, { headers: { 'Accept-Language': 'en' } });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('proposal.invalid_draft');
    expect(response.body.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['background', 'proposal', 'expectedBenefits']));
    expect(response.body.errors?.[0]?.message).toBe('This field is required.');
    expect((await proposer.client.request<ProposalBody>('GET', `/v1/me/proposals/${draft.id}`)).body.status).toBe('draft');
  });

  it('answers an over-long title and an unknown area per field, storing nothing', async () => {
    const before = (await dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM proposals'))[0]?.n;
    const response = await proposer.client.request<ErrorBody>('POST', '/v1/proposals', { body: { title: '長'.repeat(81), areaCode: 'no-such-area' } });
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((e) => `${e.field}:${e.code}`)).toEqual(expect.arrayContaining(['title:too_long', 'areaCode:unknown_area']));
    expect(response.body.errors?.find((e) => e.field === 'title')?.message).toBe('太長了，最多 80 字。');
    expect((await dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM proposals'))[0]?.n).toBe(before);
  });

  it('asks an email-only citizen to verify their mobile before submitting', async () => {
    const emailOnly = await signedInPerson(app, baseUrl, { tier: 'email' });
    const draft = await newDraft(complete, emailOnly);
    const response = await emailOnly.client.request<ErrorBody>('POST', `/v1/proposals/${draft.id}/submit`);
    expect(response.status).toBe(403);
    expect(response.body.details).toMatchObject({ reason: 'tier_required', requiredTier: 'phone' });
  });

  it('withdraws before publication, and refuses to withdraw a withdrawn one', async () => {
    const draft = await newDraft();
    expect((await proposer.client.request<ProposalBody>('POST', `/v1/proposals/${draft.id}/withdraw`)).body.status).toBe('withdrawn');
    const again = await proposer.client.request<ErrorBody>('POST', `/v1/proposals/${draft.id}/withdraw`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'proposal.invalid_transition', details: { from: 'withdrawn', action: 'withdraw' } });
  });

  it('never withdraws a published proposal', async () => {
    const draft = await newDraft();
    await dataSource.query(`UPDATE proposals SET status = 'open', published_at = now() WHERE id = $1`, [draft.id]);
    expect((await proposer.client.request('POST', `/v1/proposals/${draft.id}/withdraw`)).status).toBe(409);
  });

  it('hides someone else’s draft: 404 to read, edit, submit or withdraw it', async () => {
    const draft = await newDraft();
    const stranger = await signedInPerson(app, baseUrl, { tier: 'phone' });
    expect((await stranger.client.request('GET', `/v1/me/proposals/${draft.id}`)).status).toBe(404);
    expect((await stranger.client.request('PATCH', `/v1/proposals/${draft.id}`, { body: { title: '改' } })).status).toBe(404);
    expect((await stranger.client.request('POST', `/v1/proposals/${draft.id}/submit`)).status).toBe(404);
    expect((await stranger.client.request('POST', `/v1/proposals/${draft.id}/withdraw`)).status).toBe(404);
    expect((await proposer.client.request<ProposalBody>('GET', `/v1/me/proposals/${draft.id}`)).body.content.title).toBe('草稿');
  });

  it('lists my proposals only', async () => {
    const someone = await signedInPerson(app, baseUrl);
    await newDraft({ title: '我的第一個' }, someone);
    await newDraft({ title: '我的第二個' }, someone);
    const mine = await someone.client.request<{ items: ProposalBody[]; total: number }>('GET', '/v1/me/proposals?pageSize=10');
    expect(mine.body.total).toBe(2);
    expect(mine.body.items.map((p) => p.content.title).sort()).toEqual(['我的第一個', '我的第二個']);
  });

  it.each([
    ['an unknown field', { title: 't', colour: 'blue' }, 'colour'],
    ['a link that is not text', { title: 't', links: [42] }, 'links'],
  ])('refuses %s with 400', async (_what, body, field) => {
    const response = await proposer.client.request<ErrorBody>('POST', '/v1/proposals', { body });
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((e) => e.field)).toContain(field);
  });

  it('says clearly when no cycle is open for proposals (409, never 500), storing nothing', async () => {
    const [current] = await dataSource.query<{ id: string }[]>('SELECT id FROM participation_cycles WHERE is_current');
    await dataSource.query('UPDATE participation_cycles SET is_current = false');
    try {
      const response = await proposer.client.request<ErrorBody>('POST', '/v1/proposals', { body: { title: '週期關閉時' }, headers: { 'Accept-Language': 'en' } });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('no_open_cycle');
      expect(response.body.message).toContain('No participation cycle is open');
    } finally {
      await dataSource.query('UPDATE participation_cycles SET is_current = true WHERE id = $1', [current?.id]);
    }
  });

  it('asks a visitor to sign in', async () => {
    const response = await fetch(`${baseUrl}/api/v1/proposals`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: 't' }) });
    expect(response.status).toBe(401);
  });
});
