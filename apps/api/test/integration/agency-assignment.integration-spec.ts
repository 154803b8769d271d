import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { proposalFactory } from '../factories/proposal.factory';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';

const DAY = 24 * 60 * 60 * 1000;

describe('a moderator names the agencies of a proposal that reached its threshold without one', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let db: DataSource;
  let make: ReturnType<typeof proposalFactory>;
  let moderator: TestPerson;
  let agencyId: string;

  /** As the routing job leaves it: threshold reached, no suggested agency, review item open. */
  const awaitingAgency = async () => {
    const reachedAt = new Date(Date.now() - 2 * DAY);
    const proposal = await make.proposal({ status: 'threshold_reached', cosignCount: 5000, thresholdReachedAt: reachedAt, suggestedAgencyIds: [] });
    await db.query('INSERT INTO taskforce_review_items (proposal_id) VALUES ($1)', [proposal.id]);
    return { id: proposal.id, reachedAt };
  };
  const assign = (proposalId: string, agencyIds: string[], who = moderator) =>
    who.client.request<{ proposalId: string; requestsCreated: number; code?: string; errors?: { field: string; code: string }[] }>('POST', `/v1/moderation/proposals/${proposalId}/agencies`, { body: { agencyIds } });

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    db = app.get(DataSource);
    await seedReferenceData(db);
    make = proposalFactory(db);
    moderator = await signedInPerson(app, baseUrl, { roles: [{ kind: 'moderator' }] });
    [{ id: agencyId }] = await db.query<{ id: string }[]>(`SELECT id FROM agencies WHERE code = 'ndc'`);
  });
  afterAll(() => app.close());

  it('routes it: one request per agency, due 60 days after the threshold, the proposal routed, the assignment audited', async () => {
    const proposal = await awaitingAgency();
    const res = await assign(proposal.id, [agencyId, agencyId]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ proposalId: proposal.id, requestsCreated: 1 });
    const [row] = await db.query<{ status: string; routed_agency_ids: string[] }[]>('SELECT status, routed_agency_ids FROM proposals WHERE id = $1', [proposal.id]);
    expect(row).toEqual({ status: 'routed', routed_agency_ids: [agencyId] });
    const requests = await db.query<{ agency_id: string; due_at: Date }[]>('SELECT agency_id, due_at FROM agency_response_requests WHERE proposal_id = $1', [proposal.id]);
    expect(requests.map((r) => r.agency_id)).toEqual([agencyId]);
    expect(Math.abs(requests[0].due_at.getTime() - (proposal.reachedAt.getTime() + 60 * DAY))).toBeLessThan(2 * DAY);
    const audit = await db.query<{ actor_id: string }[]>(`SELECT actor_id FROM audit_log WHERE subject_id = $1 AND action = 'proposal.route'`, [proposal.id]);
    expect(audit.map((a) => a.actor_id)).toEqual([moderator.id]);
  });

  it('refuses a second assignment (409), an unknown agency (400) and a proposal not at its threshold (409), changing nothing', async () => {
    const proposal = await awaitingAgency();
    const unknown = await assign(proposal.id, [randomUUID()]);
    expect([unknown.status, unknown.body.errors?.[0]?.code]).toEqual([400, 'unknown_agency']);
    expect((await db.query<{ status: string }[]>('SELECT status FROM proposals WHERE id = $1', [proposal.id]))[0].status).toBe('threshold_reached');
    expect((await assign(proposal.id, [agencyId])).status).toBe(200);
    const again = await assign(proposal.id, [agencyId]);
    expect([again.status, again.body.code]).toEqual([409, 'conflict']);
    const open = await make.proposal();
    expect((await assign(open.id, [agencyId])).status).toBe(409);
    expect((await assign(randomUUID(), [agencyId])).status).toBe(404);
    const empty = await assign(proposal.id, []);
    expect(empty.status).toBe(400);
  });

  it('is for moderators only', async () => {
    const citizen = await signedInPerson(app, baseUrl);
    const proposal = await awaitingAgency();
    expect((await assign(proposal.id, [agencyId], citizen)).status).toBe(403);
  });
});
