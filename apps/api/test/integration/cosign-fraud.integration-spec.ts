import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { REALTIME_PATH, type Actor, type CosignAlertEvent, type ServerToClientEvents } from '@open-proposals/domain';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../src/common/queue/job-queue.service';
import { DetectCosignTrendsService } from '../../src/cosign-fraud/detect-cosign-trends.service';
import { CosignCountFlusher } from '../../src/cosigns/cosign-count.flusher';
import { CreateCosignService } from '../../src/cosigns/create-cosign.service';
import { proposalFactory } from '../factories/proposal.factory';
import { signedInPerson, type TestPerson } from '../utils/people';
import { waitFor } from '../utils/routing-helpers';
import { startTestApi, startTestWorker } from '../utils/test-app';

interface Alert { id: string; proposalId: string; kind: string; sourceKey: string; sourceLabel: string; windowCount: number; windowTotal: number; firstSeenAt: string; lastSeenAt: string }
interface Preview { matching: number; cosignCount: number; threshold: number; thresholdReached: boolean; countAfter: number }
interface Invalidation { id: string; invalidated: number; countBefore: number; countAfter: number; belowThresholdAfterReaching: boolean }
interface LogLine { id: string; proposalId: string; proposalTitle: string; invalidatedAt: string; invalidated: number; reason: string; note: string; domain: string | null; belowThresholdAfterReaching: boolean }
interface LogPage { items: LogLine[]; total: number }
interface Stats { count: number; perDay: { count: number; cumulative: number }[]; perTier: { tier: string; count: number }[] }
interface ErrorBody { code: string; errors?: { field: string }[] }

/** Anti-automation (issue 8) on real PostgreSQL and Redis: signals, detection, preview, invalidation, the race, the log, the counts. */
describe('co-sign fraud: trending sources and bulk invalidation', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let worker: INestApplicationContext;
  let db: DataSource;
  let make: ReturnType<typeof proposalFactory>;
  let moderator: TestPerson;
  let citizen: TestPerson;
  let cosigns: CreateCosignService;
  const sockets: Socket<ServerToClientEvents>[] = [];

  const scalar = async (sql: string, params: unknown[]): Promise<number> => Number((await db.query<{ n: string }[]>(sql, params))[0]?.n);
  const countOf = (id: string) => scalar('SELECT cosign_count AS n FROM proposals WHERE id = $1', [id]);
  const validRows = (id: string) => scalar('SELECT count(*) AS n FROM cosigns WHERE proposal_id = $1 AND invalidated_at IS NULL', [id]);
  const pendingOf = (id: string) => scalar('SELECT coalesce(sum(pending), 0) AS n FROM cosign_counter_shards WHERE proposal_id = $1', [id]);
  /** `n` phone-verified people whose accounts use `domain`. */
  const actorsAt = (domain: string, n: number): Promise<Actor[]> =>
    Promise.all(
      Array.from({ length: n }, async () => {
        const user = await make.user({ email: `${randomUUID()}@${domain}`, phoneVerifiedAt: new Date(), emailVerifiedAt: new Date() });
        return { id: user.id, verificationTier: 'phone', roles: [{ kind: 'citizen' }] } satisfies Actor;
      }),
    );
  const cosignAll = (proposalId: string, actors: readonly Actor[], ip: (i: number) => string) =>
    Promise.all(actors.map((actor, i) => cosigns.cosign(actor, proposalId, undefined, ip(i))));
  const moderate = <T>(proposalId: string, path: string, body: unknown) =>
    moderator.client.request<T>('POST', `/v1/moderation/proposals/${proposalId}/${path}`, { body });
  const alerts = async (proposalId: string): Promise<Alert[]> =>
    (await moderator.client.request<{ items: Alert[] }>('GET', '/v1/moderation/cosign-alerts')).body.items.filter((a) => a.proposalId === proposalId);

  beforeAll(async () => {
    ({ app, baseUrl } = await startTestApi());
    worker = await startTestWorker();
    db = app.get(DataSource);
    make = proposalFactory(db);
    cosigns = app.get(CreateCosignService);
    moderator = await signedInPerson(app, baseUrl, { tier: 'email', roles: [{ kind: 'moderator' }] });
    citizen = await signedInPerson(app, baseUrl, { tier: 'email' });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await worker.close();
    await app.close();
  });

  it('records the email domain and a keyed hash of the IP /24 with a /16 mask, never the address', async () => {
    const { id } = await make.proposal();
    const person = await signedInPerson(app, baseUrl);
    const answer = await person.client.request('POST', `/v1/proposals/${id}/cosigns`, { body: {}, headers: { 'x-forwarded-for': '203.0.113.77' } });
    expect(answer.status).toBe(201);
    const [row] = await db.query<Record<string, unknown>[]>('SELECT * FROM cosigns WHERE proposal_id = $1', [id]);
    expect(row).toMatchObject({ email_domain: person.email.split('@')[1]?.toLowerCase(), ip_prefix_masked: '203.0.*.*', invalidated_at: null });
    expect(row?.ip_prefix_hash).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(row)).not.toContain('203.0.113');
  });

  describe('on a proposal flooded from one domain and one /24', () => {
    let proposalId: string;
    let bots: Actor[];
    let ipAlert: Alert;

    beforeAll(async () => {
      ({ id: proposalId } = await make.proposal({ title: '洗票測試提議' }));
      bots = await actorsAt('spam-mail.example', 25);
      const people = await actorsAt('example.tw', 10);
      await cosignAll(proposalId, bots, (i) => `198.51.100.${i + 1}`);
      await cosignAll(proposalId, people, (i) => `10.${i}.${i}.9`);
    });

    it('the scheduled job raises one alert per trending source, tells moderators live, and does not raise it twice', async () => {
      const socket: Socket<ServerToClientEvents> = io(baseUrl, { path: REALTIME_PATH, transports: ['websocket'], forceNew: true, extraHeaders: { cookie: `op_session=${moderator.client.cookie('op_session') ?? ''}` } });
      sockets.push(socket);
      const heard: CosignAlertEvent[] = [];
      socket.on('moderation.cosign_alert', (event) => heard.push(event));
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      // Through the queue, as the job scheduler runs it.
      await worker.get(JobQueue).add('maintenance.cosign_trends', { requestedBy: 'test' });
      await waitFor(async () => (await alerts(proposalId)).length === 2, 10_000, 'two alerts');
      const found = await alerts(proposalId);
      expect(found.map((a) => [a.kind, a.sourceLabel, a.windowCount, a.windowTotal]).sort()).toEqual([
        ['email_domain', 'spam-mail.example', 25, 35],
        ['ip_prefix', '198.51.*.*', 25, 35],
      ]);
      ipAlert = found.find((a) => a.kind === 'ip_prefix') as Alert;
      expect(ipAlert.sourceKey).toMatch(/^[0-9a-f]{32}$/);
      expect(new Date(ipAlert.firstSeenAt).getTime()).toBeLessThanOrEqual(new Date(ipAlert.lastSeenAt).getTime());
      await waitFor(() => Promise.resolve(heard.filter((e) => e.proposalId === proposalId).length === 2), 5_000, 'the live alerts');
      expect(heard.find((e) => e.kind === 'ip_prefix' && e.proposalId === proposalId)?.source).toBe('198.51.*.*');

      // Another run sees the same sources: still one alert each, nothing raised.
      const again = await worker.get(DetectCosignTrendsService).run();
      expect(again.raised).toBe(0);
      expect(await scalar('SELECT count(*) AS n FROM cosign_alerts WHERE proposal_id = $1', [proposalId])).toBe(2);
      expect(await alerts(proposalId)).toHaveLength(2);
    });

    it('lists alerts to moderators only', async () => {
      expect((await citizen.client.request<ErrorBody>('GET', '/v1/moderation/cosign-alerts')).status).toBe(403);
    });

    it('previews without writing, and refuses criteria that would match everything or nothing sensible', async () => {
      const preview = await moderate<Preview>(proposalId, 'invalidations/preview', { emailDomain: 'SPAM-mail.example' });
      expect(preview.status).toBe(200);
      expect(preview.body).toEqual({ matching: 25, cosignCount: 35, threshold: 5000, thresholdReached: false, countAfter: 10 });
      expect([await countOf(proposalId), await validRows(proposalId)]).toEqual([35, 35]);

      const byHash = await moderate<Preview>(proposalId, 'invalidations/preview', { ipPrefixHash: ipAlert.sourceKey });
      expect(byHash.body.matching).toBe(25);
      const cases: [unknown, string][] = [
        [{}, 'invalidation.criterion_required'],
        [{ from: '2026-01-01T00:00:00Z' }, 'invalidation.time_range_incomplete'],
        [{ emailDomain: 'x.tw', from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'invalidation.time_range_inverted'],
        [{ emailDomain: 'x.tw', userId: 'me' }, 'validation_failed'],
        [{ ipPrefixHash: '198.51.100.0' }, 'validation_failed'],
      ];
      for (const [body, code] of cases) {
        const refused = await moderate<ErrorBody>(proposalId, 'invalidations/preview', body);
        expect([refused.status, refused.body.code]).toEqual([400, code]);
      }
      expect((await citizen.client.request('POST', `/v1/moderation/proposals/${proposalId}/invalidations/preview`, { body: { emailDomain: 'x.tw' } })).status).toBe(403);
      expect((await moderate<ErrorBody>(randomUUID(), 'invalidations/preview', { emailDomain: 'x.tw' })).status).toBe(404);
    });

    it('invalidates in one go: rows marked not deleted, the count down by exactly that, audit and public log written, alert settled', async () => {
      const refused = await moderate<ErrorBody>(proposalId, 'invalidations', { emailDomain: 'spam-mail.example', reason: 'disposable_domain', note: '  ' });
      expect([refused.status, refused.body.code]).toEqual([400, 'invalidation.note_required']);
      expect(await validRows(proposalId)).toBe(35);

      const done = await moderate<Invalidation>(proposalId, 'invalidations', {
        emailDomain: 'spam-mail.example',
        reason: 'disposable_domain',
        note: '拋棄式信箱大量註冊後附議。',
      });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ invalidated: 25, countBefore: 35, countAfter: 10, belowThresholdAfterReaching: false });
      expect(await scalar('SELECT count(*) AS n FROM cosigns WHERE proposal_id = $1', [proposalId])).toBe(35);
      expect([await countOf(proposalId), await validRows(proposalId)]).toEqual([10, 10]);
      expect(await scalar(`SELECT count(*) AS n FROM audit_log WHERE subject_id = $1 AND action = 'proposal.invalidate_cosigns'`, [proposalId])).toBe(1);
      // The domain alert is settled; the IP alert stays for the moderator to judge.
      expect((await alerts(proposalId)).map((a) => a.kind)).toEqual(['ip_prefix']);

      const again = await moderate<ErrorBody>(proposalId, 'invalidations', { emailDomain: 'spam-mail.example', reason: 'disposable_domain', note: '再一次' });
      expect([again.status, again.body.code]).toEqual([409, 'invalidation.nothing_matched']);
      expect(await scalar('SELECT count(*) AS n FROM cosign_invalidations WHERE proposal_id = $1', [proposalId])).toBe(1);
    });

    it('publishes an anonymised log line, naming the domain for a disposable domain only', async () => {
      const { body } = await citizen.client.request<LogPage>('GET', `/v1/proposals/${proposalId}/cosign-invalidations`);
      expect(body.total).toBe(1);
      expect(body.items[0]).toMatchObject({ proposalId, proposalTitle: '洗票測試提議', invalidated: 25, reason: 'disposable_domain', note: '拋棄式信箱大量註冊後附議。', domain: 'spam-mail.example' });
      const text = JSON.stringify(body);
      for (const secret of [moderator.id, ipAlert.sourceKey, '198.51', ...bots.map((b) => b.id)]) expect(text).not.toContain(secret);
      const all = await citizen.client.request<LogPage>('GET', '/v1/cosign-invalidations?pageSize=100');
      expect(all.body.items.some((line) => line.id === body.items[0]?.id)).toBe(true);
      expect((await citizen.client.request('GET', `/v1/proposals/${randomUUID()}/cosign-invalidations`)).status).toBe(404);
    });

    it('leaves invalidated co-signs out of the public curve and tiers, and keeps those people from co-signing again', async () => {
      const { body: stats } = await citizen.client.request<Stats>('GET', `/v1/proposals/${proposalId}/cosigns/stats`);
      expect(stats.count).toBe(10);
      expect(stats.perTier).toEqual([{ tier: 'phone', count: 10 }]);
      expect(stats.perDay.at(-1)?.cumulative).toBe(10);
      await expect(cosigns.cosign(bots[0], proposalId, undefined, '198.51.100.1')).rejects.toMatchObject({ error: { code: 'cosign.invalidated' } });
      expect(await countOf(proposalId)).toBe(10);
    });

    it('hides the domain when the reason is not a disposable domain', async () => {
      const late = await actorsAt('spam-mail.example', 2);
      await cosignAll(proposalId, late, (i) => `198.51.100.${200 + i}`);
      const done = await moderate<Invalidation>(proposalId, 'invalidations', { ipPrefixHash: ipAlert.sourceKey, reason: 'automated_signups', note: '同一網段自動化附議。' });
      expect(done.body.invalidated).toBe(2);
      const { body } = await citizen.client.request<LogPage>('GET', `/v1/proposals/${proposalId}/cosign-invalidations`);
      expect(body.items.map((l) => [l.reason, l.invalidated, l.domain])).toEqual([
        ['automated_signups', 2, null],
        ['disposable_domain', 25, 'spam-mail.example'],
      ]);
      expect([await countOf(proposalId), await validRows(proposalId)]).toEqual([10, 10]);
    });
  });

  describe('dismissing an alert a moderator finds legitimate', () => {
    let proposalId: string;
    let alert: Alert;
    const dismiss = <T>(id: string, body: unknown, as: TestPerson = moderator) =>
      as.client.request<T>('POST', `/v1/moderation/cosign-alerts/${id}/dismissal`, { body });
    const alertRow = async (id: string) =>
      (await db.query<{ resolved_at: Date | null; dismissed_by: string | null; dismissal_note: string | null }[]>(
        'SELECT resolved_at, dismissed_by, dismissal_note FROM cosign_alerts WHERE id = $1',
        [id],
      ))[0];
    const dismissalAudits = (id: string) =>
      db.query<{ actor_id: string; reason: string }[]>(`SELECT actor_id, reason FROM audit_log WHERE subject_type = 'cosign_alert' AND subject_id = $1 AND action = 'cosign_alert.dismiss'`, [id]);

    beforeAll(async () => {
      ({ id: proposalId } = await make.proposal({ title: '校園自行車道' }));
      // A campus's mail domain from many networks: one domain alert, no network alert.
      await cosignAll(proposalId, await actorsAt('campus.example', 22), (i) => `172.16.${i}.9`);
      await worker.get(DetectCosignTrendsService).run();
      const found = await alerts(proposalId);
      expect(found.map((a) => [a.kind, a.sourceLabel])).toEqual([['email_domain', 'campus.example']]);
      alert = found[0];
    });

    it('refuses a missing or blank note naming the field, unknown fields, an unknown alert and a citizen, and writes nothing', async () => {
      for (const body of [{}, { note: '   ' }, { note: 'x'.repeat(501) }]) {
        const refused = await dismiss<ErrorBody>(alert.id, body);
        expect([refused.status, refused.body.code]).toEqual([400, 'validation_failed']);
        expect(refused.body.errors?.map((e) => e.field)).toContain('note');
      }
      const extra = await dismiss<ErrorBody>(alert.id, { note: '校園信箱', resolvedAt: null });
      expect([extra.status, extra.body.errors?.map((e) => e.field)]).toEqual([400, ['resolvedAt']]);
      expect((await dismiss<ErrorBody>(randomUUID(), { note: '校園信箱' })).body.code).toBe('not_found');
      expect((await dismiss<ErrorBody>(alert.id, { note: '校園信箱' }, citizen)).status).toBe(403);
      expect(await alertRow(alert.id)).toEqual({ resolved_at: null, dismissed_by: null, dismissal_note: null });
      expect(await dismissalAudits(alert.id)).toEqual([]);
      expect(await alerts(proposalId)).toHaveLength(1);
    });

    it('settles the alert with who and why and an audit line, takes it off the list, and refuses a second dismissal', async () => {
      const done = await dismiss<Alert & { resolvedAt: string; dismissedBy: string; dismissalNote: string }>(alert.id, { note: '  校內師生以學校信箱附議校園議題，屬正常。 ' });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ id: alert.id, proposalId, sourceLabel: 'campus.example', dismissedBy: moderator.id, dismissalNote: '校內師生以學校信箱附議校園議題，屬正常。' });
      expect(await alerts(proposalId)).toEqual([]);
      const row = await alertRow(alert.id);
      expect(row).toMatchObject({ dismissed_by: moderator.id, dismissal_note: '校內師生以學校信箱附議校園議題，屬正常。' });
      expect(row?.resolved_at?.toISOString()).toBe(done.body.resolvedAt);
      expect(await dismissalAudits(alert.id)).toEqual([{ actor_id: moderator.id, reason: '校內師生以學校信箱附議校園議題，屬正常。' }]);
      // No co-sign is touched.
      expect(await validRows(proposalId)).toBe(22);

      const again = await dismiss<ErrorBody>(alert.id, { note: '再一次' });
      expect([again.status, again.body.code]).toEqual([409, 'cosign_alert.already_resolved']);
      expect(await dismissalAudits(alert.id)).toHaveLength(1);
    });

    it('stays dismissed while the source goes on at its pace, and reopens, without the dismissal, once its co-signs in the window have doubled', async () => {
      await worker.get(DetectCosignTrendsService).run();
      expect(await alerts(proposalId)).toEqual([]);

      // A campus that keeps co-signing as before is what the moderator judged legitimate.
      await cosignAll(proposalId, await actorsAt('campus.example', 2), (i) => `172.17.${i}.9`);
      await worker.get(DetectCosignTrendsService).run();
      expect(await alerts(proposalId)).toEqual([]);

      await cosignAll(proposalId, await actorsAt('campus.example', 20), (i) => `172.18.${i}.9`);
      await worker.get(DetectCosignTrendsService).run();
      expect((await alerts(proposalId)).map((a) => [a.id, a.windowCount])).toEqual([[alert.id, 44]]);
      expect(await alertRow(alert.id)).toEqual({ resolved_at: null, dismissed_by: null, dismissal_note: null });
      // The history stays in the audit log.
      expect(await dismissalAudits(alert.id)).toHaveLength(1);
    });
  });

  it('keeps a proposal that reached its threshold where it is when invalidation drops it below, and says so publicly', async () => {
    const cycle = await make.cycle({ threshold: 5 });
    const { id } = await make.proposal({ cycleId: cycle.id });
    await cosignAll(id, await actorsAt('dup.example', 6), () => '192.0.2.1');
    expect((await db.query<{ status: string }[]>('SELECT status FROM proposals WHERE id = $1', [id]))[0]?.status).toBe('threshold_reached');
    const preview = await moderate<Preview>(id, 'invalidations/preview', { emailDomain: 'dup.example' });
    expect(preview.body).toMatchObject({ matching: 6, thresholdReached: true, countAfter: 0 });
    const done = await moderate<Invalidation>(id, 'invalidations', { emailDomain: 'dup.example', reason: 'duplicate_identities', note: '同一人多帳號。' });
    expect(done.body).toMatchObject({ invalidated: 6, countAfter: 0, belowThresholdAfterReaching: true });
    expect((await db.query<{ status: string }[]>('SELECT status FROM proposals WHERE id = $1', [id]))[0]?.status).toBe('threshold_reached');
    const { body } = await citizen.client.request<LogPage>('GET', `/v1/proposals/${id}/cosign-invalidations`);
    expect(body.items[0]).toMatchObject({ belowThresholdAfterReaching: true, domain: null });
  });

  it('loses and double-subtracts nothing when co-signs race an invalidation (count equals valid rows once flushed)', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { id } = await make.proposal();
      const domain = `race-${round}.example`;
      await cosignAll(id, await actorsAt(domain, 30), (i) => `100.64.${round}.${i}`);
      const [racers, others] = await Promise.all([actorsAt(domain, 40), actorsAt('example.tw', 20)]);
      const body = { emailDomain: domain, reason: 'automated_signups', note: `競態測試 ${round}` };
      // Co-signs from the domain and from elsewhere, and two moderators invalidating, all at once.
      const [, , first, second] = await Promise.all([
        cosignAll(id, racers, (i) => `100.64.${round}.${100 + i}`),
        cosignAll(id, others, (i) => `10.9.${i}.1`),
        moderate<Invalidation | ErrorBody>(id, 'invalidations', body),
        moderate<Invalidation | ErrorBody>(id, 'invalidations', body),
      ]);
      for (const answer of [first, second]) expect([200, 409]).toContain(answer.status);
      await app.get(CosignCountFlusher).flush(id);
      const marked = await scalar('SELECT count(*) AS n FROM cosigns WHERE proposal_id = $1 AND invalidated_at IS NOT NULL', [id]);
      const recorded = await scalar('SELECT coalesce(sum(invalidated_count), 0) AS n FROM cosign_invalidations WHERE proposal_id = $1', [id]);
      expect(await scalar('SELECT count(*) AS n FROM cosigns WHERE proposal_id = $1', [id])).toBe(90);
      expect(marked).toBeGreaterThanOrEqual(30);
      expect(recorded).toBe(marked);
      expect(await pendingOf(id)).toBe(0);
      expect(await countOf(id)).toBe(90 - marked);
      expect(await validRows(id)).toBe(90 - marked);
    }
  });
});
