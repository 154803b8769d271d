import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { CookieClient } from '../utils/cookie-client';
import { proposalFactory } from '../factories/proposal.factory';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';

interface PublicComment { id: string; parentId: string | null; hidden: boolean; stance: string | null; body: string | null; author: { displayName: string } | null; editedAt: string | null }
interface Thread extends PublicComment { replies: PublicComment[] }
interface PageOf<T> { items: T[]; page: number; pageSize: number; total: number }
interface Posted { id: string; parentId: string | null; stance: string; body: string; visibility: string; editedAt: string | null }
interface Queued { id: string; visibility: string; reportCount: number; body: string; reasons: string[] }
interface ErrorBody { code: string; errors?: { field: string }[] }

describe('comments', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let dataSource: DataSource;
  let openId: string;
  let draftId: string;
  let author: TestPerson;
  let other: TestPerson;
  let moderator: TestPerson;
  let visitor: CookieClient;

  const threads = async (proposalId = openId, query = ''): Promise<PageOf<Thread>> =>
    (await visitor.request<PageOf<Thread>>('GET', `/v1/proposals/${proposalId}/comments${query}`)).body;
  const post = (person: TestPerson, body: Record<string, unknown>, proposalId = openId) =>
    person.client.request<Posted & ErrorBody>('POST', `/v1/proposals/${proposalId}/comments`, { body });
  const report = (person: TestPerson, commentId: string, reason?: string) =>
    person.client.request<ErrorBody>('POST', `/v1/comments/${commentId}/reports`, { body: reason === undefined ? {} : { reason } });
  const citizen = (): Promise<TestPerson> => signedInPerson(app, baseUrl, { tier: 'email' });
  const auditActions = async (commentId: string): Promise<{ action: string; reason: string | null }[]> =>
    dataSource.query('SELECT action, reason FROM audit_log WHERE subject_type = $1 AND subject_id = $2 ORDER BY id', ['comment', commentId]);
  const outboxTypes = async (commentId: string): Promise<string[]> =>
    (await dataSource.query<{ event_type: string }[]>('SELECT event_type FROM outbox WHERE aggregate_type = $1 AND aggregate_id = $2 ORDER BY occurred_at, id', ['comment', commentId])).map((r) => r.event_type);

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    dataSource = app.get(DataSource);
    const make = proposalFactory(dataSource);
    openId = (await make.proposal({ status: 'open' })).id;
    draftId = (await make.proposal({ status: 'draft', publishedAt: null, cosignDeadline: null })).id;
    author = await citizen();
    other = await citizen();
    moderator = await signedInPerson(app, baseUrl, { tier: 'email', roles: [{ kind: 'moderator' }] });
    visitor = new CookieClient(baseUrl);
  });
  afterAll(() => app.close());

  it('posts a comment with a stance, recorded in the audit log and the outbox', async () => {
    const { status, body } = await post(author, { body: '  支持，並建議公開原始資料。 ', stance: 'support' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ body: '支持，並建議公開原始資料。', stance: 'support', parentId: null, visibility: 'visible' });
    expect(await auditActions(body.id)).toEqual([{ action: 'comment.create', reason: null }]);
    expect(await outboxTypes(body.id)).toEqual(['CommentPosted']);
  });

  it('threads replies one level deep and lists them publicly, newest top-level comment first', async () => {
    const first = await post(author, { body: '第一則', stance: 'neutral' });
    const second = await post(other, { body: '第二則', stance: 'oppose' });
    const reply = await post(other, { body: '回覆第一則', stance: 'support', parentId: first.body.id });
    expect(reply.status).toBe(201);
    expect(reply.body.parentId).toBe(first.body.id);

    const deeper = await post(author, { body: '回覆的回覆', stance: 'support', parentId: reply.body.id });
    expect(deeper.status).toBe(400);
    expect(deeper.body.code).toBe('comment.reply_depth');

    const page = await threads();
    const ids = page.items.map((t) => t.id);
    expect(ids.indexOf(second.body.id)).toBeLessThan(ids.indexOf(first.body.id));
    const thread = page.items.find((t) => t.id === first.body.id);
    expect(thread?.replies.map((r) => r.body)).toEqual(['回覆第一則']);
    // The display name only (test people register as 測試者): no id, no email.
    expect(thread?.author).toEqual({ displayName: '測試者', deleted: false });
    expect(JSON.stringify(page)).not.toMatch(/authorId|email/);

    const firstOfOne = await threads(openId, '?pageSize=1');
    expect(firstOfOne).toMatchObject({ page: 1, pageSize: 1, total: page.total });
    expect(firstOfOne.items.map((t) => t.id)).toEqual([page.items[0].id]);
  });

  it('lets the author edit within 15 minutes, and refuses afterwards with 409', async () => {
    const { body: posted } = await post(author, { body: '錯字', stance: 'neutral' });
    const edit = (person: TestPerson) => person.client.request<Posted & ErrorBody>('PATCH', `/v1/comments/${posted.id}`, { body: { body: '更正' } });

    const edited = await edit(author);
    expect(edited.status).toBe(200);
    expect(edited.body.body).toBe('更正');
    expect(edited.body.editedAt).not.toBeNull();
    expect((await edit(other)).status).toBe(403);

    await dataSource.query(`UPDATE comments SET created_at = now() - interval '15 minutes 1 second' WHERE id = $1`, [posted.id]);
    const late = await edit(author);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('comment.edit_window_closed');
    expect((await auditActions(posted.id)).map((a) => a.action)).toEqual(['comment.create', 'comment.edit']);
  });

  it('hides a comment at the third distinct reporter (a repeat counts once) and shows only a placeholder', async () => {
    const { body: posted } = await post(author, { body: '爭議言論', stance: 'oppose' });
    const [r1, r2, r3] = [await citizen(), await citizen(), await citizen()];

    expect((await report(author, posted.id)).body.code).toBe('comment.own_comment');
    expect((await report(author, posted.id)).status).toBe(403);
    expect((await report(r1, posted.id, '人身攻擊')).status).toBe(200);
    expect((await report(r1, posted.id, '人身攻擊')).status).toBe(200);
    expect((await report(r2, posted.id)).status).toBe(200);
    const stillVisible = (await threads()).items.find((t) => t.id === posted.id);
    expect(stillVisible).toMatchObject({ hidden: false, body: '爭議言論' });

    expect((await report(r3, posted.id, '不實資訊')).status).toBe(200);
    const page = await threads();
    expect(page.items.find((t) => t.id === posted.id)).toMatchObject({ hidden: true, body: null, stance: null, author: null });
    expect(JSON.stringify(page)).not.toContain('爭議言論');

    const counted = await dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM comment_reports WHERE comment_id = $1', [posted.id]);
    expect(Number(counted[0].n)).toBe(3);
    // The third report and the hiding share one instant, and outbox ids are random: compare as a multiset.
    expect((await outboxTypes(posted.id)).sort()).toEqual(['CommentHiddenByReports', 'CommentPosted', 'CommentReported', 'CommentReported', 'CommentReported']);

    const queue = await moderator.client.request<PageOf<Queued>>('GET', '/v1/moderation/comments/reported');
    expect(queue.status).toBe(200);
    expect(queue.body.items.find((q) => q.id === posted.id)).toMatchObject({ visibility: 'hidden_by_reports', reportCount: 3, body: '爭議言論', reasons: ['人身攻擊', '不實資訊'] });
  });

  it('lets a moderator restore a hidden comment with a reason, and requires the reason', async () => {
    const { body: posted } = await post(author, { body: '被誤檢舉的留言', stance: 'support' });
    for (const reporter of [await citizen(), await citizen(), await citizen()]) await report(reporter, posted.id);
    const restore = (body: Record<string, unknown>) => moderator.client.request<Posted & ErrorBody>('POST', `/v1/moderation/comments/${posted.id}/restore`, { body });

    expect((await restore({})).status).toBe(400);
    const blank = await restore({ reason: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.code).toBe('comment.reason_required');

    const restored = await restore({ reason: '未違反討論規範' });
    expect(restored.status).toBe(200);
    expect(restored.body.visibility).toBe('visible');
    expect((await threads()).items.find((t) => t.id === posted.id)).toMatchObject({ hidden: false, body: '被誤檢舉的留言' });
    expect((await auditActions(posted.id)).at(-1)).toEqual({ action: 'comment.restore', reason: '未違反討論規範' });
    const queue = await moderator.client.request<PageOf<Queued>>('GET', '/v1/moderation/comments/reported');
    expect(queue.body.items.map((q) => q.id)).not.toContain(posted.id);
  });

  it('lets a moderator hide a visible comment, but not without a reason', async () => {
    const { body: posted } = await post(author, { body: '廣告連結', stance: 'neutral' });
    const hide = (body: Record<string, unknown>) => moderator.client.request<Posted & ErrorBody>('POST', `/v1/moderation/comments/${posted.id}/hide`, { body });
    const missing = await hide({});
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.map((e) => e.field)).toContain('reason');
    expect((await hide({ reason: '商業廣告' })).body.visibility).toBe('hidden_by_moderator');
    expect(JSON.stringify(await threads())).not.toContain('廣告連結');
  });

  it('keeps moderator routes to moderators (403) and signed-in routes to signed-in people (401)', async () => {
    const { body: posted } = await post(author, { body: '一般留言', stance: 'neutral' });
    expect((await other.client.request('GET', '/v1/moderation/comments/reported')).status).toBe(403);
    expect((await other.client.request('POST', `/v1/moderation/comments/${posted.id}/hide`, { body: { reason: '測試' } })).status).toBe(403);
    expect((await visitor.request('GET', '/v1/moderation/comments/reported')).status).toBe(401);
    expect((await visitor.request('POST', `/v1/proposals/${openId}/comments`, { body: { body: '匿名', stance: 'support' } })).status).toBe(401);
    expect((await visitor.request('POST', `/v1/comments/${posted.id}/reports`, { body: {} })).status).toBe(401);
  });

  it('asks for email verification before commenting (tier none → 403)', async () => {
    const unverified = await signedInPerson(app, baseUrl, { tier: 'none' });
    const { status, body } = await post(unverified, { body: '尚未驗證', stance: 'support' });
    expect(status).toBe(403);
    expect(body.code).toBe('forbidden');
  });

  it('answers 404 for comments on a draft proposal, listed or posted', async () => {
    expect((await visitor.request('GET', `/v1/proposals/${draftId}/comments`)).status).toBe(404);
    expect((await post(author, { body: '草稿留言', stance: 'support' }, draftId)).status).toBe(404);
    expect((await visitor.request('GET', '/v1/proposals/not-a-uuid/comments')).status).toBe(404);
  });

  it.each([
    ['an unknown field', { body: '內容', stance: 'support', colour: 'blue' }, 'colour'],
    ['an unknown stance', { body: '內容', stance: 'angry' }, 'stance'],
  ])('refuses %s with 400 naming the field', async (_name, body, field) => {
    const response = await post(author, body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors?.map((e) => e.field)).toContain(field);
  });
});
