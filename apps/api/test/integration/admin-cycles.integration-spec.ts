import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { proposalFactory } from '../factories/proposal.factory';
import { CookieClient } from '../utils/cookie-client';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi } from '../utils/test-app';

interface CycleBody {
  id: string;
  threshold: number;
  cosignWindowDays: number;
  blackoutPeriods: { startsAt: string; endsAt: string; reason: { 'zh-TW': string; en: string } }[];
  openProposals: number;
}
interface ErrorBody {
  code: string;
  message: string;
  errors?: { field: string; code: string; message: string }[];
}

const PATH = '/v1/admin/cycles/current';
const blackout = {
  startsAt: '2027-11-28T16:00:00.000Z',
  endsAt: '2028-01-27T16:00:00.000Z',
  reasonZhTw: '總統大選前 60 日暫停提議與附議',
  reasonEn: 'Paused for the 60 days before the presidential election',
};

describe('admin: settings of the current participation cycle', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let dataSource: DataSource;
  let admin: TestPerson;
  let original: Record<string, unknown>;

  const patch = (body: unknown, client = admin.client, locale = 'en') =>
    client.request<CycleBody & ErrorBody>('PATCH', PATH, { body, headers: { 'accept-language': locale } });
  const currentId = async (): Promise<string> =>
    (await dataSource.query<{ id: string }[]>('SELECT id FROM participation_cycles WHERE is_current'))[0].id;

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    dataSource = app.get(DataSource);
    admin = await signedInPerson(app, baseUrl, { roles: [{ kind: 'citizen' }, { kind: 'admin' }] });
    await seedReferenceData(dataSource);
    [original] = await dataSource.query('SELECT id, threshold, cosign_window_days, blackout_periods FROM participation_cycles WHERE is_current');
    // Other suites share the run's database: proposals of the current cycle must not decide whether a raise is allowed.
    await dataSource.query(`UPDATE proposals SET status = 'expired' WHERE status = 'open' AND cycle_id = $1`, [original['id']]);
  });
  afterAll(async () => {
    await dataSource.query('UPDATE participation_cycles SET threshold = $2, cosign_window_days = $3, blackout_periods = $4::jsonb WHERE id = $1', [
      original['id'], original['threshold'], original['cosign_window_days'], JSON.stringify(original['blackout_periods']),
    ]);
    await app.close();
  });

  it('shows an admin the current settings', async () => {
    const res = await admin.client.request<CycleBody>('GET', PATH);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: original['id'], threshold: original['threshold'], cosignWindowDays: original['cosign_window_days'], openProposals: 0 });
  });

  it('changes threshold, window and blackouts, and records who changed what', async () => {
    const before = await admin.client.request<CycleBody>('GET', PATH);
    const res = await patch({ threshold: 1234, cosignWindowDays: 45, blackoutPeriods: [blackout] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      threshold: 1234,
      cosignWindowDays: 45,
      blackoutPeriods: [{ startsAt: blackout.startsAt, endsAt: blackout.endsAt, reason: { 'zh-TW': blackout.reasonZhTw, en: blackout.reasonEn } }],
    });
    expect((await admin.client.request<CycleBody>('GET', PATH)).body).toMatchObject({ threshold: 1234, cosignWindowDays: 45 });

    const audit = await dataSource.query<{ actor_id: string; before: { threshold: number }; after: { threshold: number; cosignWindowDays: number } }[]>(
      `SELECT actor_id, before, after FROM audit_log WHERE action = 'participation_cycle.change_settings' AND subject_type = 'participation_cycle' AND subject_id = $1 ORDER BY id DESC LIMIT 1`,
      [await currentId()],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_id).toBe(admin.id);
    expect(audit[0].before.threshold).toBe(before.body.threshold);
    expect(audit[0].after).toMatchObject({ threshold: 1234, cosignWindowDays: 45 });
  });

  it('leaves the settings a change does not name as they were', async () => {
    await patch({ threshold: 700, cosignWindowDays: 30 });
    const res = await patch({ threshold: 800 });
    expect(res.body).toMatchObject({ threshold: 800, cosignWindowDays: 30 });
  });

  it('answers invalid values with an error for each field, in the reader’s language, and saves nothing', async () => {
    await patch({ threshold: 900 });
    const res = await patch({ threshold: 0, cosignWindowDays: 10, blackoutPeriods: [{ ...blackout, endsAt: blackout.startsAt, reasonEn: '  ' }] });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors).toEqual([
      { field: 'threshold', code: 'rules.threshold_too_low', message: 'The threshold must be at least 1.' },
      { field: 'blackoutPeriods.0.endsAt', code: 'rules.blackout_not_after_start', message: 'The end must be later than the start.' },
      { field: 'blackoutPeriods.0.reasonEn', code: 'rules.blackout_reason_missing', message: 'Give the reason for the pause in both languages.' },
    ]);
    expect((await admin.client.request<CycleBody>('GET', PATH)).body).toMatchObject({ threshold: 900 });

    const zh = await patch({ cosignWindowDays: 'sixty', blackoutPeriods: [{ ...blackout, startsAt: 'tomorrow' }], extra: 1 }, admin.client, 'zh-TW');
    expect(zh.status).toBe(400);
    expect([...new Set(zh.body.errors?.map((e) => e.field))].sort()).toEqual(['blackoutPeriods.0.startsAt', 'cosignWindowDays', 'extra']);
    expect(zh.body.errors).toContainEqual({ field: 'cosignWindowDays', code: 'isInt', message: '須為整數。' });
  });

  it('refuses a number too large for the database with a field error, not a 500', async () => {
    const res = await patch({ threshold: 2 ** 40 });
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.field)).toEqual(['threshold']);
  });

  it('lowers the threshold while proposals are open, but refuses to raise it', async () => {
    await patch({ threshold: 1000 });
    const factory = proposalFactory(dataSource);
    await factory.proposal({ status: 'open', cycleId: await currentId() });

    const raise = await patch({ threshold: 1500 });
    expect(raise.status).toBe(409);
    expect(raise.body).toMatchObject({ code: 'cycle_threshold_raise_while_open', errors: [{ field: 'threshold', code: 'cycle.threshold_raise_while_open' }] });
    const lower = await patch({ threshold: 600, cosignWindowDays: 90 });
    expect(lower.status).toBe(200);
    expect(lower.body).toMatchObject({ threshold: 600, cosignWindowDays: 90, openProposals: 1 });
  });

  it('keeps the settings from everyone but admins', async () => {
    const visitor = new CookieClient(baseUrl);
    expect((await visitor.request('GET', PATH)).status).toBe(401);
    expect((await visitor.request('PATCH', PATH, { body: { threshold: 1 } })).status).toBe(401);
    for (const roles of [[{ kind: 'citizen' as const }], [{ kind: 'citizen' as const }, { kind: 'moderator' as const }]]) {
      const person = await signedInPerson(app, baseUrl, { roles });
      expect((await person.client.request('GET', PATH)).status).toBe(403);
      expect((await person.client.request('PATCH', PATH, { body: { threshold: 1 } })).status).toBe(403);
    }
    const csrfless = await admin.client.request<ErrorBody>('PATCH', PATH, { body: { threshold: 1 }, withoutCsrf: true });
    expect(csrfless.body.code).toBe('csrf_failed');
  });
});
