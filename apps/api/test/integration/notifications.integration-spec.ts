import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { REALTIME_PATH, type NotificationEvent, type ServerToClientEvents } from '@open-proposals/domain';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { MessageTransport } from '../../src/common/messaging/message-transport';
import type { OutboxJobPayload } from '../../src/common/queue/job-catalog';
import { WriteTransactions } from '../../src/common/persistence/write-transaction';
import { RealtimePublisher } from '../../src/common/realtime/realtime-publisher';
import { AppConfig } from '../../src/config/app-config';
import { NotificationsRepository } from '../../src/notifications/notifications.repository';
import { NotifyProposalEventService } from '../../src/notifications/notify-proposal-event.service';
import { SendEmailDigestsService } from '../../src/notifications/send-email-digests.service';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { proposalFactory } from '../factories/proposal.factory';
import { signedInPerson, type TestPerson } from '../utils/people';
import { waitFor } from '../utils/routing-helpers';
import { startTestApi, startTestWorker, testConfig } from '../utils/test-app';

type Client = Socket<ServerToClientEvents>;

describe('notifications: proposer, co-signers and followers; live; batched email', () => {
  const config = testConfig({ NOTIFICATION_EMAIL_DELAY_SECONDS: '0' });
  let api: NestFastifyApplication;
  let baseUrl: string;
  let db: DataSource;
  let make: ReturnType<typeof proposalFactory>;
  let notify: NotifyProposalEventService;
  let digests: SendEmailDigestsService;
  const sockets: Client[] = [];

  const person = (tier: 'none' | 'email' | 'phone' = 'phone'): Promise<TestPerson> => signedInPerson(api, baseUrl, { tier });
  const cosign = (userId: string, proposalId: string) =>
    db.query(`INSERT INTO cosigns (proposal_id, user_id, verification_tier) VALUES ($1, $2, 'phone')`, [proposalId, userId]);
  const event = (eventType: string, proposalId: string, extra: Partial<OutboxJobPayload> = {}): OutboxJobPayload => ({
    eventId: randomUUID(),
    eventType,
    aggregateType: 'proposal',
    aggregateId: proposalId,
    event: { type: eventType, proposalId },
    ...extra,
  });
  const recipients = async (eventId: string): Promise<string[]> =>
    (await db.query<{ user_id: string }[]>('SELECT user_id FROM notifications WHERE event_id = $1 ORDER BY user_id', [eventId])).map((r) => r.user_id);
  const emailsTo = async (email: string): Promise<{ subject: string; body: string }[]> =>
    db.query(`SELECT subject, body FROM dev_outbox_messages WHERE recipient = $1 AND channel = 'email' AND subject LIKE '%新進展%'`, [email]);
  const connect = async (who: TestPerson): Promise<Client> => {
    const socket: Client = io(baseUrl, { path: REALTIME_PATH, transports: ['websocket'], forceNew: true, extraHeaders: { cookie: `op_session=${who.client.cookie('op_session') ?? ''}` } });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return socket;
  };

  beforeAll(async () => {
    ({ app: api, baseUrl } = await startTestApi(config));
    db = api.get(DataSource);
    make = proposalFactory(db);
    // The worker's services, built over the API's connections: the test decides when they run,
    // so no scheduled digest can interleave with what a test arranges.
    const repository = new NotificationsRepository(db);
    notify = new NotifyProposalEventService(repository, api.get(RealtimePublisher));
    digests = new SendEmailDigestsService(api.get(WriteTransactions), repository, api.get(MessageTransport), api.get(AppConfig));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await api.close();
  });

  describe('following', () => {
    it('follows a public proposal, idempotently, lists it, and unfollows', async () => {
      const reader = await person('none');
      const proposal = await make.proposal({ title: '開放公車動態資料' });
      for (let i = 0; i < 2; i += 1) expect((await reader.client.request('PUT', `/v1/proposals/${proposal.id}/follow`)).status).toBe(204);
      expect((await reader.client.request('GET', `/v1/proposals/${proposal.id}/follow`)).body).toEqual({ following: true });
      const mine = await reader.client.request<{ items: { proposalId: string; title: string; status: string }[]; total: number }>('GET', '/v1/me/follows');
      expect(mine.body.total).toBe(1);
      expect(mine.body.items[0]).toMatchObject({ proposalId: proposal.id, title: '開放公車動態資料', status: 'open' });
      expect((await reader.client.request('DELETE', `/v1/proposals/${proposal.id}/follow`)).status).toBe(204);
      expect((await reader.client.request('GET', `/v1/proposals/${proposal.id}/follow`)).body).toEqual({ following: false });
    });

    it('answers 404 for a draft, a submission under review and an unknown id: following must not reveal them', async () => {
      const reader = await person();
      for (const status of ['draft', 'in_review']) {
        const hidden = await make.proposal({ status, publishedAt: null, cosignDeadline: null });
        const res = await reader.client.request<{ code: string }>('PUT', `/v1/proposals/${hidden.id}/follow`);
        expect([res.status, res.body.code]).toEqual([404, 'not_found']);
      }
      expect((await reader.client.request('PUT', `/v1/proposals/${randomUUID()}/follow`)).status).toBe(404);
      expect(Number((await db.query<{ n: string }[]>('SELECT count(*) AS n FROM proposal_follows WHERE user_id = $1', [reader.id]))[0].n)).toBe(0);
    });
  });

  describe('who is told', () => {
    it('tells the proposer, every co-signer and every follower exactly once, and nobody else, even when the job runs twice', async () => {
      const [proposer, cosignerA, cosignerB, follower, bystander] = await Promise.all([person(), person(), person(), person(), person()]);
      const proposal = await make.proposal({ proposerId: proposer.id, status: 'threshold_reached' });
      await cosign(cosignerA.id, proposal.id);
      await cosign(cosignerB.id, proposal.id);
      await follower.client.request('PUT', `/v1/proposals/${proposal.id}/follow`);
      // A co-signer who also follows is told once.
      await cosignerA.client.request('PUT', `/v1/proposals/${proposal.id}/follow`);

      const reached = event('ProposalThresholdReached', proposal.id);
      expect(await notify.notify(reached)).toBe(4);
      expect(await notify.notify(reached)).toBe(0);
      expect(await recipients(reached.eventId)).toEqual([proposer.id, cosignerA.id, cosignerB.id, follower.id].sort());
      expect(await recipients(reached.eventId)).not.toContain(bystander.id);
      const [row] = await db.query<{ kind: string }[]>('SELECT kind FROM notifications WHERE event_id = $1 LIMIT 1', [reached.eventId]);
      expect(row?.kind).toBe('proposal.threshold_reached');
    });

    it('no longer tells a co-signer whose co-sign a moderator invalidated, unless they follow the proposal', async () => {
      const [proposer, valid, invalidated, invalidatedFollower] = await Promise.all([person(), person(), person(), person()]);
      const proposal = await make.proposal({ proposerId: proposer.id, status: 'threshold_reached' });
      for (const who of [valid, invalidated, invalidatedFollower]) await cosign(who.id, proposal.id);
      await invalidatedFollower.client.request('PUT', `/v1/proposals/${proposal.id}/follow`);
      // What a moderator's invalidation leaves behind: the row stays, marked.
      await db.query('UPDATE cosigns SET invalidated_at = now() WHERE proposal_id = $1 AND user_id = ANY($2::uuid[])', [proposal.id, [invalidated.id, invalidatedFollower.id]]);

      const routed = event('ProposalRouted', proposal.id);
      expect(await notify.notify(routed)).toBe(3);
      expect(await recipients(routed.eventId)).toEqual([proposer.id, valid.id, invalidatedFollower.id].sort());
    });

    it('tells only the proposer of a moderator’s decision on the submission', async () => {
      const [proposer, follower] = await Promise.all([person(), person()]);
      const proposal = await make.proposal({ proposerId: proposer.id });
      await follower.client.request('PUT', `/v1/proposals/${proposal.id}/follow`);
      const returned = event('ProposalReturned', proposal.id);
      await notify.notify(returned);
      expect(await recipients(returned.eventId)).toEqual([proposer.id]);
    });

    it('tells the supporters of the agency’s answer, finding the proposal in the event', async () => {
      const [proposer, cosigner] = await Promise.all([person(), person()]);
      const proposal = await make.proposal({ proposerId: proposer.id, status: 'routed' });
      await cosign(cosigner.id, proposal.id);
      const responded = event('AgencyResponded', proposal.id, { aggregateType: 'agency_response_request', aggregateId: randomUUID() });
      await notify.notify(responded);
      expect(await recipients(responded.eventId)).toEqual([proposer.id, cosigner.id].sort());
    });

    it('tells nobody of events that are not news (a co-sign, an edit)', async () => {
      const proposal = await make.proposal();
      for (const type of ['ProposalDraftEdited', 'CosignAdded']) expect(await notify.notify(event(type, proposal.id))).toBe(0);
    });
  });

  it('pushes each notification live to its recipient’s own sockets and to no one else', async () => {
    const [cosigner, bystander] = await Promise.all([person(), person()]);
    const proposal = await make.proposal({ status: 'routed' });
    await cosign(cosigner.id, proposal.id);
    const [mine, theirs] = await Promise.all([connect(cosigner), connect(bystander)]);
    const strayed: NotificationEvent[] = [];
    theirs.on('notification', (n) => strayed.push(n));
    const received = new Promise<NotificationEvent>((resolve) => mine.once('notification', resolve));
    await notify.notify(event('ProposalDecided', proposal.id));
    const pushed = await received;
    expect(pushed).toMatchObject({ kind: 'proposal.decided', proposalId: proposal.id });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(strayed).toEqual([]);
  });

  it('lists my notifications with the proposal title, newest first, and marks them read; other people’s ids change nothing', async () => {
    const [me, other] = await Promise.all([person(), person()]);
    const proposal = await make.proposal({ title: '設置公共飲水機', proposerId: me.id });
    await other.client.request('PUT', `/v1/proposals/${proposal.id}/follow`);
    await notify.notify(event('ProposalPublished', proposal.id));
    await notify.notify(event('ProposalThresholdReached', proposal.id));
    const list = await me.client.request<{ items: { id: string; kind: string; proposalTitle: string; readAt: string | null }[]; total: number; unread: number }>('GET', '/v1/me/notifications');
    expect(list.status).toBe(200);
    expect(list.body.items.map((n) => n.kind)).toEqual(['proposal.threshold_reached', 'proposal.published']);
    expect(list.body.items[0]?.proposalTitle).toBe('設置公共飲水機');
    expect([list.body.total, list.body.unread]).toEqual([2, 2]);

    const theirs = await other.client.request<{ items: { id: string }[] }>('GET', '/v1/me/notifications');
    const stranger = await other.client.request<{ unread: number }>('POST', '/v1/me/notifications/read', { body: { ids: list.body.items.map((n) => n.id) } });
    expect(stranger.body.unread).toBe(theirs.body.items.length);
    const one = await me.client.request<{ unread: number }>('POST', '/v1/me/notifications/read', { body: { ids: [list.body.items[0]?.id] } });
    expect(one.body.unread).toBe(1);
    const all = await me.client.request<{ unread: number }>('POST', '/v1/me/notifications/read', { body: {} });
    expect(all.body.unread).toBe(0);
    const bad = await me.client.request<{ code: string }>('POST', '/v1/me/notifications/read', { body: { ids: ['not-a-uuid'] } });
    expect([bad.status, bad.body.code]).toEqual([400, 'validation_failed']);
  });

  it('emails each person one digest of all their news, once; not when they turned email off or have no verified address', async () => {
    const [backer, quiet, unverified] = await Promise.all([person(), person(), person('none')]);
    expect((await quiet.client.request('PUT', '/v1/me/notification-settings', { body: { email: false } })).body).toEqual({ email: false });
    expect((await quiet.client.request('GET', '/v1/me/notification-settings')).body).toEqual({ email: false });
    const proposal = await make.proposal({ title: '公開採購決標資料', status: 'threshold_reached' });
    for (const who of [backer, quiet, unverified]) await cosign(who.id, proposal.id);
    await notify.notify(event('ProposalThresholdReached', proposal.id));
    await notify.notify(event('ProposalRouted', proposal.id));

    await digests.run();
    await digests.run();
    const sent = await emailsTo(backer.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toContain('2');
    expect(sent[0]?.body).toContain('「公開採購決標資料」已達到附議門檻。');
    expect(sent[0]?.body).toContain('已送交推動小組與權責機關');
    expect(sent[0]?.body).toContain(`/proposals/${proposal.id}`);
    expect(await emailsTo(quiet.email)).toHaveLength(0);
    expect(await emailsTo(unverified.email)).toHaveLength(0);
    // Their in-app notifications are untouched by the email choice.
    expect((await quiet.client.request<{ unread: number }>('GET', '/v1/me/notifications')).body.unread).toBe(2);
  });

  it('waits out the batch window before emailing, so a burst becomes one email', async () => {
    const later = new SendEmailDigestsService(api.get(WriteTransactions), new NotificationsRepository(db), api.get(MessageTransport), testConfig({ NOTIFICATION_EMAIL_DELAY_SECONDS: '600' }));
    const backer = await person();
    const proposal = await make.proposal({ status: 'routed' });
    await cosign(backer.id, proposal.id);
    await notify.notify(event('ProposalDecided', proposal.id));
    await later.run();
    expect(await emailsTo(backer.email)).toHaveLength(0);
    await later.run(new Date(Date.now() + 601_000));
    expect(await emailsTo(backer.email)).toHaveLength(1);
  });

  describe('live queues for staff, through the outbox and the worker', () => {
    let worker: INestApplicationContext;
    beforeAll(async () => {
      worker = await startTestWorker(config);
    });
    afterAll(() => worker.close());

    it('gives every moderator the review queue’s new size when a submission arrives', async () => {
      await seedReferenceData(db);
      const moderator = await signedInPerson(api, baseUrl, { roles: [{ kind: 'moderator' }] });
      const citizen = await person();
      const socket = await connect(moderator);
      const sizes: number[] = [];
      socket.on('moderation.queue', (e) => sizes.push(e.inReview));
      const before = Number((await db.query<{ n: string }[]>(`SELECT count(*) AS n FROM proposals WHERE status = 'in_review'`))[0].n);
      const draft = await citizen.client.request<{ id: string }>('POST', '/v1/proposals', {
        body: { title: '增設無障礙坡道於各區公所', areaCode: 'public-participation', background: '多處區公所入口仍只有階梯。', proposal: '於各區公所入口增設符合規範的坡道。', expectedBenefits: '行動不便者可自行洽公。' },
      });
      expect(draft.status).toBe(201);
      const submitted = await citizen.client.request('POST', `/v1/proposals/${draft.body.id}/submit`);
      expect(submitted.status).toBeLessThan(300);
      await waitFor(() => Promise.resolve(sizes.includes(before + 1)), 5000, 'the moderation.queue event');
    });
  });
});
