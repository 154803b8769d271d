import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { proposalFactory } from '../factories/proposal.factory';
import { startTestApi } from '../utils/test-app';
import { removeAllProposals } from '../utils/clean-slate';

const DAY = 24 * 60 * 60 * 1000;

interface Summary { id: string; title: string; status: string; cosignCount: number; threshold: number }
interface PageOf<T> { items: T[]; page: number; pageSize: number; total: number }

describe('public proposal reads', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let ids: Record<string, string>;

  const get = async <T>(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${baseUrl}${path}`, { headers });
    return { status: response.status, body: (await response.json()) as T };
  };
  const titles = (page: PageOf<Summary>): string[] => page.items.map((p) => p.title);

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    const dataSource = app.get(DataSource);
    await removeAllProposals(dataSource);
    const make = proposalFactory(dataSource);
    const now = Date.now();
    const agency = '7d8f3c1e-2b4a-4c5d-9e6f-0a1b2c3d4e5f';
    const open = await make.proposal({ title: '公開各級政府預算資料', areaCode: 'open-data', cosignCount: 120, publishedAt: new Date(now - 3 * DAY), suggestedAgencyIds: [agency] });
    const popular = await make.proposal({ title: '擴大青年參與公共政策', areaCode: 'public-participation', cosignCount: 4100, publishedAt: new Date(now - 10 * DAY) });
    const endingSoon = await make.proposal({ title: '客家語公共服務', cosignCount: 5, publishedAt: new Date(now - 59 * DAY), cosignDeadline: new Date(now + 2 * 60 * 60 * 1000) });
    const reached = await make.proposal({ title: '原住民族資料開放', status: 'threshold_reached', cosignCount: 5001, thresholdReachedAt: new Date(now - DAY), background: '目前原住民族相關統計分散各機關' });
    const draft = await make.proposal({ title: '尚未送出的草稿', status: 'draft', publishedAt: null, cosignDeadline: null });
    const rejected = await make.proposal({ title: '被駁回的提議', status: 'rejected', rejectionCode: 'unclear', rejectedAt: new Date(now - DAY) });
    ids = { open: open.id, popular: popular.id, endingSoon: endingSoon.id, reached: reached.id, draft: draft.id, rejected: rejected.id };
    const trail: [action: string, daysAgo: number, reason: string | null][] = [
      ['proposal.create', 25, null],
      ['proposal.edit', 24, null],
      ['proposal.submit', 22, null],
      ['proposal.return', 21, '請補充現況說明（寫給提議人的私人備註）'],
      ['proposal.submit', 20, null],
      ['proposal.publish', 18, null],
      ['proposal.reach_threshold', 1, null],
      ['proposal.decide', 0.5, '推動小組決議採納'],
    ];
    for (const [action, daysAgo, reason] of trail) {
      await dataSource.query(`INSERT INTO audit_log (action, subject_type, subject_id, occurred_at, reason) VALUES ($1, 'proposal', $2, $3, $4)`, [
        action,
        reached.id,
        new Date(now - daysAgo * DAY),
        reason,
      ]);
    }
  });
  afterAll(() => app.close());

  it('lists only public proposals, newest first, with count and threshold', async () => {
    const { status, body } = await get<PageOf<Summary>>('/api/v1/proposals');
    expect(status).toBe(200);
    expect(body.total).toBe(4);
    expect(titles(body)).toEqual(['原住民族資料開放', '公開各級政府預算資料', '擴大青年參與公共政策', '客家語公共服務']);
    expect(body.items[0]).toMatchObject({ status: 'threshold_reached', cosignCount: 5001, threshold: 5000 });
    expect(JSON.stringify(body)).not.toContain('proposerId');
  });

  it.each([
    ['sort=most_cosigned', ['原住民族資料開放', '擴大青年參與公共政策', '公開各級政府預算資料', '客家語公共服務']],
    // Deadlines are publication + 60 days: published 59, 10, 3 and 1 day(s) ago.
    ['sort=ending_soon', ['客家語公共服務', '擴大青年參與公共政策', '公開各級政府預算資料', '原住民族資料開放']],
    ['status=threshold_reached', ['原住民族資料開放']],
    ['area=open-data', ['公開各級政府預算資料']],
    ['agency=7d8f3c1e-2b4a-4c5d-9e6f-0a1b2c3d4e5f', ['公開各級政府預算資料']],
  ])('filters and sorts: %s', async (query, expected) => {
    const { body } = await get<PageOf<Summary>>(`/api/v1/proposals?${query}`);
    expect(titles(body)).toEqual(expected);
  });

  it.each([
    ['政府', ['公開各級政府預算資料']],
    ['資料', ['原住民族資料開放', '公開各級政府預算資料']],
    ['統計分散', ['原住民族資料開放']],
    ['100%', []],
  ])('finds Chinese text by any substring of two or more characters: %s', async (q, expected) => {
    const { body } = await get<PageOf<Summary>>(`/api/v1/proposals?q=${encodeURIComponent(q)}`);
    expect(titles(body)).toEqual(expected);
  });

  it('paginates', async () => {
    const first = await get<PageOf<Summary>>('/api/v1/proposals?pageSize=3&page=1');
    const second = await get<PageOf<Summary>>('/api/v1/proposals?pageSize=3&page=2');
    expect(first.body).toMatchObject({ page: 1, pageSize: 3, total: 4 });
    expect(first.body.items).toHaveLength(3);
    expect(titles(second.body)).toEqual(['客家語公共服務']);
  });

  it.each([
    ['q=a', 'q'],
    ['pageSize=500', 'pageSize'],
    ['sort=random', 'sort'],
    ['status=draft', 'status'],
    ['colour=blue', 'colour'],
  ])('refuses %s with 400 naming the field, in English on request', async (query, field) => {
    const { status, body } = await get<{ code: string; errors: { field: string; message: string }[] }>(`/api/v1/proposals?${query}`, { 'Accept-Language': 'en' });
    expect(status).toBe(400);
    expect(body.code).toBe('validation_failed');
    expect(body.errors.map((e) => e.field)).toContain(field);
  });

  it('shows one proposal with its public timeline from the audit log: public steps and public reasons only', async () => {
    const { status, body } = await get<{ title: string; background: string; timeline: { action: string; reason: string | null }[] }>(`/api/v1/proposals/${ids.reached}`);
    expect(status).toBe(200);
    expect(body.background).toBe('目前原住民族相關統計分散各機關');
    // Drafting, edits and the moderator's note to the proposer are not the public's.
    expect(body.timeline.map((t) => [t.action, t.reason])).toEqual([
      ['proposal.submit', null],
      ['proposal.submit', null],
      ['proposal.publish', null],
      ['proposal.reach_threshold', null],
      ['proposal.decide', '推動小組決議採納'],
    ]);
  });

  it.each(['draft', 'rejected'])('answers 404 for a %s proposal, which is not public', async (which) => {
    expect((await get(`/api/v1/proposals/${ids[which]}`)).status).toBe(404);
  });

  it('answers 404 for an id that is not a uuid, never 500', async () => {
    expect((await get('/api/v1/proposals/not-a-uuid')).status).toBe(404);
  });

  it('hints at similar published titles while a draft title is typed', async () => {
    const { body } = await get<{ items: Summary[] }>(`/api/v1/proposals/similar?title=${encodeURIComponent('政府預算資料公開')}`);
    expect(body.items.map((p) => p.title)).toContain('公開各級政府預算資料');
    expect(body.items.map((p) => p.title)).not.toContain('尚未送出的草稿');
  });
});
