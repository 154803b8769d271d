import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { proposalFactory } from '../factories/proposal.factory';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';

interface Summary { id: string; heldOn: string; title: string; agendaItems: number }
interface MeetingPage { items: Summary[]; when: string; total: number; page: number; pageSize: number }
interface Meeting { id: string; agenda: { reviewItemId: string | null; proposalId: string | null; reviewStatus: string | null }[] }
interface ErrorBody { code: string; errors?: { field: string }[] }

const DAY = 24 * 60 * 60 * 1000;
/** The calendar day in Taiwan `offset` days from now: meetings are held on Taipei days. */
const taipeiDay = (offset: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offset * DAY));

describe('task force: the list of meetings', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let dataSource: DataSource;
  let member: TestPerson;
  let admin: TestPerson;
  let moderator: TestPerson;
  const tag = randomUUID().slice(0, 8);

  const plan = async (heldOn: string, title: string): Promise<string> => {
    const created = await member.client.request<Summary>('POST', '/v1/taskforce/meetings', { body: { heldOn, title: `${title} ${tag}` } });
    expect(created.status).toBe(201);
    return created.body.id;
  };
  /** Every meeting of this test in a list, in the order the API gives (other spec files plan meetings too). */
  const listed = async (who: TestPerson, when: string): Promise<Summary[]> => {
    const response = await who.client.request<MeetingPage>('GET', `/v1/taskforce/meetings?when=${when}&pageSize=100`);
    expect(response.status).toBe(200);
    return response.body.items.filter((m) => m.title.endsWith(tag));
  };

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    dataSource = app.get(DataSource);
    member = await signedInPerson(app, baseUrl, { roles: [{ kind: 'citizen' }, { kind: 'task_force_member', side: 'government', role: 'member' }] });
    admin = await signedInPerson(app, baseUrl, { roles: [{ kind: 'citizen' }, { kind: 'admin' }] });
    moderator = await signedInPerson(app, baseUrl, { roles: [{ kind: 'citizen' }, { kind: 'moderator' }] });
  });
  afterAll(() => app.close());

  it('lists upcoming meetings soonest first from today (Taipei), past ones latest first, with agenda sizes', async () => {
    const later = await plan(taipeiDay(90), '下一季會議');
    const today = await plan(taipeiDay(0), '今日會議');
    const lastQuarter = await plan(taipeiDay(-90), '上一季會議');
    const yesterday = await plan(taipeiDay(-1), '昨日會議');
    const proposal = await proposalFactory(dataSource).proposal({ status: 'routed', title: `列表提議 ${tag}`, routedAt: new Date() });
    const [item] = await dataSource.query<{ id: string }[]>('INSERT INTO taskforce_review_items (proposal_id) VALUES ($1) RETURNING id', [proposal.id]);
    expect((await member.client.request('POST', `/v1/taskforce/meetings/${today}/agenda`, { body: { reviewItemId: item.id } })).status).toBe(201);

    const upcoming = await listed(member, 'upcoming');
    expect(upcoming.map((m) => m.id)).toEqual([today, later]);
    expect(upcoming[0]).toEqual({ id: today, heldOn: taipeiDay(0), title: `今日會議 ${tag}`, agendaItems: 1 });
    expect(upcoming[1]?.agendaItems).toBe(0);
    expect((await listed(member, 'past')).map((m) => m.id)).toEqual([yesterday, lastQuarter]);
    // Upcoming is the default.
    const byDefault = await member.client.request<MeetingPage>('GET', '/v1/taskforce/meetings?pageSize=100');
    expect(byDefault.body.when).toBe('upcoming');
    expect(byDefault.body.items.map((m) => m.id)).toEqual(expect.arrayContaining([today, later]));
    expect(byDefault.body.items.map((m) => m.id)).not.toContain(yesterday);

    // The agenda tells which proposals still await a decision, and links the proposal.
    const meeting = await member.client.request<Meeting>('GET', `/v1/taskforce/meetings/${today}`);
    expect(meeting.body.agenda).toEqual([expect.objectContaining({ reviewItemId: item.id, proposalId: proposal.id, reviewStatus: 'open' })]);
  });

  it('pages through the list with a total', async () => {
    const total = (await member.client.request<MeetingPage>('GET', '/v1/taskforce/meetings?when=past&pageSize=1')).body.total;
    expect(total).toBeGreaterThanOrEqual(2);
    const first = await member.client.request<MeetingPage>('GET', '/v1/taskforce/meetings?when=past&page=1&pageSize=1');
    const second = await member.client.request<MeetingPage>('GET', '/v1/taskforce/meetings?when=past&page=2&pageSize=1');
    expect([first.body.items.length, second.body.items.length, first.body.page, second.body.page]).toEqual([1, 1, 1, 2]);
    expect(first.body.items[0]?.id).not.toBe(second.body.items[0]?.id);
    const beyond = await member.client.request<MeetingPage>('GET', `/v1/taskforce/meetings?when=past&page=${total + 1}&pageSize=1`);
    expect([beyond.status, beyond.body.items, beyond.body.total]).toEqual([200, [], total]);
  });

  it('is for task-force members and admins only, and refuses unknown or bad parameters with 400', async () => {
    expect((await listed(admin, 'upcoming')).length).toBeGreaterThanOrEqual(2);
    const refused = await moderator.client.request<ErrorBody>('GET', '/v1/taskforce/meetings');
    expect([refused.status, refused.body.code]).toEqual([403, 'forbidden']);
    const bad = await member.client.request<ErrorBody>('GET', '/v1/taskforce/meetings?when=tomorrow');
    expect([bad.status, bad.body.code, bad.body.errors?.map((e) => e.field)]).toEqual([400, 'validation_failed', ['when']]);
    const unknown = await member.client.request<ErrorBody>('GET', '/v1/taskforce/meetings?sort=title');
    expect(unknown.status).toBe(400);
  });
});
