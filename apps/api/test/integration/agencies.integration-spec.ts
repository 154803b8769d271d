import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { proposalFactory } from '../factories/proposal.factory';
import { CookieClient } from '../utils/cookie-client';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';

const DAY = 24 * 60 * 60 * 1000;

interface ProposalResponseBody {
  requestId: string;
  agencyId: string;
  dueAt: string;
  status: string;
  timeliness: string;
  response: { points: { heading: string | null; body: string }[]; submittedAt: string } | null;
  extensions: { previousDueAt: string; newDueAt: string; reason: string }[];
}

describe('agencies: requests, point-by-point answers, extensions and responsiveness', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let dataSource: DataSource;
  let factory: ReturnType<typeof proposalFactory>;
  let admin: TestPerson;

  const newAgency = async (): Promise<string> => {
    const code = `a-${randomUUID().slice(0, 8)}`;
    const res = await admin.client.request<{ id: string }>('POST', '/v1/admin/agencies', { body: { code, nameZhTw: `測試機關 ${code}`, nameEn: `Test agency ${code}` } });
    expect(res.status).toBe(201);
    return res.body.id;
  };

  /** A routed proposal with one request to `agencyId`, due `dueInDays` from now. */
  const routedRequest = async (agencyId: string, dueInDays = 60, createdDaysAgo = 0): Promise<{ proposalId: string; requestId: string; dueAt: Date }> => {
    const proposal = await factory.proposal({ status: 'routed', suggestedAgencyIds: [agencyId] });
    const dueAt = new Date(Date.now() + dueInDays * DAY);
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO agency_response_requests (proposal_id, agency_id, due_at, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [proposal.id, agencyId, dueAt, new Date(Date.now() - createdDaysAgo * DAY)],
    );
    return { proposalId: proposal.id, requestId: row.id, dueAt };
  };

  const officerOf = (agencyId: string): Promise<TestPerson> => signedInPerson(app, baseUrl, { roles: [{ kind: 'agency_officer', agencyId }] });
  const answer = (client: CookieClient, requestId: string, body: unknown = { points: [{ heading: '一、現況', body: '已公開資料集。' }, { body: '將於年底前完成。' }] }) =>
    client.request<{ code?: string }>('POST', `/v1/agency/requests/${requestId}/response`, { body });
  const responsesOf = async (proposalId: string): Promise<ProposalResponseBody[]> =>
    (await new CookieClient(baseUrl).request<ProposalResponseBody[]>('GET', `/v1/proposals/${proposalId}/responses`)).body;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    dataSource = app.get(DataSource);
    factory = proposalFactory(dataSource);
    admin = await signedInPerson(app, baseUrl, { roles: [{ kind: 'citizen' }, { kind: 'admin' }] });
  });
  afterAll(() => app.close());

  it('seeds the agencies the seed document names, idempotently, and lists them publicly', async () => {
    await seedReferenceData(dataSource);
    await seedReferenceData(dataSource);
    const res = await new CookieClient(baseUrl).request<{ code: string; name: Record<string, string> }[]>('GET', '/v1/agencies');
    expect(res.status).toBe(200);
    expect(res.body.filter((a) => a.code === 'ndc')).toEqual([expect.objectContaining({ name: { 'zh-TW': '國家發展委員會', en: 'National Development Council' } })]);
  });

  it('lets an admin add an agency once per code', async () => {
    const body = { code: `dup-${randomUUID().slice(0, 8)}`, nameZhTw: '法務部', nameEn: 'Ministry of Justice' };
    expect((await admin.client.request('POST', '/v1/admin/agencies', { body })).status).toBe(201);
    expect((await admin.client.request<{ code: string }>('POST', '/v1/admin/agencies', { body })).body).toMatchObject({ code: 'conflict' });
  });

  it('publishes an officer’s point-by-point answer on the proposal, with audit and outbox event in one go', async () => {
    const agencyId = await newAgency();
    const { proposalId, requestId } = await routedRequest(agencyId);
    const officer = await officerOf(agencyId);

    const res = await answer(officer.client, requestId);
    expect(res.status).toBe(201);

    const [public1] = await responsesOf(proposalId);
    expect(public1).toMatchObject({ requestId, agencyId, status: 'answered', timeliness: 'on_time' });
    expect(public1.response?.points).toEqual([{ heading: '一、現況', body: '已公開資料集。' }, { heading: null, body: '將於年底前完成。' }]);

    const events = await dataSource.query<{ event_type: string }[]>(`SELECT event_type FROM outbox WHERE aggregate_id = $1`, [requestId]);
    expect(events.map((e) => e.event_type)).toEqual(['AgencyResponded']);
    const audit = await dataSource.query<{ actor_id: string }[]>(`SELECT actor_id FROM audit_log WHERE subject_id = $1 AND action = 'agency_response.submit'`, [proposalId]);
    expect(audit).toEqual([{ actor_id: officer.id }]);

    // A published answer is final: the second one is a conflict and changes nothing.
    const second = await answer(officer.client, requestId, { points: [{ body: '改口' }] });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('agency_response.already_answered');
    expect((await responsesOf(proposalId))[0].response?.points).toHaveLength(2);
  });

  it('refuses officers of another agency (403), citizens (403) and visitors (401)', async () => {
    const agencyId = await newAgency();
    const { proposalId, requestId } = await routedRequest(agencyId);
    const other = await officerOf(await newAgency());
    const citizen = await signedInPerson(app, baseUrl);

    const wrong = await other.client.request<{ code: string; details: { reason: string } }>('POST', `/v1/agency/requests/${requestId}/response`, {
      body: { points: [{ body: '代答' }] },
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ code: 'forbidden', details: { reason: 'wrong_agency' } });
    expect((await answer(citizen.client, requestId)).status).toBe(403);
    expect((await answer(new CookieClient(baseUrl), requestId)).status).toBe(401);
    expect((await responsesOf(proposalId))[0].status).toBe('requested');
  });

  it('refuses unknown fields and empty answers (400)', async () => {
    const agencyId = await newAgency();
    const { requestId } = await routedRequest(agencyId);
    const officer = await officerOf(agencyId);
    const unknown = await answer(officer.client, requestId, { points: [{ body: '回應' }], signedBy: 'someone' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('validation_failed');
    expect((await answer(officer.client, requestId, { points: [{ heading: '標題', body: '   ' }] })).body.code).toBe('agency_response.point_body_required');
    expect((await answer(officer.client, requestId, { points: [] })).body.code).toBe('agency_response.points_required');
  });

  it('moves the due date on an extension with a public reason, and refuses an earlier date (400)', async () => {
    const agencyId = await newAgency();
    const { proposalId, requestId, dueAt } = await routedRequest(agencyId, 10);
    const officer = await officerOf(agencyId);
    const extend = (body: unknown) => officer.client.request<{ code?: string }>('POST', `/v1/agency/requests/${requestId}/extension`, { body });

    const earlier = await extend({ reason: '提早', newDueAt: new Date(dueAt.getTime() - DAY).toISOString() });
    expect(earlier.status).toBe(400);
    expect(earlier.body.code).toBe('agency_response.due_date_not_later');

    const newDueAt = new Date(dueAt.getTime() + 30 * DAY).toISOString();
    expect((await extend({ reason: '需跨部會協調', newDueAt })).status).toBe(201);

    const [view] = await responsesOf(proposalId);
    expect(view.dueAt).toBe(newDueAt);
    expect(view.extensions).toEqual([expect.objectContaining({ previousDueAt: dueAt.toISOString(), newDueAt, reason: '需跨部會協調' })]);
    const listed = await new CookieClient(baseUrl).request<{ items: { id: string; dueAt: string; extensionCount: number }[] }>('GET', `/v1/agencies/${agencyId}/requests`);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: requestId, dueAt: newDueAt, extensionCount: 1 })]);
    expect((await extend({ reason: 'x', newDueAt, extra: true })).status).toBe(400);
  });

  it('shows an officer the requests of their agencies only, soonest due first', async () => {
    const agencyId = await newAgency();
    const later = await routedRequest(agencyId, 50);
    const sooner = await routedRequest(agencyId, 5);
    await routedRequest(await newAgency(), 1);
    const officer = await officerOf(agencyId);
    const res = await officer.client.request<{ items: { id: string }[]; total: number }>('GET', '/v1/agency/requests');
    expect(res.status).toBe(200);
    expect(res.body.items.map((i) => i.id)).toEqual([sooner.requestId, later.requestId]);
    expect(res.body.total).toBe(2);
  });

  it('computes the responsiveness table on a fixed data set', async () => {
    const agencyId = await newAgency();
    const officer = await officerOf(agencyId);
    // Asked 200 days ago, due 60 days later: answered after 10, 30 and 70 days, one never; one asked today.
    const answeredAfter = [10, 30, 70, null];
    for (const days of answeredAfter) {
      const { requestId } = await routedRequest(agencyId, -140, 200);
      if (days === null) continue;
      await dataSource.query(`UPDATE agency_response_requests SET status = 'answered' WHERE id = $1`, [requestId]);
      await dataSource.query(`INSERT INTO agency_responses (request_id, points, submitted_by, submitted_at) VALUES ($1, '[]'::jsonb, $2, $3)`, [
        requestId, officer.id, new Date(Date.now() - (200 - days) * DAY),
      ]);
    }
    await routedRequest(agencyId, 60);

    const res = await new CookieClient(baseUrl).request<{ agency: { id: string } }[]>('GET', '/v1/agencies/responsiveness');
    expect(res.status).toBe(200);
    expect(res.body.find((row) => row.agency.id === agencyId)).toMatchObject({
      requests: 5, answered: 3, onTime: 2, late: 1, overdueNow: 1, pending: 1, onTimeRate: 0.5, medianDaysToRespond: 30,
    });
  });

  it('answers 404 for an unknown agency or proposal', async () => {
    const visitor = new CookieClient(baseUrl);
    expect((await visitor.request('GET', `/v1/agencies/${randomUUID()}/requests`)).status).toBe(404);
    expect((await visitor.request('GET', `/v1/proposals/${randomUUID()}/responses`)).status).toBe(404);
  });
});
