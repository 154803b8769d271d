import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { proposalFactory } from '../factories/proposal.factory';
import { CookieClient } from '../utils/cookie-client';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';

interface ErrorBody { code: string; errors?: { field: string }[] }
interface InboxPage { items: { reviewItemId: string; proposal: { id: string; title: string } }[]; total: number }
interface Decision { decisionId: string; proposalId: string; proposalStatus: string; commitmentId: string | null }
interface Summary { id: string; areaCode: string; origin: string; sourceProposalId: string | null }
interface CommitmentBody {
  id: string;
  origin: string;
  sourceProposal: { id: string; status: string } | null;
  mergedProposals: { id: string }[];
  responsibleAgencyIds: string[];
  milestones: { title: { 'zh-TW': string }; dueOn: string; status: string; evidenceUrl: string | null }[];
  progress: { quarter: string; completion: string }[];
  selfAssessment: { completion: string } | null;
  irmAssessment: { completion: string } | null;
}
interface Meeting { id: string; heldOn: string; agenda: { position: number; reviewItemId: string | null; commitmentId: string | null; title: string }[] }

const DAY = 24 * 60 * 60 * 1000;
const VOTES = { government: { for: 6, against: 1, abstain: 0 }, civil: { for: 9, against: 2, abstain: 1 } };
const COMMITMENT = { title: { 'zh-TW': '公開各機關會議紀錄', en: 'Publish agencies’ meeting minutes' }, description: { 'zh-TW': '建立統一平台' }, areaCode: 'open-data' };

describe('task force: inbox, decisions, meetings and commitments', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let dataSource: DataSource;
  let factory: ReturnType<typeof proposalFactory>;
  let member: TestPerson;
  let citizen: TestPerson;
  let admin: TestPerson;
  let visitor: CookieClient;

  /** A routed proposal and its open review item, as the routing job leaves them. */
  const routed = async (title = `路由提議 ${randomUUID().slice(0, 8)}`): Promise<{ proposalId: string; reviewItemId: string; agencyId: string }> => {
    const agencyId = randomUUID();
    const proposal = await factory.proposal({
      status: 'routed',
      title,
      cosignCount: 5000,
      thresholdReachedAt: new Date(Date.now() - 3 * DAY),
      routedAt: new Date(Date.now() - 2 * DAY),
      routedAgencyIds: [agencyId],
      suggestedAgencyIds: [agencyId],
      agencyResponseDueAt: new Date(Date.now() + 57 * DAY),
    });
    const [item] = await dataSource.query<{ id: string }[]>('INSERT INTO taskforce_review_items (proposal_id) VALUES ($1) RETURNING id', [proposal.id]);
    return { proposalId: proposal.id, reviewItemId: item.id, agencyId };
  };
  const decide = (reviewItemId: string, body: Record<string, unknown>, who: CookieClient = member.client) =>
    who.request<Decision & ErrorBody>('POST', `/v1/taskforce/review-items/${reviewItemId}/decision`, { body });
  const inbox = async (): Promise<InboxPage> => (await member.client.request<InboxPage>('GET', '/v1/taskforce/inbox?pageSize=100')).body;
  const proposalStatus = async (id: string): Promise<string> => (await dataSource.query<{ status: string }[]>('SELECT status FROM proposals WHERE id = $1', [id]))[0].status;
  const commitment = async (id: string): Promise<CommitmentBody> => (await visitor.request<CommitmentBody>('GET', `/v1/commitments/${id}`)).body;
  const adopted = async (): Promise<{ proposalId: string; commitmentId: string }> => {
    const { proposalId, reviewItemId } = await routed();
    const response = await decide(reviewItemId, { outcome: 'adopt', votes: VOTES, commitment: COMMITMENT });
    if (response.body.commitmentId === null) throw new Error(`adoption failed: ${JSON.stringify(response.body)}`);
    return { proposalId, commitmentId: response.body.commitmentId };
  };

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    dataSource = app.get(DataSource);
    await seedReferenceData(dataSource);
    factory = proposalFactory(dataSource);
    member = await signedInPerson(app, baseUrl, { roles: [{ kind: 'citizen' }, { kind: 'task_force_member', side: 'civil', role: 'member' }] });
    citizen = await signedInPerson(app, baseUrl);
    admin = await signedInPerson(app, baseUrl, { roles: [{ kind: 'citizen' }, { kind: 'admin' }] });
    visitor = new CookieClient(baseUrl);
  });
  afterAll(() => app.close());

  it('shows a routed proposal in the inbox, oldest first, with its summary', async () => {
    const first = await routed('較早的提議');
    const second = await routed('較晚的提議');
    const ids = (await inbox()).items.map((i) => i.reviewItemId);
    expect(ids.indexOf(first.reviewItemId)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first.reviewItemId)).toBeLessThan(ids.indexOf(second.reviewItemId));
    expect((await inbox()).items.find((i) => i.reviewItemId === first.reviewItemId)?.proposal).toMatchObject({ id: first.proposalId, title: '較早的提議' });
  });

  it('adopts with votes: the proposal is adopted, a linked commitment appears in the plan, the item leaves the inbox, audit and outbox are written', async () => {
    const { proposalId, reviewItemId, agencyId } = await routed();
    const response = await decide(reviewItemId, { outcome: 'adopt', rationale: '具體可行', votes: VOTES, commitment: COMMITMENT });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ proposalId, proposalStatus: 'adopted' });
    const commitmentId = response.body.commitmentId as string;

    expect(await proposalStatus(proposalId)).toBe('adopted');
    const plan = await visitor.request<{ items: Summary[] }>('GET', '/v1/action-plans/nap-1/commitments');
    expect(plan.body.items).toContainEqual(expect.objectContaining({ id: commitmentId, areaCode: 'open-data', origin: 'citizen_proposal', sourceProposalId: proposalId }));
    expect(await commitment(commitmentId)).toMatchObject({ origin: 'citizen_proposal', sourceProposal: { id: proposalId, status: 'adopted' }, responsibleAgencyIds: [agencyId] });
    expect((await inbox()).items.map((i) => i.reviewItemId)).not.toContain(reviewItemId);

    const [decision] = await dataSource.query<Record<string, unknown>[]>('SELECT outcome, rationale, government_for, civil_abstain, commitment_id, decided_by FROM taskforce_decisions WHERE review_item_id = $1', [reviewItemId]);
    expect(decision).toEqual({ outcome: 'adopt', rationale: '具體可行', government_for: 6, civil_abstain: 1, commitment_id: commitmentId, decided_by: member.id });
    const audit = await dataSource.query<{ action: string; subject_type: string }[]>(
      'SELECT action, subject_type FROM audit_log WHERE subject_id IN ($1, $2) ORDER BY id',
      [proposalId, commitmentId],
    );
    expect(audit).toEqual([{ action: 'proposal.decide', subject_type: 'proposal' }, { action: 'commitment.create', subject_type: 'commitment' }]);
    const outbox = await dataSource.query<{ event_type: string }[]>('SELECT event_type FROM outbox WHERE aggregate_id IN ($1, $2) ORDER BY occurred_at, id', [proposalId, commitmentId]);
    expect(outbox.map((o) => o.event_type).sort()).toEqual(['CommitmentCreated', 'ProposalDecided']);
  });

  it('refuses a decline without public reasons (400) and changes nothing', async () => {
    const { proposalId, reviewItemId } = await routed();
    const response = await decide(reviewItemId, { outcome: 'decline', rationale: '  ', votes: VOTES });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('proposal.rationale_required');
    expect(await proposalStatus(proposalId)).toBe('routed');
    expect((await inbox()).items.map((i) => i.reviewItemId)).toContain(reviewItemId);
  });

  it('merges into an existing commitment, which then lists the merged proposal', async () => {
    const { commitmentId } = await adopted();
    const { proposalId, reviewItemId } = await routed();
    const response = await decide(reviewItemId, { outcome: 'merge', targetCommitmentId: commitmentId, votes: VOTES });
    expect(response.body).toMatchObject({ proposalStatus: 'merged', commitmentId });
    expect(await proposalStatus(proposalId)).toBe('merged');
    expect((await commitment(commitmentId)).mergedProposals).toEqual([expect.objectContaining({ id: proposalId })]);
  });

  it('refuses a merge into a commitment that does not exist', async () => {
    const { reviewItemId } = await routed();
    const response = await decide(reviewItemId, { outcome: 'merge', targetCommitmentId: randomUUID(), votes: VOTES });
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((e) => e.field)).toEqual(['targetCommitmentId']);
  });

  it('answers 409 when the item is decided a second time', async () => {
    const { reviewItemId } = await routed();
    expect((await decide(reviewItemId, { outcome: 'refer', votes: VOTES })).status).toBe(200);
    const again = await decide(reviewItemId, { outcome: 'decline', rationale: '改變主意', votes: VOTES });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('taskforce.already_decided');
  });

  it('refuses citizens (403) and visitors (401)', async () => {
    const { reviewItemId } = await routed();
    expect((await decide(reviewItemId, { outcome: 'refer', votes: VOTES }, citizen.client)).status).toBe(403);
    expect((await decide(reviewItemId, { outcome: 'refer', votes: VOTES }, visitor)).status).toBe(401);
    expect((await citizen.client.request('GET', '/v1/taskforce/inbox')).status).toBe(403);
    expect((await visitor.request('GET', '/v1/taskforce/inbox')).status).toBe(401);
  });

  it('shows milestones, quarterly progress and assessments on the commitment; IRM only by an admin', async () => {
    const { commitmentId } = await adopted();
    const milestone = await member.client.request('POST', `/v1/commitments/${commitmentId}/milestones`, {
      body: { title: { 'zh-TW': '平台上線' }, dueOn: '2025-12-31', status: 'in_progress', evidenceUrl: 'https://example.tw/minutes' },
    });
    expect(milestone.status).toBe(201);
    expect((await member.client.request('POST', `/v1/commitments/${commitmentId}/progress`, { body: { quarter: '2025-Q3', text: { 'zh-TW': '完成需求訪談' }, completion: 'limited' } })).status).toBe(201);
    const twice = await member.client.request<ErrorBody>('POST', `/v1/commitments/${commitmentId}/progress`, { body: { quarter: '2025-Q3', text: { 'zh-TW': '重報' }, completion: 'limited' } });
    expect([twice.status, twice.body.code]).toEqual([409, 'commitment.quarter_reported']);
    const assessment = { completion: 'substantial', potentialResults: 'modest', didItOpenGovernment: 'major', verifiable: 'yes' };
    expect((await member.client.request('PATCH', `/v1/commitments/${commitmentId}/assessment`, { body: { kind: 'self', ...assessment } })).status).toBe(200);
    expect((await member.client.request('PATCH', `/v1/commitments/${commitmentId}/assessment`, { body: { kind: 'irm', ...assessment } })).status).toBe(403);
    expect((await admin.client.request('PATCH', `/v1/commitments/${commitmentId}/assessment`, { body: { kind: 'irm', ...assessment, completion: 'limited' } })).status).toBe(200);
    expect((await citizen.client.request('POST', `/v1/commitments/${commitmentId}/milestones`, { body: { title: { 'zh-TW': 'x' }, dueOn: '2025-12-31' } })).status).toBe(403);

    expect(await commitment(commitmentId)).toMatchObject({
      milestones: [{ title: { 'zh-TW': '平台上線' }, dueOn: '2025-12-31', status: 'in_progress', evidenceUrl: 'https://example.tw/minutes' }],
      progress: [{ quarter: '2025-Q3', completion: 'limited' }],
      selfAssessment: { completion: 'substantial' },
      irmAssessment: { completion: 'limited' },
    });
  });

  it('lets an officer of a responsible agency report, and refuses one of another agency', async () => {
    const { commitmentId } = await adopted();
    const { responsibleAgencyIds } = await commitment(commitmentId);
    const officer = await signedInPerson(app, baseUrl, { roles: [{ kind: 'agency_officer', agencyId: responsibleAgencyIds[0] }] });
    const stranger = await signedInPerson(app, baseUrl, { roles: [{ kind: 'agency_officer', agencyId: randomUUID() }] });
    const body = { quarter: '2025-Q4', text: { 'zh-TW': '上線' }, completion: 'complete' };
    expect((await officer.client.request('POST', `/v1/commitments/${commitmentId}/progress`, { body })).status).toBe(201);
    const refused = await stranger.client.request('POST', `/v1/commitments/${commitmentId}/progress`, { body: { ...body, quarter: '2026-Q1' } });
    expect(refused.status).toBe(403);
  });

  it('plans a meeting and lists its agenda of review items and commitments in order', async () => {
    const { reviewItemId } = await routed('議程上的提議');
    const { commitmentId } = await adopted();
    const meeting = await member.client.request<Meeting>('POST', '/v1/taskforce/meetings', { body: { heldOn: '2025-09-15', title: '第 5 次會議' } });
    expect(meeting.status).toBe(201);
    const id = meeting.body.id;
    expect((await member.client.request('POST', `/v1/taskforce/meetings/${id}/agenda`, { body: { reviewItemId } })).status).toBe(201);
    expect((await member.client.request('POST', `/v1/taskforce/meetings/${id}/agenda`, { body: { commitmentId } })).status).toBe(201);
    const both = await member.client.request<ErrorBody>('POST', `/v1/taskforce/meetings/${id}/agenda`, { body: { reviewItemId, commitmentId } });
    expect([both.status, both.body.code]).toEqual([400, 'taskforce.agenda_subject_required']);
    const read = await member.client.request<Meeting>('GET', `/v1/taskforce/meetings/${id}`);
    expect(read.body).toMatchObject({
      heldOn: '2025-09-15',
      agenda: [
        { position: 1, reviewItemId, commitmentId: null, title: '議程上的提議' },
        { position: 2, reviewItemId: null, commitmentId, title: COMMITMENT.title['zh-TW'] },
      ],
    });
  });

  it('fills a meeting’s agenda with the open review items, then commitments with new progress, once', async () => {
    const waiting = await routed('待議的提議');
    const { commitmentId: reported } = await adopted();
    const { commitmentId: silent } = await adopted();
    await member.client.request('POST', `/v1/commitments/${reported}/progress`, { body: { quarter: '2026-Q1', text: { 'zh-TW': '完成試辦' }, completion: 'limited' } });
    const meeting = await member.client.request<Meeting>('POST', '/v1/taskforce/meetings', { body: { heldOn: '2026-12-15', title: '第 9 次會議' } });
    const id = meeting.body.id;
    const filled = await member.client.request<Meeting>('POST', `/v1/taskforce/meetings/${id}/agenda/fill`);
    expect(filled.status).toBe(201);
    const openItems = Number((await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM taskforce_review_items WHERE status = 'open'`))[0].n);
    const reviewItems = filled.body.agenda.filter((a) => a.reviewItemId !== null);
    expect(reviewItems).toHaveLength(openItems);
    expect(reviewItems.map((a) => a.reviewItemId)).toContain(waiting.reviewItemId);
    const commitments = filled.body.agenda.filter((a) => a.commitmentId !== null).map((a) => a.commitmentId);
    expect(commitments).toContain(reported);
    expect(commitments).not.toContain(silent);
    // Review items come first, and positions run 1..n without gaps.
    expect(filled.body.agenda.map((a) => a.position)).toEqual(filled.body.agenda.map((_, i) => i + 1));
    expect(filled.body.agenda.findIndex((a) => a.commitmentId !== null)).toBe(reviewItems.length);

    const again = await member.client.request<Meeting>('POST', `/v1/taskforce/meetings/${id}/agenda/fill`);
    expect(again.body.agenda).toHaveLength(filled.body.agenda.length);
    // Heard at this meeting: the next meeting only takes it again once new progress is reported after it.
    const next = await member.client.request<Meeting>('POST', '/v1/taskforce/meetings', { body: { heldOn: '2027-03-15', title: '第 10 次會議' } });
    const nextFilled = await member.client.request<Meeting>('POST', `/v1/taskforce/meetings/${next.body.id}/agenda/fill`);
    expect(nextFilled.body.agenda.map((a) => a.commitmentId)).not.toContain(reported);
    expect((await citizen.client.request('POST', `/v1/taskforce/meetings/${id}/agenda/fill`)).status).toBe(403);
    expect((await member.client.request('POST', `/v1/taskforce/meetings/${randomUUID()}/agenda/fill`)).status).toBe(404);
  });

  it('closes a commitment’s tracking with a public reason, after which nothing more is reported', async () => {
    const { commitmentId } = await adopted();
    const { responsibleAgencyIds } = await commitment(commitmentId);
    const officer = await signedInPerson(app, baseUrl, { roles: [{ kind: 'agency_officer', agencyId: responsibleAgencyIds[0] }] });
    expect((await officer.client.request('POST', `/v1/commitments/${commitmentId}/tracking/close`, { body: { reason: '完成' } })).status).toBe(403);
    const blank = await member.client.request<ErrorBody>('POST', `/v1/commitments/${commitmentId}/tracking/close`, { body: { reason: '  ' } });
    expect([blank.status, blank.body.code]).toEqual([400, 'commitment.closure_reason_required']);

    const closed = await member.client.request<CommitmentBody & { trackingClosedReason: string; trackingClosedAt: string }>('POST', `/v1/commitments/${commitmentId}/tracking/close`, {
      body: { reason: '各里程碑均已完成，經第 9 次會議確認。' },
    });
    expect(closed.status).toBe(201);
    expect(await commitment(commitmentId)).toMatchObject({ tracking: 'closed', trackingClosedReason: '各里程碑均已完成，經第 9 次會議確認。' });
    const late = await officer.client.request<ErrorBody>('POST', `/v1/commitments/${commitmentId}/progress`, { body: { quarter: '2027-Q1', text: { 'zh-TW': '補報' }, completion: 'complete' } });
    expect([late.status, late.body.code]).toEqual([409, 'commitment.tracking_closed']);
    const twice = await member.client.request<ErrorBody>('POST', `/v1/commitments/${commitmentId}/tracking/close`, { body: { reason: '再次' } });
    expect([twice.status, twice.body.code]).toEqual([409, 'commitment.tracking_closed']);
    const [audit] = await dataSource.query<{ reason: string }[]>(`SELECT reason FROM audit_log WHERE subject_id = $1 AND action = 'commitment.close_tracking'`, [commitmentId]);
    expect(audit?.reason).toBe('各里程碑均已完成，經第 9 次會議確認。');
  });
});
