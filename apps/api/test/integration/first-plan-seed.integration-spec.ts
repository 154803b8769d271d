import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createTestDatabase, dropTestDatabase, newTestRunId } from '@open-proposals/tools/platform/databases';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { seedDemoData } from '../../src/database/seed/demo-data.seed';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { startTestApi, testConfig } from '../utils/test-app';
import { testServices } from '../utils/test-environment';

/** The 19 titles in document order (NDC progress report, 叁、三), as the tracker must list them. */
const TITLES = [
  '完備政府資料開放與再利用制度',
  '建立開放資料集平台，提供加值運用',
  '強化數位隱私與個資保護',
  '落實政府資訊公開法之資訊取用權',
  '環境領域的資訊揭露',
  '全國性公民投票案電子連署',
  '青年政策參與',
  '地方創生互動平台機制建置',
  '鼓勵勞工籌組工會',
  '將開放政府觀念納入公民與社會課程與教學推動範圍，強化教師增能',
  '促進性別包容對話與參與',
  '促進新住民公共參與及發展',
  '擴大原住民族跨域參與及國際接軌',
  '推動客家議題公共參與',
  '強化政治獻金透明化',
  '建置與精進機關採購廉政平台',
  '推動揭弊者保護法立法',
  '實質受益人資訊透明',
  '執行宗教團體財務透明之相關政策，阻絕洗錢漏洞',
];

interface Summary {
  id: string;
  code: string | null;
  areaCode: string;
  title: { 'zh-TW': string; en: string };
  origin: string;
}

/** Seeding is checked on a database of its own: the run's shared one holds other suites' proposals. */
describe('seeding the first action plan', () => {
  const { serverUrl } = testServices();
  const database = `op_test_seed_${newTestRunId()}`;
  let dataSource: DataSource;
  let app: NestFastifyApplication;
  let baseUrl: string;

  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${baseUrl}/api${path}`);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  const count = async (sql: string): Promise<number> => Number((await dataSource.query<{ n: string }[]>(sql))[0]?.n);
  const referenceCounts = async (): Promise<Record<string, number>> => ({
    plans: await count('SELECT count(*) AS n FROM action_plans'),
    areas: await count('SELECT count(*) AS n FROM areas'),
    commitments: await count('SELECT count(*) AS n FROM commitments'),
    seats: await count('SELECT count(*) AS n FROM taskforce_seats'),
    cycles: await count('SELECT count(*) AS n FROM participation_cycles'),
    agencies: await count('SELECT count(*) AS n FROM agencies'),
    creations: await count("SELECT count(*) AS n FROM audit_log WHERE action = 'commitment.create'"),
  });

  beforeAll(async () => {
    const url = await createTestDatabase(serverUrl, database);
    dataSource = await new DataSource(dataSourceOptions(url, 4)).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    ({ app, baseUrl } = await startTestApi(testConfig({ DATABASE_URL: url })));
    await seedReferenceData(dataSource);
  });
  afterAll(async () => {
    await app.close();
    await dataSource.destroy();
    await dropTestDatabase(serverUrl, database);
  });

  it('lists the five areas and the 19 commitments in document order, 5/5/4/3/2, numbered nap-1-<area>.<item>', async () => {
    const plan = await get<{ areas: { code: string }[] }>('/v1/action-plans/nap-1');
    expect(plan.areas.map((a) => a.code)).toEqual(['open-data', 'public-participation', 'inclusion', 'integrity', 'anti-money-laundering']);
    const { items } = await get<{ items: Summary[] }>('/v1/action-plans/nap-1/commitments');
    expect(items.map((c) => c.title['zh-TW'])).toEqual(TITLES);
    const perArea = plan.areas.map((a) => items.filter((c) => c.areaCode === a.code).length);
    expect(perArea).toEqual([5, 5, 4, 3, 2]);
    expect(items.map((c) => c.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2'].map((n) => `nap-1-${n}`));
    expect(items.every((c) => c.title.en.trim() !== '')).toBe(true);
  });

  it('records every origin as unknown, no invented agency, and the plan’s 12/6/1 breakdown with its source', async () => {
    const { items } = await get<{ items: Summary[] }>('/v1/action-plans/nap-1/commitments');
    expect(new Set(items.map((c) => c.origin))).toEqual(new Set(['unknown']));
    const detail = await get<{ code: string; origin: string; responsibleAgencyIds: string[]; description: { 'zh-TW': string; en: string } }>(`/v1/commitments/${items[17]?.id}`);
    expect(detail).toMatchObject({ code: 'nap-1-5.1', origin: 'unknown', responsibleAgencyIds: [] });
    expect(detail.description['zh-TW']).toBe('確保「商工登記公示資料查詢服務」及「公司負責人及主要股東資訊申報平台」兩大平台查詢及申報資料正確性，並推動信託業依相關法令辦理公益信託客戶資訊揭露。');
    expect(detail.description.en).toContain('charitable trusts');
    const plan = await get<{ originSummary: { counts: Record<string, number>; source: { 'zh-TW': string } } }>('/v1/action-plans/nap-1');
    expect(plan.originSummary.counts).toEqual({ government: 12, citizen_proposal: 6, civil_member: 1 });
    expect(plan.originSummary.source['zh-TW']).toContain('政府提案 12 項、民眾提案 6 項、推動小組民間委員提案 1 項');
  });

  it('serves the task force’s structure in both languages, naming only whom the document names', async () => {
    const structure = await get<{
      establishedIn: string;
      meetingFrequency: string;
      seats: { code: string; role: string; side: string; holder: { 'zh-TW': string; en: string } | null; seatCount: number | null }[];
    }>('/v1/taskforce/structure');
    expect(structure).toMatchObject({ establishedIn: '2020-08', meetingFrequency: 'quarterly' });
    expect(structure.seats.map((s) => [s.role, s.side, s.holder?.['zh-TW'] ?? null, s.seatCount])).toEqual([
      ['convener', 'government', '唐鳳', 1],
      ['co_convener', 'government', '龔明鑫', 1],
      ['co_convener', 'civil', '彭啟明', 1],
      ['member', 'government', null, null],
      ['member', 'civil', null, 12],
    ]);
    expect(structure.seats[0]?.holder?.en).toBe('Audrey Tang');
  });

  it('is idempotent, also on two replicas at once, and never overwrites what admins recorded later', async () => {
    const before = await referenceCounts();
    expect(before).toMatchObject({ plans: 1, areas: 5, commitments: 19, seats: 5, creations: 19 });
    const [{ id }] = await dataSource.query<{ id: string }[]>("SELECT id FROM commitments WHERE code = 'nap-1-2.2'");
    const [{ user }] = await dataSource.query<{ user: string }[]>(
      "INSERT INTO users (email, password_hash, display_name) VALUES ('seed-admin@example.invalid', 'x', '管理者') RETURNING id AS user",
    );
    await dataSource.query("INSERT INTO commitment_progress_updates (commitment_id, quarter, text_zh_tw, completion, reported_by) VALUES ($1, '2021-Q3', '辦理 2 場', 'limited', $2)", [id, user]);
    await dataSource.query("INSERT INTO commitment_milestones (commitment_id, title_zh_tw, due_on, status) VALUES ($1, '上線', '2022-06-30', 'done')", [id]);
    await dataSource.query("UPDATE commitments SET origin = 'government', tracking = 'closed', title_zh_tw = '被改錯的標題' WHERE id = $1", [id]);

    await Promise.all([seedReferenceData(dataSource), seedReferenceData(dataSource)]);
    await seedReferenceData(dataSource);

    expect(await referenceCounts()).toEqual(before);
    const [after] = await dataSource.query<Record<string, unknown>[]>(
      `SELECT c.origin, c.tracking, c.title_zh_tw,
              (SELECT count(*)::int FROM commitment_progress_updates u WHERE u.commitment_id = c.id) AS progress,
              (SELECT count(*)::int FROM commitment_milestones m WHERE m.commitment_id = c.id) AS milestones
         FROM commitments c WHERE c.id = $1`,
      [id],
    );
    // The text is the plan's (restored); origin, tracking, progress and milestones are the admins'.
    expect(after).toEqual({ origin: 'government', tracking: 'closed', title_zh_tw: '青年政策參與', progress: 1, milestones: 1 });
  });

  it('writes no demo data in production or test mode', async () => {
    await expect(seedDemoData(dataSource, 'production')).resolves.toEqual({ kind: 'skipped', reason: 'not_development' });
    await expect(seedDemoData(dataSource, 'test')).resolves.toEqual({ kind: 'skipped', reason: 'not_development' });
    expect(await count('SELECT count(*) AS n FROM proposals')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM users WHERE is_demo')).toBe(0);
  });

  it('seeds marked demo data in development, in every public state plus rejected and in review, once', async () => {
    const [first, second] = await Promise.all([seedDemoData(dataSource, 'development'), seedDemoData(dataSource, 'development')]);
    const outcomes = [first, second].map((o) => o.kind).sort();
    expect(outcomes).toEqual(['seeded', 'skipped']);
    await expect(seedDemoData(dataSource, 'development')).resolves.toEqual({ kind: 'skipped', reason: 'has_proposals' });

    const statuses = await dataSource.query<{ status: string }[]>('SELECT DISTINCT status FROM proposals ORDER BY status');
    expect(statuses.map((s) => s.status)).toEqual(
      ['adopted', 'declined', 'duplicate', 'expired', 'in_review', 'merged', 'open', 'referred', 'rejected', 'routed', 'threshold_reached'].sort(),
    );
    expect(await count("SELECT count(*) AS n FROM proposals WHERE NOT is_demo OR title NOT LIKE '【示範】%'")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM users WHERE is_demo AND email LIKE '%.invalid' AND display_name LIKE '%示範%'")).toBe(6);
    expect(await count('SELECT count(*) AS n FROM users WHERE NOT is_demo AND email LIKE \'%demo.open-proposals.invalid\'')).toBe(0);
    // Counts are exact: every co-sign is a row, and the proposer never co-signs their own.
    expect(await count('SELECT count(*) AS n FROM proposals p WHERE p.cosign_count <> (SELECT count(*) FROM cosigns c WHERE c.proposal_id = p.id)')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM cosigns c JOIN proposals p ON p.id = c.proposal_id WHERE c.user_id = p.proposer_id')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM cosigns')).toBeGreaterThan(10);
    // The routed one waits for the task force and the agency; nothing went to the outbox.
    expect(await count("SELECT count(*) AS n FROM taskforce_review_items i JOIN proposals p ON p.id = i.proposal_id WHERE p.status = 'routed'")).toBe(1);
    expect(await count('SELECT count(*) AS n FROM outbox')).toBe(0);

    const list = await get<{ items: { id: string; title: string; status: string; isDemo: boolean }[]; total: number }>('/v1/proposals?pageSize=20');
    expect(list.total).toBe(10);
    expect(list.items.every((p) => p.isDemo && p.title.startsWith('【示範】'))).toBe(true);
    const merged = list.items.find((p) => p.status === 'merged');
    const detail = await get<{ isDemo: boolean; decision: { outcome: string }; timeline: { action: string }[] }>(`/v1/proposals/${merged?.id}`);
    expect(detail).toMatchObject({ isDemo: true, decision: { outcome: 'merge' } });
    expect(detail.timeline.length).toBeGreaterThan(3);
    expect(await referenceCounts()).toMatchObject({ commitments: 19, cycles: 2 });
  });
});
