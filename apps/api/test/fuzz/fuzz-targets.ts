import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { Role } from '@open-proposals/domain';
import { DataSource } from 'typeorm';
import { toRoleColumns } from '../../src/accounts/role.mapper';
import { UserRoleOrmEntity } from '../../src/accounts/user-role.orm-entity';
import { proposalFactory } from '../factories/proposal.factory';
import { CookieClient } from '../utils/cookie-client';
import { signedInPerson, type TestPerson } from '../utils/people';

const DAY = 24 * 60 * 60 * 1000;

/** Every staff role at once, phone-verified: no route refuses this person before reading the input. */
const STAFF_ROLES: Role[] = [
  { kind: 'citizen' },
  { kind: 'moderator' },
  { kind: 'admin' },
  { kind: 'task_force_member', side: 'government', role: 'convener' },
];

/** Resources the fuzzed routes act on, so that input which passes validation reaches the service behind it. */
export interface FuzzTargets {
  readonly staff: TestPerson;
  readonly visitor: CookieClient;
  readonly agency: string;
  readonly draftOfStaff: string;
  readonly open: string;
  readonly inReview: string;
  readonly commentOfStaff: string;
  readonly commentOfOther: string;
  readonly reviewItem: string;
  readonly agencyRequest: string;
  readonly commitment: string;
  readonly meeting: string;
  readonly otherUser: string;
}

const created = async (label: string, response: Promise<{ status: number; body: unknown }>): Promise<string> => {
  const { status, body } = await response;
  const id = (body as { id?: unknown }).id;
  if (status >= 300 || typeof id !== 'string') throw new Error(`could not create the ${label}: ${status} ${JSON.stringify(body)}`);
  return id;
};

export const createFuzzTargets = async (app: INestApplicationContext, baseUrl: string): Promise<FuzzTargets> => {
  const dataSource = app.get(DataSource);
  const factory = proposalFactory(dataSource);
  const staff = await signedInPerson(app, baseUrl, { tier: 'phone', roles: STAFF_ROLES });
  const code = `fuzz-${randomUUID().slice(0, 8)}`;
  const agency = await created('agency', staff.client.request('POST', '/v1/admin/agencies', { body: { code, nameZhTw: '模糊測試機關', nameEn: 'Fuzz agency' } }));
  await dataSource.getRepository(UserRoleOrmEntity).insert({ userId: staff.id, ...toRoleColumns({ kind: 'agency_officer', agencyId: agency }) });

  const open = (await factory.proposal({ status: 'open' })).id;
  const other = await signedInPerson(app, baseUrl, { tier: 'email' });
  const routed = await factory.proposal({
    status: 'routed',
    cosignCount: 5000,
    thresholdReachedAt: new Date(Date.now() - 3 * DAY),
    routedAt: new Date(Date.now() - 2 * DAY),
    routedAgencyIds: [agency],
    suggestedAgencyIds: [agency],
    agencyResponseDueAt: new Date(Date.now() + 57 * DAY),
  });
  const [reviewItem] = await dataSource.query<{ id: string }[]>('INSERT INTO taskforce_review_items (proposal_id) VALUES ($1) RETURNING id', [routed.id]);
  const [agencyRequest] = await dataSource.query<{ id: string }[]>(
    'INSERT INTO agency_response_requests (proposal_id, agency_id, due_at) VALUES ($1, $2, $3) RETURNING id',
    [routed.id, agency, new Date(Date.now() + 57 * DAY)],
  );
  const [commitment] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO commitments (plan_id, area_code, title_zh_tw, origin) SELECT id, 'open-data', '模糊測試承諾', 'government' FROM action_plans WHERE code = 'nap-1' RETURNING id`,
  );
  const comment = { body: '留言', stance: 'support' };
  return {
    staff,
    visitor: new CookieClient(baseUrl),
    agency,
    draftOfStaff: await created('draft', staff.client.request('POST', '/v1/proposals', { body: { title: '模糊測試草稿' } })),
    open,
    inReview: (await factory.proposal({ status: 'in_review', publishedAt: null, cosignDeadline: null })).id,
    commentOfStaff: await created('comment', staff.client.request('POST', `/v1/proposals/${open}/comments`, { body: comment })),
    commentOfOther: await created('comment', other.client.request('POST', `/v1/proposals/${open}/comments`, { body: comment })),
    reviewItem: reviewItem.id,
    agencyRequest: agencyRequest.id,
    commitment: commitment.id,
    meeting: await created('meeting', staff.client.request('POST', '/v1/taskforce/meetings', { body: { heldOn: '2030-03-15', title: '模糊測試會議' } })),
    otherUser: other.id,
  };
};

/** Which resource each route's path parameter names, where a fixed one lets valid input go deeper. */
const PATH_TARGETS: Readonly<Record<string, (t: FuzzTargets) => string>> = {
  'PUT /api/v1/admin/users/{id}/roles': (t) => t.otherUser,
  'GET /api/v1/agencies/{id}/requests': (t) => t.agency,
  'POST /api/v1/agency/requests/{id}/extension': (t) => t.agencyRequest,
  'POST /api/v1/agency/requests/{id}/response': (t) => t.agencyRequest,
  'PATCH /api/v1/comments/{id}': (t) => t.commentOfStaff,
  'POST /api/v1/comments/{id}/reports': (t) => t.commentOfOther,
  'POST /api/v1/moderation/comments/{id}/hide': (t) => t.commentOfOther,
  'POST /api/v1/moderation/comments/{id}/restore': (t) => t.commentOfOther,
  'POST /api/v1/moderation/proposals/{id}/agencies': (t) => t.open,
  'POST /api/v1/moderation/proposals/{id}/duplicate': (t) => t.inReview,
  'POST /api/v1/moderation/proposals/{id}/reject': (t) => t.inReview,
  'POST /api/v1/moderation/proposals/{id}/return': (t) => t.inReview,
  'PATCH /api/v1/proposals/{id}': (t) => t.draftOfStaff,
  'POST /api/v1/taskforce/meetings/{id}/agenda': (t) => t.meeting,
  'POST /api/v1/taskforce/review-items/{id}/decision': (t) => t.reviewItem,
};

/**
 * A valid value for a path parameter. Routes not listed above still get one (a fresh UUID for an
 * id), so a new route is fuzzed as soon as it is documented: validation runs before the lookup.
 */
export const validPathValue = (operationKey: string, param: string, targets: FuzzTargets): string => {
  const listed = PATH_TARGETS[operationKey];
  if (listed !== undefined && param === 'id') return listed(targets);
  if (operationKey.includes('/proposals/{id}')) return targets.open;
  if (operationKey.includes('/commitments/{id}')) return targets.commitment;
  if (param === 'code') return 'nap-1';
  if (param === 'dataset') return 'proposals';
  return randomUUID();
};
