import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { DATASETS } from '../../src/open-data/open-data-catalog';
import { OpenDataRepository } from '../../src/open-data/open-data.repository';
import { proposalFactory } from '../factories/proposal.factory';
import { removeAllProposals } from '../utils/clean-slate';
import { CookieClient } from '../utils/cookie-client';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';
import { parseCsv } from '../utils/rfc4180';

const DAY = 24 * 60 * 60 * 1000;
const VOTES = { government: { for: 5, against: 1, abstain: 0 }, civil: { for: 8, against: 3, abstain: 1 } };
/** Every character that could break a CSV row, and a leading = that a spreadsheet would run as a formula. */
const TRICKY_TITLE = '=HYPERLINK("http://evil.example","點我"), 逗號\n第二行 "引號"';

interface Catalogue {
  version: string;
  licence: { name: { 'zh-TW': string; en: string }; url: string };
  datasets: { id: string; formats: { csv: string; json: string }; columns: { name: string; type: string }[] }[];
}
interface DatasetDocument {
  dataset: string;
  version: string;
  licence: { url: string };
  generatedAt: string;
  items: Record<string, unknown>[];
}
interface Stats {
  proposalsByStage: { stage: string; count: number }[];
  proposalsByArea: { areaCode: string; title: { 'zh-TW': string; en: string }; count: number }[];
  thresholdReach: { published: number; reached: number; share: number | null };
  medianDaysPerStage: { stage: string; medianDays: number | null; samples: number }[];
  leadingCosignCurves: { proposalId: string; title: string; threshold: number; points: { day: string; cumulative: number }[] }[];
  agencyOnTime: { agencyId: string; code: string; due: number; onTime: number; late: number; onTimeRate: number | null; medianDaysToRespond: number | null }[];
  commitmentCompletionByArea: { areaCode: string; total: number; byCompletion: Record<string, number> }[];
}

describe('open data: catalogue, CSV and JSON datasets, statistics', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let dataSource: DataSource;
  let factory: ReturnType<typeof proposalFactory>;
  let visitor: CookieClient;
  let moderator: TestPerson;
  let member: TestPerson;
  let cosigners: TestPerson[];
  /** Everything about a person that no export may contain. */
  const secrets: string[] = [];
  const ids: Record<'cosigned' | 'adopted' | 'published' | 'expired' | 'inReview' | 'returned' | 'rejected' | 'draft', string> = {
    cosigned: '', adopted: '', published: '', expired: '', inReview: '', returned: '', rejected: '', draft: '',
  };
  let commitmentId = '';
  let agencies: { prompt: string; slow: string };

  const get = (path: string, headers: Record<string, string> = {}): Promise<Response> => fetch(`${baseUrl}/api${path}`, { headers });
  const catalogue = async (): Promise<Catalogue> => (await visitor.request<Catalogue>('GET', '/v1/open-data')).body;
  const jsonDataset = async (id: string): Promise<DatasetDocument> => (await get(`/v1/open-data/${id}.json`)).json() as Promise<DatasetDocument>;
  const stats = async (): Promise<Stats> => (await get('/v1/stats')).json() as Promise<Stats>;

  /** Keeps what identifies a person, to search every export for it. */
  const remember = async (person: { id: string }, label: string): Promise<void> => {
    const displayName = `${label}-${randomUUID().slice(0, 8)}`;
    await dataSource.query('UPDATE users SET display_name = $2 WHERE id = $1', [person.id, displayName]);
    const [row] = await dataSource.query<{ email: string; phone: string | null }[]>('SELECT email, phone FROM users WHERE id = $1', [person.id]);
    secrets.push(person.id, displayName, row.email, ...(row.phone === null ? [] : [row.phone, row.phone.replace('+886', '0')]));
  };

  const newAgency = async (code: string): Promise<string> => {
    const [row] = await dataSource.query<{ id: string }[]>('INSERT INTO agencies (code, name_zh_tw, name_en) VALUES ($1, $2, $3) RETURNING id', [code, `機關 ${code}`, `Agency ${code}`]);
    return row.id;
  };
  const request = async (proposalId: string, agencyId: string, createdDaysAgo: number, dueInDays: number): Promise<string> => {
    const [row] = await dataSource.query<{ id: string }[]>(
      'INSERT INTO agency_response_requests (proposal_id, agency_id, created_at, due_at) VALUES ($1, $2, $3, $4) RETURNING id',
      [proposalId, agencyId, new Date(Date.now() - createdDaysAgo * DAY), new Date(Date.now() + dueInDays * DAY)],
    );
    return row.id;
  };

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    dataSource = app.get(DataSource);
    await seedReferenceData(dataSource);
    // The statistics count the whole platform, so this suite starts from no proposals and no decisions.
    await removeAllProposals(dataSource);
    await dataSource.query(`DELETE FROM audit_log WHERE subject_type = 'proposal'`);
    factory = proposalFactory(dataSource);
    visitor = new CookieClient(baseUrl);
    moderator = await signedInPerson(app, baseUrl, { roles: [{ kind: 'citizen' }, { kind: 'moderator' }] });
    member = await signedInPerson(app, baseUrl, { roles: [{ kind: 'citizen' }, { kind: 'task_force_member', side: 'civil', role: 'member' }] });
    cosigners = [await signedInPerson(app, baseUrl), await signedInPerson(app, baseUrl), await signedInPerson(app, baseUrl)];
    for (const [i, person] of cosigners.entries()) await remember(person, `Cosigner${i}`);
    await remember(moderator, 'Moderator');
    await remember(member, 'Member');

    const proposer = await factory.user({ email: `proposer-${randomUUID()}@example.tw`, displayName: `Proposer-${randomUUID().slice(0, 8)}`, phone: `+8869${Date.now().toString().slice(-8)}` });
    await remember(proposer, 'Proposer');
    const small = await factory.cycle({ threshold: 3 });
    const now = Date.now();

    // Published one day after submission, co-signed to its threshold of 3 through the API below.
    ids.cosigned = (await factory.proposal({ proposerId: proposer.id, cycleId: small.id, title: TRICKY_TITLE, areaCode: 'open-data', publishedAt: new Date(now - DAY), submittedAt: new Date(now - 2 * DAY) })).id;
    // Routed after reaching 5,000 in four days; the task force adopts it below.
    ids.adopted = (
      await factory.proposal({
        proposerId: proposer.id, status: 'routed', areaCode: 'open-data', cosignCount: 5000,
        submittedAt: new Date(now - 12 * DAY), publishedAt: new Date(now - 10 * DAY), thresholdReachedAt: new Date(now - 6 * DAY), routedAt: new Date(now - 5 * DAY),
      })
    ).id;
    ids.expired = (await factory.proposal({ proposerId: proposer.id, status: 'expired', areaCode: 'general', cosignCount: 1, submittedAt: new Date(now - 91 * DAY), publishedAt: new Date(now - 90 * DAY), expiredAt: new Date(now - 30 * DAY) })).id;
    const inReview = (overrides: { areaCode: string }) =>
      factory.proposal({ proposerId: proposer.id, status: 'in_review', publishedAt: null, cosignDeadline: null, submittedAt: new Date(now - 3 * DAY), ...overrides });
    ids.published = (await inReview({ areaCode: 'integrity' })).id;
    ids.rejected = (await inReview({ areaCode: 'inclusion' })).id;
    ids.returned = (await inReview({ areaCode: 'integrity' })).id;
    ids.inReview = (await inReview({ areaCode: 'integrity' })).id;
    ids.draft = (await factory.proposal({ proposerId: proposer.id, status: 'draft', publishedAt: null, cosignDeadline: null, submittedAt: null })).id;

    // Moderation through the API, so that the audit log records each decision as it does in production.
    const moderate = async (id: string, action: string, body?: unknown): Promise<void> => {
      const res = await moderator.client.request('POST', `/v1/moderation/proposals/${id}/${action}`, body === undefined ? {} : { body });
      if (res.status !== 200 && res.status !== 201) throw new Error(`${action} answered ${res.status}: ${JSON.stringify(res.body)}`);
    };
    await moderate(ids.published, 'publish');
    await moderate(ids.rejected, 'reject', { code: 'commercial' });
    await moderate(ids.returned, 'return', { note: '請補充現況說明' });

    // Three co-signs through the API; then spread over Taipei days: 23:59:59 and 00:00:00 fall on different days.
    for (const person of cosigners) {
      const res = await person.client.request('POST', `/v1/proposals/${ids.cosigned}/cosigns`, { body: {} });
      if (res.status !== 201 && res.status !== 200) throw new Error(`co-sign answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
    const times = ['2025-03-01T15:59:59Z', '2025-03-01T16:00:00Z', '2025-03-04T02:00:00Z'];
    for (const [i, person] of cosigners.entries()) {
      await dataSource.query('UPDATE cosigns SET created_at = $3 WHERE proposal_id = $1 AND user_id = $2', [ids.cosigned, person.id, times[i]]);
    }

    // Agency responses: "prompt" answers two requests on time (one after an extension), "slow" lets one go overdue and has one pending.
    agencies = { prompt: await newAgency(`prompt-${randomUUID().slice(0, 6)}`), slow: await newAgency(`slow-${randomUUID().slice(0, 6)}`) };
    const officer = await signedInPerson(app, baseUrl, { roles: [{ kind: 'agency_officer', agencyId: agencies.prompt }] });
    await remember(officer, 'Officer');
    const answered = await request(ids.adopted, agencies.prompt, 20, 40);
    const extended = await request(ids.expired, agencies.prompt, 30, 1);
    await request(ids.cosigned, agencies.slow, 70, -10);
    await request(ids.published, agencies.slow, 5, 55);
    const extension = await officer.client.request('POST', `/v1/agency/requests/${extended}/extension`, { body: { reason: '需跨部會協調', newDueAt: new Date(now + 30 * DAY).toISOString() } });
    expect(extension.status).toBe(201);
    for (const requestId of [answered, extended]) {
      const res = await officer.client.request('POST', `/v1/agency/requests/${requestId}/response`, { body: { points: [{ body: '已辦理。' }] } });
      expect(res.status).toBe(201);
    }

    // The task force adopts the routed proposal (its review item opened five days ago); the commitment gets milestones and progress.
    const [item] = await dataSource.query<{ id: string }[]>('INSERT INTO taskforce_review_items (proposal_id, created_at) VALUES ($1, $2) RETURNING id', [ids.adopted, new Date(now - 5 * DAY)]);
    const decision = await member.client.request<{ commitmentId: string }>('POST', `/v1/taskforce/review-items/${item.id}/decision`, {
      body: { outcome: 'adopt', rationale: '具體可行', votes: VOTES, commitment: { title: { 'zh-TW': '公開會議紀錄', en: 'Publish minutes' }, description: { 'zh-TW': '建立統一平台' }, areaCode: 'open-data' } },
    });
    expect(decision.status).toBe(200);
    commitmentId = decision.body.commitmentId;
    for (const milestone of [{ title: { 'zh-TW': '完成盤點' }, dueOn: '2026-03-31', status: 'done', evidenceUrl: 'https://example.gov.tw/a.pdf' }, { title: { 'zh-TW': '上線' }, dueOn: '2026-12-31' }]) {
      expect((await member.client.request('POST', `/v1/commitments/${commitmentId}/milestones`, { body: milestone })).status).toBe(201);
    }
    expect((await member.client.request('POST', `/v1/commitments/${commitmentId}/progress`, { body: { quarter: '2026-Q1', text: { 'zh-TW': '進行中' }, completion: 'limited' } })).status).toBe(201);
    // A government commitment in another area, never assessed.
    await dataSource.query(`INSERT INTO commitments (plan_id, area_code, title_zh_tw, origin) SELECT id, 'integrity', '政府承諾', 'government' FROM action_plans WHERE code = 'nap-1'`);
    // Eight people register through the API (argon2 on shared cores) before the data is built.
  }, 180_000);
  afterAll(() => app.close());

  it('publishes the catalogue with the licence and, per dataset, both formats and its documented columns', async () => {
    const body = await catalogue();
    expect(body.version).toBe('1');
    expect(body.licence).toEqual({ name: { 'zh-TW': '政府資料開放授權條款－第1版', en: 'Open Government Data License, version 1.0' }, url: 'https://data.gov.tw/license' });
    expect(body.datasets.map((d) => d.id)).toEqual(['proposals', 'cosign-daily-counts', 'moderation-outcomes', 'agency-responses', 'taskforce-decisions', 'commitments', 'commitment-milestones']);
    for (const dataset of body.datasets) {
      expect(dataset.formats).toEqual({ csv: `/api/v1/open-data/${dataset.id}.csv`, json: `/api/v1/open-data/${dataset.id}.json` });
      expect(dataset.columns.length).toBeGreaterThan(0);
    }
  });

  it('serves every dataset as CSV with a BOM, CRLF rows and exactly the documented header, as an attachment', async () => {
    for (const dataset of (await catalogue()).datasets) {
      const res = await get(dataset.formats.csv.replace(/^\/api/, ''));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="open-proposals-${dataset.id}.csv"`);
      expect(res.headers.get('cache-control')).toBe('public, max-age=300');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header] = parseCsv(bytes.subarray(3).toString('utf8'));
      expect(header).toEqual(dataset.columns.map((c) => c.name));
    }
  });

  it('serves every dataset as JSON whose items have exactly the documented keys', async () => {
    for (const dataset of (await catalogue()).datasets) {
      const body = await jsonDataset(dataset.id);
      expect(body).toMatchObject({ dataset: dataset.id, version: '1', licence: { url: 'https://data.gov.tw/license' } });
      expect(Number.isNaN(Date.parse(body.generatedAt))).toBe(false);
      expect(body.items.length).toBeGreaterThan(0);
      for (const item of body.items) expect(Object.keys(item)).toEqual(dataset.columns.map((c) => c.name));
    }
  });

  it('lists only public proposals, with the same rows in CSV and JSON', async () => {
    const { items } = await jsonDataset('proposals');
    expect(items.map((i) => i.id).sort()).toEqual([ids.cosigned, ids.adopted, ids.published, ids.expired].sort());
    const cosigned = items.find((i) => i.id === ids.cosigned);
    expect(cosigned).toMatchObject({ title: TRICKY_TITLE, status: 'threshold_reached', cosign_count: 3, threshold: 3, area_code: 'open-data' });
    const csv = parseCsv((await (await get('/v1/open-data/proposals.csv')).text()).replace(/^\uFEFF/, ''));
    expect(csv.slice(1).map((row) => row[0]).sort()).toEqual(items.map((i) => i.id).sort());
  });

  it('pages through every dataset by keys without losing or repeating a row', async () => {
    const repository = app.get(OpenDataRepository);
    const now = new Date();
    const collect = async (dataset: (typeof DATASETS)[number], pageSize: number): Promise<Record<string, unknown>[]> => {
      const rows: Record<string, unknown>[] = [];
      for await (const page of repository.pages(dataset, now, pageSize)) rows.push(...page);
      return rows;
    };
    for (const dataset of DATASETS) {
      const whole = await collect(dataset, 500);
      expect(whole.length).toBeGreaterThan(0);
      expect([dataset.id, await collect(dataset, 1)]).toEqual([dataset.id, whole]);
    }
  });

  it('keeps a title with commas, quotes, a newline and a leading = inside one CSV cell, defused with a quote', async () => {
    const text = (await (await get('/v1/open-data/proposals.csv')).text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text);
    const row = rows.find((r) => r[0] === ids.cosigned);
    expect(row).toHaveLength(header.length);
    expect(row?.[header.indexOf('title')]).toBe(`'${TRICKY_TITLE}`);
    // Byte for byte: RFC 4180 doubles the quotes and wraps the whole cell in quotes.
    expect(text).toContain(`"'${TRICKY_TITLE.replace(/"/g, '""')}"`);
  });

  it('counts co-signs per Taipei calendar day with a running total', async () => {
    const { items } = await jsonDataset('cosign-daily-counts');
    expect(items).toEqual([
      { proposal_id: ids.cosigned, day: '2025-03-01', new_cosigns: 1, cumulative: 1 },
      { proposal_id: ids.cosigned, day: '2025-03-02', new_cosigns: 1, cumulative: 2 },
      { proposal_id: ids.cosigned, day: '2025-03-04', new_cosigns: 1, cumulative: 3 },
    ]);
  });

  it('counts moderation decisions by month, area, decision and reason code', async () => {
    const month = new Date(Date.now() + 8 * 60 * 60 * 1000).toISOString().slice(0, 7);
    const { items } = await jsonDataset('moderation-outcomes');
    expect(items).toEqual([
      { month, area_code: 'inclusion', decision: 'rejected', reason_code: 'commercial', count: 1 },
      { month, area_code: 'integrity', decision: 'published', reason_code: null, count: 1 },
      { month, area_code: 'integrity', decision: 'returned', reason_code: null, count: 1 },
    ]);
  });

  it('judges agency responses against the extended due date, as the responsiveness table does', async () => {
    const { items } = await jsonDataset('agency-responses');
    const byProposal = (id: string) => items.find((i) => i.proposal_id === id);
    expect(byProposal(ids.adopted)).toMatchObject({ agency_id: agencies.prompt, extended: false, extension_count: 0, timeliness: 'on_time', on_time: true, days_to_respond: 20 });
    expect(byProposal(ids.expired)).toMatchObject({ extended: true, extension_count: 1, timeliness: 'on_time', on_time: true, days_to_respond: 30 });
    const extended = byProposal(ids.expired);
    expect(Date.parse(String(extended?.due_at)) - Date.parse(String(extended?.original_due_at))).toBeGreaterThan(28 * DAY);
    expect(byProposal(ids.cosigned)).toMatchObject({ agency_id: agencies.slow, timeliness: 'overdue', on_time: false, responded_at: null, days_to_respond: null });
    expect(byProposal(ids.published)).toMatchObject({ timeliness: 'pending', on_time: null });
  });

  it('exports the task-force decision with votes by side, and the commitment with its milestones and completion', async () => {
    expect((await jsonDataset('taskforce-decisions')).items).toEqual([
      expect.objectContaining({
        proposal_id: ids.adopted, outcome: 'adopt', rationale: '具體可行', commitment_id: commitmentId,
        government_for: 5, government_against: 1, government_abstain: 0, civil_for: 8, civil_against: 3, civil_abstain: 1,
      }),
    ]);
    const commitment = (await jsonDataset('commitments')).items.find((i) => i.id === commitmentId);
    expect(commitment).toMatchObject({
      plan_code: 'nap-1', area_code: 'open-data', origin: 'citizen_proposal', source_proposal_id: ids.adopted, completion: 'limited',
      latest_progress_quarter: '2026-Q1', milestones_total: 2, milestones_done: 1, irm_assessment_completion: null,
    });
    const milestones = (await jsonDataset('commitment-milestones')).items.filter((i) => i.commitment_id === commitmentId);
    expect(milestones.map((m) => [m.due_on, m.status, m.evidence_url]).sort()).toEqual([
      ['2026-03-31', 'done', 'https://example.gov.tw/a.pdf'],
      ['2026-12-31', 'planned', null],
    ]);
  });

  it('computes the statistics from the data', async () => {
    const body = await stats();
    const stage = Object.fromEntries(body.proposalsByStage.map((s) => [s.stage, s.count]));
    expect(stage).toEqual({ open: 1, threshold_reached: 1, routed: 0, adopted: 1, merged: 0, referred: 0, declined: 0, expired: 1, duplicate: 0 });
    expect(body.proposalsByArea).toEqual([
      { areaCode: 'open-data', title: { 'zh-TW': '推動資料開放與資訊公開', en: 'Open data and information disclosure' }, count: 2 },
      { areaCode: 'general', title: { 'zh-TW': '一般', en: 'General' }, count: 1 },
      { areaCode: 'integrity', title: { 'zh-TW': '落實清廉施政', en: 'Integrity in government' }, count: 1 },
    ]);
    expect(body.thresholdReach).toEqual({ published: 4, reached: 2, share: 0.5 });
    // review: 1 (co-signed), 2 (adopted), 1 (expired), 3 (published), 3 (rejected) → 2; co-signing: ≈1 and 4 → 2.5.
    expect(body.medianDaysPerStage).toEqual([
      { stage: 'review', medianDays: 2, samples: 5 },
      { stage: 'cosigning', medianDays: 2.5, samples: 2 },
      { stage: 'taskforce', medianDays: 5, samples: 1 },
      { stage: 'agency_response', medianDays: 25, samples: 2 },
    ]);
    expect(body.leadingCosignCurves.map((c) => c.proposalId)).toEqual([ids.adopted, ids.cosigned, ids.expired, ids.published]);
    expect(body.leadingCosignCurves[1]).toEqual({
      proposalId: ids.cosigned, title: TRICKY_TITLE, threshold: 3,
      points: [
        { day: '2025-03-01', cumulative: 1 },
        { day: '2025-03-02', cumulative: 2 },
        { day: '2025-03-03', cumulative: 2 },
        { day: '2025-03-04', cumulative: 3 },
      ],
    });
    expect(body.agencyOnTime.find((a) => a.agencyId === agencies.prompt)).toMatchObject({ due: 2, onTime: 2, late: 0, onTimeRate: 1, medianDaysToRespond: 25 });
    expect(body.agencyOnTime.find((a) => a.agencyId === agencies.slow)).toMatchObject({ due: 1, onTime: 0, late: 1, onTimeRate: 0, medianDaysToRespond: null });
    expect(body.commitmentCompletionByArea).toEqual([
      { areaCode: 'open-data', title: { 'zh-TW': '推動資料開放與資訊公開', en: 'Open data and information disclosure' }, total: 1, byCompletion: { no_evidence: 0, not_started: 0, limited: 1, substantial: 0, complete: 0, unassessed: 0 } },
      { areaCode: 'integrity', title: { 'zh-TW': '落實清廉施政', en: 'Integrity in government' }, total: 1, byCompletion: { no_evidence: 0, not_started: 0, limited: 0, substantial: 0, complete: 0, unassessed: 1 } },
    ]);
  });

  it('agrees with the public agency responsiveness table', async () => {
    const table = (await visitor.request<{ agency: { id: string }; onTimeRate: number | null; medianDaysToRespond: number | null }[]>('GET', '/v1/agencies/responsiveness')).body;
    const body = await stats();
    for (const row of body.agencyOnTime) {
      const published = table.find((t) => t.agency.id === row.agencyId);
      expect({ onTimeRate: row.onTimeRate, medianDaysToRespond: row.medianDaysToRespond }).toEqual({ onTimeRate: published?.onTimeRate, medianDaysToRespond: published?.medianDaysToRespond });
    }
  });

  it('puts no email, phone number, display name or user id in any export or in the statistics', async () => {
    expect(secrets.length).toBeGreaterThan(20);
    const bodies: string[] = [await (await get('/v1/stats')).text(), await (await get('/v1/open-data')).text()];
    for (const dataset of (await catalogue()).datasets) {
      bodies.push(await (await get(`/v1/open-data/${dataset.id}.csv`)).text(), await (await get(`/v1/open-data/${dataset.id}.json`)).text());
    }
    for (const body of bodies) {
      for (const secret of secrets) expect(body.includes(secret) ? secret : null).toBeNull();
    }
  });

  it('answers 404 in the reader’s language for an unknown dataset or format, and 400 for query parameters', async () => {
    for (const path of ['/v1/open-data/nope.csv', '/v1/open-data/nope.json', '/v1/open-data/proposals.xml', '/v1/open-data/proposals']) {
      const res = await visitor.request<{ code: string; message: string }>('GET', path);
      expect([path, res.status, res.body.code]).toEqual([path, 404, 'unknown_dataset']);
      expect(res.body.message).toContain('開放資料集');
    }
    const english = await visitor.request<{ message: string }>('GET', '/v1/open-data/nope.csv', { headers: { 'accept-language': 'en' } });
    expect(english.body.message).toBe('There is no such open dataset or format; the datasets and formats are listed at /api/v1/open-data.');
    for (const path of ['/v1/open-data/proposals.csv?limit=10', '/v1/open-data/proposals.json?after=x', '/v1/open-data?format=xml', '/v1/stats?area=open-data']) {
      const res = await visitor.request<{ code: string; errors: { field: string }[] }>('GET', path);
      expect([path, res.status, res.body.code]).toEqual([path, 400, 'validation_failed']);
      expect(res.body.errors).toHaveLength(1);
    }
  });

  it('answers 304 to a current ETag and a new ETag once the data changes', async () => {
    const first = await get('/v1/open-data/proposals.csv');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    const head = await fetch(`${baseUrl}/api/v1/open-data/proposals.csv`, { method: 'HEAD' });
    expect([head.status, head.headers.get('etag'), head.headers.get('content-disposition')]).toEqual([200, etag, 'attachment; filename="open-proposals-proposals.csv"']);
    const json = await get('/v1/open-data/proposals.json');
    expect(json.headers.get('etag')).not.toBe(etag);
    const again = await get('/v1/open-data/proposals.csv', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const dailyEtag = (await get('/v1/open-data/cosign-daily-counts.json')).headers.get('etag') ?? '';
    const statsEtag = (await get('/v1/stats')).headers.get('etag') ?? '';
    expect((await get('/v1/stats', { 'if-none-match': statsEtag })).status).toBe(304);

    const moderationEtag = (await get('/v1/open-data/moderation-outcomes.csv')).headers.get('etag') ?? '';
    expect((await get('/v1/open-data/moderation-outcomes.csv', { 'if-none-match': moderationEtag })).status).toBe(304);

    const cosigner = await signedInPerson(app, baseUrl);
    expect((await cosigner.client.request('POST', `/v1/proposals/${ids.published}/cosigns`, { body: {} })).status).toBe(201);

    const changed = await get('/v1/open-data/proposals.csv', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await get('/v1/open-data/cosign-daily-counts.json', { 'if-none-match': dailyEtag })).status).toBe(200);
    expect((await get('/v1/open-data/moderation-outcomes.csv', { 'if-none-match': moderationEtag })).status).toBe(304);
    expect((await moderator.client.request('POST', `/v1/moderation/proposals/${ids.inReview}/publish`)).status).toBe(200);
    expect((await get('/v1/open-data/moderation-outcomes.csv', { 'if-none-match': moderationEtag })).status).toBe(200);
    const newStats = await get('/v1/stats', { 'if-none-match': statsEtag });
    expect(newStats.status).toBe(200);
    expect(newStats.headers.get('cache-control')).toBe('public, max-age=60');
  });
});
