import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { proposalFactory } from '../factories/proposal.factory';
import { PASSWORD, signedInClient } from '../utils/accounts-helpers';
import { signedInPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';
import { CookieClient } from '../utils/cookie-client';
import { PERSONAS, createPeople, newPerson, type MatrixAgencies, type People, type Persona } from './personas';
import { ROUTE_TABLE, type Expected, type RouteContext } from './route-table';

/** A commitment of nap-1 the agency is responsible for, written directly: only the task force can create one through the API. */
const matrixCommitment = async (dataSource: DataSource, agencyId: string): Promise<string> => {
  const [row] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO commitments (plan_id, area_code, title_zh_tw, origin, responsible_agency_ids)
     SELECT id, 'open-data', '矩陣承諾', 'government', ARRAY[$1::uuid] FROM action_plans WHERE code = 'nap-1' RETURNING id`,
    [agencyId],
  );
  return row.id;
};

const insertedId = async (dataSource: DataSource, sql: string, parameters: unknown[]): Promise<string> => {
  const [row] = await dataSource.query<{ id: string }[]>(sql, parameters);
  return row.id;
};

/** Two agencies: the matrix's request and commitment belong to the first. */
const matrixAgencies = async (dataSource: DataSource): Promise<MatrixAgencies> => {
  const agency = (code: string): Promise<string> =>
    insertedId(dataSource, `INSERT INTO agencies (code, name_zh_tw, name_en) VALUES ($1, $2, $3) RETURNING id`, [`${code}-${Date.now().toString(36)}`, `矩陣${code}`, `Matrix ${code}`]);
  return { right: await agency('right'), wrong: await agency('wrong') };
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const matches = (expected: Expected, status: number): boolean => {
  switch (expected) {
    case 'any':
      return status !== 401 && status !== 403;
    case 'ok':
      return status !== 401 && status !== 403 && status < 500;
    case 401:
    case 403:
    case 404:
      return status === expected;
  }
};

describe('authorization matrix: every route × every persona', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let people: People;
  let agencies: MatrixAgencies;
  let ctx: RouteContext;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    const dataSource = app.get(DataSource);
    await seedReferenceData(dataSource);
    agencies = await matrixAgencies(dataSource);
    people = await createPeople(app, baseUrl, agencies);
    const factory = proposalFactory(dataSource);
    const draft = await people.owner.client.request<{ id: string }>('POST', '/v1/proposals', { body: { title: '擁有者的草稿' } });
    const open = await factory.proposal({ status: 'open' });
    const commentBy = async (client: CookieClient): Promise<string> =>
      (await client.request<{ id: string }>('POST', `/v1/proposals/${open.id}/comments`, { body: { body: '留言', stance: 'support' } })).body.id;
    const commenter = await signedInPerson(app, baseUrl, { tier: 'email' });
    const routed = await factory.proposal({ status: 'routed', routedAt: new Date(), routedAgencyIds: [agencies.right], suggestedAgencyIds: [agencies.right] });
    const login = await signedInClient(baseUrl);
    let counter = 0;
    ctx = {
      draftOfOwner: draft.body.id,
      inReview: (await factory.proposal({ status: 'in_review', publishedAt: null, cosignDeadline: null })).id,
      open: open.id,
      commentOfOwner: await commentBy(people.owner.client),
      commentOfOther: await commentBy(commenter.client),
      commitment: await matrixCommitment(dataSource, agencies.right),
      reviewItem: await insertedId(dataSource, 'INSERT INTO taskforce_review_items (proposal_id) VALUES ($1) RETURNING id', [routed.id]),
      meeting: await insertedId(dataSource, `INSERT INTO taskforce_meetings (held_on, title) VALUES ('2025-09-15', '矩陣會議') RETURNING id`, []),
      agencyRequest: await insertedId(
        dataSource,
        `INSERT INTO agency_response_requests (proposal_id, agency_id, due_at) VALUES ($1, $2, now() + interval '60 days') RETURNING id`,
        [routed.id, agencies.right],
      ),
      adminTarget: (await factory.user()).id,
      login: { email: login.email, password: PASSWORD },
      unique: () => `matrix-${Date.now().toString(36)}-${(counter += 1)}`,
    };
    // Eleven people registered through argon2 and the resources they are tried on: slow on a shared 2-core box.
  }, 180_000);
  afterAll(() => app.close());

  it('lists every route of the OpenAPI document, and no route that does not exist', async () => {
    const document = (await (await fetch(`${baseUrl}/api/docs-json`)).json()) as { paths: Record<string, Partial<Record<string, unknown>>> };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      METHODS.filter((m) => operations[m] !== undefined).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(Object.keys(ROUTE_TABLE).sort()).toEqual(documented.sort());
  });

  const cases = Object.entries(ROUTE_TABLE).flatMap(([route, spec]) => PERSONAS.map((persona) => [route, persona, spec.expect[persona]] as const));

  it.each(cases)('%s as %s → %s', async (route, persona: Persona, expected) => {
    const spec = ROUTE_TABLE[route];
    if (spec === undefined) throw new Error(`no spec for ${route}`);
    const [method = 'GET', template = ''] = route.split(' ');
    const path = (spec.path?.(ctx) ?? template).replace(/^\/api/, '');
    const client =
      spec.freshPerson ? (await newPerson(app, baseUrl, persona, agencies)).client : people[persona].client;
    const body = spec.body?.(ctx);
    const response = await client.request(method, path, body === undefined ? {} : { body });
    if (!matches(expected, response.status)) {
      throw new Error(`${route} as ${persona}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
    }
  });
});
