import { randomInt, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { REALTIME_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@open-proposals/domain';
import pino from 'pino';
import { pinoHttp } from 'pino-http';
import { io, type Socket } from 'socket.io-client';
import { DataSource, QueryFailedError } from 'typeorm';
import { UserOrmEntity } from '../../src/accounts/user.orm-entity';
import { JobQueue } from '../../src/common/queue/job-queue.service';
import { pinoHttpOptions } from '../../src/common/logging/logger.module';
import { CosignCountFlusher } from '../../src/cosigns/cosign-count.flusher';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { RetentionSweepService } from '../../src/privacy/retention-sweep.service';
import { RETENTION_SWEEP_EVERY_MS, RETENTION_SWEEP_SCHEDULER_ID } from '../../src/privacy/retention-sweep.scheduler';
import { proposalFactory } from '../factories/proposal.factory';
import { PASSWORD, signedInClient, verifyPhoneThroughApi } from '../utils/accounts-helpers';
import { CookieClient } from '../utils/cookie-client';
import { signedInPerson, type TestPerson } from '../utils/people';
import { waitFor } from '../utils/routing-helpers';
import { startTestApi, startTestWorker, testConfig } from '../utils/test-app';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const DAY = 24 * 60 * 60 * 1000;

interface ExportDocument {
  format: string;
  data: Record<string, Record<string, unknown>[]>;
}

/** Issue 8, privacy (個人資料保護法): a copy of my data, erasure, nothing personal in logs/exports/broadcasts, bounded retention. */
describe('privacy: download my data, delete my account, no personal data leaks, bounded retention', () => {
  const config = testConfig();
  let api: NestFastifyApplication;
  let baseUrl: string;
  let db: DataSource;
  let make: ReturnType<typeof proposalFactory>;
  const sockets: Client[] = [];

  const scalar = async (sql: string, params: unknown[]): Promise<string | null> => {
    const [row] = await db.query<{ v: string | number | null }[]>(sql, params);
    return row === undefined || row.v === null ? null : String(row.v);
  };
  const contactOf = async (person: TestPerson): Promise<{ phone: string; displayName: string }> => {
    const [row] = await db.query<{ phone: string; display_name: string }[]>('SELECT phone, display_name FROM users WHERE id = $1', [person.id]);
    return { phone: row.phone, displayName: row.display_name };
  };
  /** Unique across the run (phone numbers are unique per account). */
  const uniquePhone = (): string => `+8869${randomInt(0, 100_000_000).toString().padStart(8, '0')}`;
  /** Registered and phone-verified through the API, as anyone is: unlike signedInPerson, this sets the phone key too. */
  const registeredWithPhone = async (phone: string): Promise<TestPerson> => {
    const person = await signedInClient(baseUrl, { verifyEmail: true });
    await verifyPhoneThroughApi(baseUrl, person.client, phone);
    return person;
  };
  const phoneKeyOf = (userId: string): Promise<string | null> => scalar('SELECT phone_key AS v FROM users WHERE id = $1', [userId]);
  const cosign = (person: TestPerson, proposalId: string, comment?: string) =>
    person.client.request('POST', `/v1/proposals/${proposalId}/cosigns`, { body: comment === undefined ? {} : { comment } });
  const connect = async (): Promise<Client> => {
    const socket: Client = io(baseUrl, { path: REALTIME_PATH, transports: ['websocket'], forceNew: true });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return socket;
  };
  const countsOf = async (proposalId: string): Promise<{ count: string | null; pending: string | null; rows: string | null }> => ({
    count: await scalar('SELECT cosign_count AS v FROM proposals WHERE id = $1', [proposalId]),
    pending: await scalar('SELECT coalesce(sum(pending), 0) AS v FROM cosign_counter_shards WHERE proposal_id = $1', [proposalId]),
    rows: await scalar('SELECT count(*) AS v FROM cosigns WHERE proposal_id = $1', [proposalId]),
  });

  beforeAll(async () => {
    ({ app: api, baseUrl } = await startTestApi(config));
    db = api.get(DataSource);
    make = proposalFactory(db);
    await seedReferenceData(db);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(() => api.close());

  describe('download my data', () => {
    it('answers a JSON download with account, roles, proposals, co-signs, comments, follows, notifications, sessions and audit rows', async () => {
      const me = await signedInPerson(api, baseUrl, { tier: 'phone' });
      const { phone } = await contactOf(me);
      const secondBrowser = new CookieClient(baseUrl);
      expect((await secondBrowser.request('POST', '/v1/session', { body: { email: me.email, password: PASSWORD } })).status).toBe(200);
      const open = await make.proposal({ title: '匯出測試的提議' });
      expect((await cosign(me, open.id, '支持匯出')).status).toBeLessThan(300);
      expect((await me.client.request('POST', `/v1/proposals/${open.id}/comments`, { body: { body: '我的留言', stance: 'support' } })).status).toBe(201);
      expect((await me.client.request('PUT', `/v1/proposals/${open.id}/follow`)).status).toBeLessThan(300);
      const draft = await me.client.request<{ id: string }>('POST', '/v1/proposals', { body: { title: '我的草稿' } });
      expect(draft.status).toBe(201);
      await db.query(`INSERT INTO notifications (user_id, event_id, kind, proposal_id) VALUES ($1, $2, 'proposal.decided', $3)`, [me.id, randomUUID(), open.id]);
      await db.query(`INSERT INTO audit_log (actor_id, action, subject_type, subject_id, after) VALUES ($1, 'user.roles.replace', 'user', $2, '{"roles":[]}')`, [randomUUID(), me.id]);

      const response = await fetch(`${baseUrl}/api/v1/me/data-export`, { headers: { cookie: `op_session=${me.client.cookie('op_session') ?? ''}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="open-proposals-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const text = await response.text();
      const { format, data } = JSON.parse(text) as ExportDocument;
      expect(format).toBe('open-proposals.personal-data-export/1');
      expect(data.account).toEqual([expect.objectContaining({ id: me.id, email: me.email, phone, emailVerifiedAt: expect.any(String) as string, phoneVerifiedAt: expect.any(String) as string })]);
      expect(data.roles).toEqual([expect.objectContaining({ kind: 'citizen' })]);
      expect(data.proposals).toEqual([expect.objectContaining({ id: draft.body.id, status: 'draft', title: '我的草稿' })]);
      expect(data.cosigns).toEqual([expect.objectContaining({ proposalId: open.id, proposalTitle: '匯出測試的提議', comment: '支持匯出', verificationTier: 'phone' })]);
      expect(data.comments).toEqual([expect.objectContaining({ proposalId: open.id, body: '我的留言', stance: 'support' })]);
      expect(data.follows).toEqual([expect.objectContaining({ proposalId: open.id })]);
      expect(data.notifications).toEqual([expect.objectContaining({ kind: 'proposal.decided', proposalId: open.id })]);
      expect(data.sessions.map((s) => s.current).sort()).toEqual([false, true]);
      expect(data.verificationCodes).toEqual([expect.objectContaining({ channel: 'email', target: me.email })]);
      expect(data.auditLog.map((a) => a.action)).toEqual(expect.arrayContaining(['proposal.create', 'user.roles.replace']));

      // Never a secret: password hash, code hashes, session ids (token hashes), CSRF tokens.
      const secrets = [
        ...(await db.query<{ v: string }[]>('SELECT password_hash AS v FROM users WHERE id = $1', [me.id])).map((r) => r.v),
        ...(await db.query<{ v: string }[]>('SELECT code_hash AS v FROM verification_codes WHERE user_id = $1', [me.id])).map((r) => r.v),
        ...(await db.query<{ id: string; csrf_token: string }[]>('SELECT id, csrf_token FROM sessions WHERE user_id = $1', [me.id])).flatMap((r) => [r.id, r.csrf_token]),
        me.client.cookie('op_session') ?? 'missing-cookie',
      ];
      expect(secrets.length).toBeGreaterThanOrEqual(6);
      for (const secret of secrets) expect(text.includes(secret) ? secret : null).toBeNull();
      expect(JSON.stringify(data)).not.toMatch(/argon2|password|code_?hash|csrf|token/i);
    });

    it('asks a visitor to sign in', async () => {
      expect((await new CookieClient(baseUrl).request('GET', '/v1/me/data-export')).status).toBe(401);
    });
  });

  describe('delete my account', () => {
    it('refuses a wrong password, a missing CSRF token and unknown fields, changing nothing', async () => {
      const me = await signedInPerson(api, baseUrl, { tier: 'phone' });
      const wrong = await me.client.request<{ code: string }>('POST', '/v1/me/account-deletion', { body: { password: 'not my password 123' }, headers: { 'accept-language': 'en' } });
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('password_incorrect');
      expect((await me.client.request('POST', '/v1/me/account-deletion', { body: { password: PASSWORD }, withoutCsrf: true })).status).toBe(403);
      expect((await me.client.request('POST', '/v1/me/account-deletion', { body: { password: PASSWORD, force: true } })).status).toBe(400);
      expect((await me.client.request('POST', '/v1/me/account-deletion', { body: {} })).status).toBe(400);
      expect(await scalar('SELECT email AS v FROM users WHERE id = $1 AND deleted_at IS NULL', [me.id])).toBe(me.email);
      expect((await me.client.request('GET', '/v1/session/me')).status).toBe(200);
    });

    it('erases the person in one go: counts and shards unchanged, co-signs anonymous, comments kept as by a deleted account, sessions ended', async () => {
      const me = await signedInPerson(api, baseUrl, { tier: 'phone' });
      const { phone, displayName } = await contactOf(me);
      const otherBrowser = new CookieClient(baseUrl);
      expect((await otherBrowser.request('POST', '/v1/session', { body: { email: me.email, password: PASSWORD } })).status).toBe(200);
      const others = [await signedInPerson(api, baseUrl), await signedInPerson(api, baseUrl)];
      const backed = await make.proposal();
      expect((await cosign(others[0], backed.id)).status).toBeLessThan(300);
      expect((await cosign(me, backed.id, '我支持')).status).toBeLessThan(300);
      const comment = await me.client.request<{ id: string }>('POST', `/v1/proposals/${backed.id}/comments`, { body: { body: '刪帳號後仍保留', stance: 'support' } });
      expect(comment.status).toBe(201);
      const mine = await make.proposal({ proposerId: me.id, title: '我提的已公開提議' });
      const inReview = await make.proposal({ proposerId: me.id, status: 'in_review', publishedAt: null, cosignDeadline: null });
      const draft = await me.client.request<{ id: string }>('POST', '/v1/proposals', { body: { title: '未送出的草稿' } });
      // A co-sign counted in a shard that no flush has folded in yet: erasure must not touch it either.
      await db.query('INSERT INTO cosign_counter_shards (proposal_id, shard, pending, last_cosign_at) VALUES ($1, 7, 3, now())', [backed.id]);
      // The API's backstop sweep may fold the shard in at any moment, so what must not move is count + pending.
      const total = async (): Promise<{ counted: number; rows: string | null }> => {
        const { count, pending, rows } = await countsOf(backed.id);
        return { counted: Number(count) + Number(pending), rows };
      };
      expect(await total()).toEqual({ counted: 5, rows: '2' });

      const deleted = await me.client.request<Record<string, number>>('POST', '/v1/me/account-deletion', { body: { password: PASSWORD } });
      expect(deleted.status).toBe(200);
      expect(deleted.body).toEqual({ cosignsAnonymised: 1, commentsKept: 1, proposalsKept: 1, proposalsWithdrawn: 2 });
      expect(deleted.setCookies.join('\n')).toMatch(/op_session=;/);

      // Counts: exactly as before, and still exact after the pending shard is flushed.
      expect(await total()).toEqual({ counted: 5, rows: '2' });
      await api.get(CosignCountFlusher).flush(backed.id);
      expect(await countsOf(backed.id)).toEqual({ count: '5', pending: '0', rows: '2' });
      expect(await db.query('SELECT user_id, comment FROM cosigns WHERE proposal_id = $1 ORDER BY id', [backed.id])).toEqual([
        { user_id: others[0].id, comment: null },
        { user_id: null, comment: '我支持' },
      ]);
      // The unique rule still holds for everyone else, and a second anonymous co-sign may sit beside the first.
      expect((await cosign(others[0], backed.id)).status).toBe(200);
      expect((await cosign(others[1], backed.id)).status).toBe(201);

      // The tombstone names nobody; nothing that only served the person is left.
      const [tombstone] = await db.query<Record<string, unknown>[]>('SELECT email, phone, display_name, password_hash, email_verified_at, deleted_at FROM users WHERE id = $1', [me.id]);
      expect(tombstone).toEqual({ email: `erased-${me.id}@erased.invalid`, phone: null, display_name: '', password_hash: '!erased', email_verified_at: null, deleted_at: expect.any(Date) as Date });
      for (const table of ['sessions', 'verification_codes', 'user_roles', 'proposal_follows', 'notifications']) {
        expect([table, await scalar(`SELECT count(*) AS v FROM ${table} WHERE user_id = $1`, [me.id])]).toEqual([table, '0']);
      }
      expect(await scalar('SELECT count(*) AS v FROM dev_outbox_messages WHERE recipient = $1', [me.email])).toBe('0');

      // Proposals: the published one stays (its co-signers depend on it), unpublished ones are withdrawn.
      expect(await db.query('SELECT id, status FROM proposals WHERE proposer_id = $1 ORDER BY title', [me.id])).toEqual(
        expect.arrayContaining([{ id: mine.id, status: 'open' }, { id: inReview.id, status: 'withdrawn' }, { id: draft.body.id, status: 'withdrawn' }]),
      );

      // The comment stays, as by a deleted account.
      const thread = await new CookieClient(baseUrl).request<{ items: { id: string; body: string; author: unknown }[] }>('GET', `/v1/proposals/${backed.id}/comments`);
      expect(thread.body.items.find((c) => c.id === comment.body.id)).toMatchObject({ body: '刪帳號後仍保留', author: { displayName: '', deleted: true } });

      // Every session ended; the old password opens nothing.
      expect((await me.client.request('GET', '/v1/session/me')).status).toBe(401);
      expect((await otherBrowser.request('GET', '/v1/session/me')).status).toBe(401);
      expect((await new CookieClient(baseUrl).request('POST', '/v1/session', { body: { email: me.email, password: PASSWORD } })).status).toBe(401);

      // One audit row, with no personal data.
      const audit = await db.query<{ actor_id: string; after: unknown }[]>(`SELECT actor_id, after FROM audit_log WHERE action = 'user.erase' AND subject_id = $1`, [me.id]);
      expect(audit).toEqual([{ actor_id: me.id, after: { erased: true, ...deleted.body } }]);
      const auditText = JSON.stringify(await db.query(`SELECT * FROM audit_log WHERE subject_id = $1 OR actor_id = $1::uuid`, [me.id]));
      for (const secret of [me.email, phone, displayName]) expect(auditText.includes(secret) ? secret : null).toBeNull();

      // The address is free again: the person may start over.
      expect((await new CookieClient(baseUrl).request('POST', '/v1/accounts', { body: { email: me.email, password: PASSWORD, displayName: '新帳號' } })).status).toBe(201);
    });

    it('leaves everything as it was when a step fails half-way', async () => {
      const me = await signedInPerson(api, baseUrl, { tier: 'phone' });
      const backed = await make.proposal();
      expect((await cosign(me, backed.id)).status).toBeLessThan(300);
      // Make the final audit insert fail: a trigger refuses the erasure's audit row.
      await db.query(`CREATE OR REPLACE FUNCTION privacy_test_refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$ LANGUAGE plpgsql`);
      await db.query(`CREATE TRIGGER privacy_test_refuse BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.action = 'user.erase') EXECUTE FUNCTION privacy_test_refuse()`);
      try {
        const failed = await me.client.request('POST', '/v1/me/account-deletion', { body: { password: PASSWORD } });
        expect(failed.status).toBeGreaterThanOrEqual(500);
      } finally {
        await db.query('DROP TRIGGER privacy_test_refuse ON audit_log');
        await db.query('DROP FUNCTION privacy_test_refuse()');
      }
      expect(await scalar('SELECT email AS v FROM users WHERE id = $1 AND deleted_at IS NULL', [me.id])).toBe(me.email);
      expect(await scalar('SELECT count(*) AS v FROM cosigns WHERE user_id = $1', [me.id])).toBe('1');
      expect((await me.client.request('GET', '/v1/session/me')).status).toBe(200);
    });
  });

  describe('one co-sign per phone number, across account deletion', () => {
    it('refuses a second co-sign of the same proposal by the same number from a new account (409), and counts nothing twice', async () => {
      const phone = uniquePhone();
      const first = await registeredWithPhone(phone);
      const backed = await make.proposal();
      const elsewhere = await make.proposal();
      expect((await cosign(first, backed.id)).status).toBe(201);
      expect((await first.client.request('POST', '/v1/me/account-deletion', { body: { password: PASSWORD } })).status).toBe(200);

      // The number is free again, so the person can start over with it…
      const again = await registeredWithPhone(phone);
      expect(await scalar('SELECT phone AS v FROM users WHERE id = $1', [again.id])).toBe(phone);
      // …but it has co-signed this proposal already.
      const refused = await cosign(again, backed.id);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'cosign.phone_already_used', message: '這個手機號碼已經附議過這項提議，每個手機號碼只能附議一次。' });
      const inEnglish = await again.client.request('POST', `/v1/proposals/${backed.id}/cosigns`, { body: {}, headers: { 'accept-language': 'en' } });
      expect(inEnglish).toMatchObject({ status: 409, body: { code: 'cosign.phone_already_used', message: 'This phone number has already co-signed this proposal; each phone number can co-sign once.' } });
      await api.get(CosignCountFlusher).flush(backed.id);
      expect(await countsOf(backed.id)).toEqual({ count: '1', pending: '0', rows: '1' });

      // Any other proposal is the number's to co-sign.
      expect((await cosign(again, elsewhere.id)).status).toBe(201);
      await api.get(CosignCountFlusher).flush(elsewhere.id);
      expect(await countsOf(elsewhere.id)).toEqual({ count: '1', pending: '0', rows: '1' });
    });

    it('erases the account’s phone key with the number, keeps it on the anonymous co-signs, and never exports it', async () => {
      const me = await registeredWithPhone(uniquePhone());
      const key = await phoneKeyOf(me.id);
      expect(key).toMatch(/^[0-9a-f]{32}$/);
      const backed = await make.proposal();
      expect((await cosign(me, backed.id)).status).toBe(201);
      expect(await scalar('SELECT phone_key AS v FROM cosigns WHERE user_id = $1 AND proposal_id = $2', [me.id, backed.id])).toBe(key);

      const response = await fetch(`${baseUrl}/api/v1/me/data-export`, { headers: { cookie: `op_session=${me.client.cookie('op_session') ?? ''}` } });
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toContain(backed.id);
      expect(text.includes(key ?? 'missing-key') ? 'phone key exported' : null).toBeNull();
      expect(text).not.toMatch(/phone_?key/i);

      expect((await me.client.request('POST', '/v1/me/account-deletion', { body: { password: PASSWORD } })).status).toBe(200);
      expect(await phoneKeyOf(me.id)).toBeNull();
      expect(await db.query('SELECT user_id, phone_key FROM cosigns WHERE proposal_id = $1', [backed.id])).toEqual([{ user_id: null, phone_key: key }]);
    });
  });

  describe('no personal data in broadcasts, open data or logs', () => {
    it('broadcasts nothing personal to a proposal’s watchers while a person co-signs, comments and deletes their account', async () => {
      const me = await signedInPerson(api, baseUrl, { tier: 'phone' });
      const { phone, displayName } = await contactOf(me);
      const proposal = await make.proposal();
      const watcher = await connect();
      expect(await watcher.emitWithAck('proposal.watch', proposal.id)).toEqual({ ok: true });
      const received: string[] = [];
      watcher.onAny((event: string, payload: unknown) => received.push(JSON.stringify([event, payload])));

      expect((await cosign(me, proposal.id, '留言')).status).toBe(201);
      expect((await me.client.request('POST', `/v1/proposals/${proposal.id}/comments`, { body: { body: '公開留言', stance: 'neutral' } })).status).toBe(201);
      expect((await me.client.request('POST', '/v1/me/account-deletion', { body: { password: PASSWORD } })).status).toBe(200);
      await waitFor(() => Promise.resolve(received.some((line) => line.includes('proposal.count'))), 5000, 'the proposal.count event');

      for (const secret of [me.email, phone, displayName, me.id]) expect(received.filter((line) => line.includes(secret))).toEqual([]);
    });

    it('puts neither the erased person’s old data nor the tombstone in any open-data file', async () => {
      const me = await signedInPerson(api, baseUrl, { tier: 'phone' });
      const { phone } = await contactOf(me);
      const proposal = await make.proposal({ proposerId: me.id, title: '開放資料隱私檢查' });
      const fan = await registeredWithPhone(uniquePhone());
      const fanKey = (await phoneKeyOf(fan.id)) ?? 'missing-key';
      expect((await cosign(fan, proposal.id)).status).toBe(201);
      const visitor = new CookieClient(baseUrl);
      const catalogue = await visitor.request<{ datasets: { id: string }[] }>('GET', '/v1/open-data');
      const scan = async (): Promise<string> => {
        const bodies: string[] = [];
        for (const { id } of catalogue.body.datasets) {
          for (const format of ['csv', 'json']) bodies.push(await (await fetch(`${baseUrl}/api/v1/open-data/${id}.${format}`)).text());
        }
        return bodies.join('\n');
      };
      const beforeErasure = await scan();
      expect(beforeErasure).toContain('開放資料隱私檢查');
      for (const secret of [me.email, phone, fan.email, me.id, fan.id, fanKey]) expect(beforeErasure.includes(secret) ? secret : null).toBeNull();

      expect((await me.client.request('POST', '/v1/me/account-deletion', { body: { password: PASSWORD } })).status).toBe(200);
      const afterErasure = await scan();
      expect(afterErasure).toContain('開放資料隱私檢查');
      for (const secret of [me.email, phone, me.id, 'erased.invalid']) expect(afterErasure.includes(secret) ? secret : null).toBeNull();
    });

    it('writes no email, phone, password hash, cookie or token into a log line', async () => {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString('utf8'));
          done();
        },
      });
      const options = pinoHttpOptions({ LOG_LEVEL: 'debug' }, 'api');
      const logger = pino(options, sink);
      const email = `leak-${randomUUID()}@example.org`;
      const phone = '+886987654321';

      // A real unique violation from PostgreSQL: its detail and parameters hold the address and the hash.
      const users = db.getRepository(UserOrmEntity);
      await users.insert({ email, passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g', displayName: '洩漏測試' });
      const failure = await users.insert({ email, passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g', displayName: '洩漏測試' }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(QueryFailedError);
      expect(JSON.stringify({ detail: (failure as QueryFailedError & { driverError: { detail: string } }).driverError.detail })).toContain(email);
      logger.error({ err: failure }, 'request failed');
      logger.warn(`could not text ${phone} or mail ${email}`);
      logger.info({ user: { email, phone, displayName: '洩漏測試' }, body: { password: 'hunter2 hunter2' } }, 'signed up');

      // A request through pino-http, as the API logs every request.
      const middleware = pinoHttp({ ...options, logger });
      const server: Server = createServer((req, res) => {
        middleware(req, res);
        res.setHeader('set-cookie', 'op_session=SECRET-SESSION-TOKEN');
        res.end('ok');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = server.address() as AddressInfo;
        await fetch(`http://127.0.0.1:${port}/api/v1/x?email=${encodeURIComponent(email)}&phone=${encodeURIComponent(phone)}`, {
          headers: { cookie: 'op_session=SECRET-SESSION-TOKEN', authorization: 'Bearer SECRET-BEARER', 'x-csrf-token': 'SECRET-CSRF' },
        });
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
      await waitFor(() => Promise.resolve(lines.some((line) => line.includes('request completed'))), 2000, 'the request log line');

      const log = lines.join('');
      expect(log).toContain('request failed');
      expect(log).toContain('UQ_users_email');
      for (const secret of [email, encodeURIComponent(email), phone, '987654321', 'argon2id', 'hunter2', '洩漏測試', 'SECRET-SESSION-TOKEN', 'SECRET-BEARER', 'SECRET-CSRF']) {
        expect(log.includes(secret) ? secret : null).toBeNull();
      }
    });
  });

  describe('bounded retention', () => {
    let worker: INestApplicationContext;
    beforeAll(async () => {
      worker = await startTestWorker(config);
    });
    afterAll(() => worker.close());

    it('deletes codes, expired sessions, delivered messages and notifications past their retention, and keeps the rest', async () => {
      const person = await make.user();
      const proposal = await make.proposal();
      const now = Date.now();
      const ago = (ms: number): Date => new Date(now - ms);
      const tag = randomUUID();
      const code = (expiresAt: Date) =>
        db.query<{ id: string }[]>(`INSERT INTO verification_codes (user_id, channel, target, code_hash, expires_at) VALUES ($1, 'password_reset', $2, 'h', $3) RETURNING id`, [person.id, person.email, expiresAt]);
      const session = (expiresAt: Date) =>
        db.query<{ id: string }[]>(`INSERT INTO sessions (id, user_id, csrf_token, expires_at) VALUES ($1, $2, 'c', $3) RETURNING id`, [randomUUID(), person.id, expiresAt]);
      const message = (createdAt: Date) =>
        db.query<{ id: string }[]>(`INSERT INTO dev_outbox_messages (channel, recipient, body, created_at) VALUES ('email', $1, $2, $3) RETURNING id`, [person.email, tag, createdAt]);
      const event = (publishedAt: Date | null, occurredAt: Date) =>
        db.query<{ id: string }[]>(
          `INSERT INTO outbox (event_type, aggregate_type, aggregate_id, payload, occurred_at, published_at) VALUES ('PrivacyTest', 'proposal', $1, '{}', $2, $3) RETURNING id`,
          [tag, occurredAt, publishedAt],
        );
      const notification = (createdAt: Date, emailedAt: Date | null) =>
        db.query<{ id: string }[]>(
          `INSERT INTO notifications (user_id, event_id, kind, proposal_id, created_at, emailed_at) VALUES ($1, $2, 'proposal.decided', $3, $4, $5) RETURNING id`,
          [person.id, randomUUID(), proposal.id, createdAt, emailedAt],
        );

      const gone = [
        ...(await code(ago(25 * 60 * 60 * 1000))),
        ...(await session(ago(8 * DAY))),
        ...(await message(ago(31 * DAY))),
        ...(await event(ago(31 * DAY), ago(31 * DAY))),
        ...(await notification(ago(181 * DAY), ago(180 * DAY))),
      ].map((r) => r.id);
      const kept = [
        ...(await code(ago(60 * 60 * 1000))),
        ...(await session(ago(6 * DAY))),
        ...(await message(ago(29 * DAY))),
        // Unpublished: the relay still owes it, however old.
        ...(await event(null, ago(400 * DAY))),
        ...(await event(ago(29 * DAY), ago(29 * DAY))),
        // Not yet emailed: the digest still owes it.
        ...(await notification(ago(400 * DAY), null)),
        ...(await notification(ago(179 * DAY), ago(179 * DAY))),
      ].map((r) => r.id);

      // The worker's own hourly job also sweeps at boot and may take some of these rows first, so
      // what this run reports deleting is only bounded; the rows left are what must be exact.
      const { deleted } = await worker.get(RetentionSweepService).run();
      expect(Object.keys(deleted).sort()).toEqual(['dev_outbox_messages', 'notifications', 'outbox', 'sessions', 'verification_codes']);
      expect(Object.values(deleted).every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
      const present = async (ids: string[]): Promise<string[]> => {
        const found: string[] = [];
        for (const table of ['verification_codes', 'sessions', 'dev_outbox_messages', 'outbox', 'notifications']) {
          const rows = await db.query<{ id: string }[]>(`SELECT id::text FROM ${table} WHERE id::text = ANY($1::text[])`, [ids]);
          found.push(...rows.map((r) => r.id));
        }
        return found.sort();
      };
      expect(await present(gone)).toEqual([]);
      expect(await present(kept)).toEqual([...kept].sort());
      // Idempotent: a second run (another replica, a retry) deletes nothing more that should stay.
      await worker.get(RetentionSweepService).run();
      expect(await present(kept)).toEqual([...kept].sort());
    });

    it('clears the IP-prefix signals of co-signs past their retention, never the co-sign itself nor the count, and only once', async () => {
      const proposal = await make.proposal();
      const [early, late] = [await signedInPerson(api, baseUrl, { tier: 'phone' }), await signedInPerson(api, baseUrl, { tier: 'phone' })];
      for (const who of [early, late]) expect((await cosign(who, proposal.id, '留存期限測試')).status).toBeLessThan(300);
      const columns = 'id, user_id, verification_tier, comment, created_at, email_domain, ip_prefix_hash, ip_prefix_masked, invalidated_at, invalidation_id, xmin::text AS version';
      const rowOf = async (who: TestPerson): Promise<Record<string, unknown>> =>
        (await db.query<Record<string, unknown>[]>(`SELECT ${columns} FROM cosigns WHERE proposal_id = $1 AND user_id = $2`, [proposal.id, who.id]))[0] ?? {};
      // Made 91 and 89 days ago, either side of the default 90 days; RETURNING reads the row version the sweep must leave or replace.
      const backdate = async (who: TestPerson, days: number): Promise<Record<string, unknown>> =>
        (
          await db.query<[Record<string, unknown>[], number]>(
            `UPDATE cosigns SET created_at = now() - make_interval(days => $3) WHERE proposal_id = $1 AND user_id = $2 RETURNING ${columns}`,
            [proposal.id, who.id, days],
          )
        )[0][0] ?? {};
      const before = { early: await backdate(early, 91), late: await backdate(late, 89) };
      for (const [row, who] of [[before.early, early], [before.late, late]] as const) {
        expect(row.ip_prefix_hash).toMatch(/^[0-9a-f]{32}$/);
        expect(row.ip_prefix_masked).toBe('127.0.*.*');
        expect(row.email_domain).toBe(who.email.split('@')[1]?.toLowerCase());
      }
      const total = async (): Promise<{ counted: number; rows: string | null }> => {
        const { count, pending, rows } = await countsOf(proposal.id);
        return { counted: Number(count) + Number(pending), rows };
      };
      const totalBefore = await total();
      expect(totalBefore).toEqual({ counted: 2, rows: '2' });

      const { cosignSignalsCleared } = await worker.get(RetentionSweepService).run();
      expect(cosignSignalsCleared).toBeGreaterThanOrEqual(1);
      const cleared = await rowOf(early);
      expect(cleared).toEqual({ ...before.early, ip_prefix_hash: null, ip_prefix_masked: null, version: expect.any(String) as string });
      // The recent co-sign was not even written to (same row version).
      expect(await rowOf(late)).toEqual(before.late);
      expect(await total()).toEqual(totalBefore);

      // Idempotent: a rerun (another replica, a retry) writes nothing, not even to the co-sign already cleared.
      await worker.get(RetentionSweepService).run();
      expect(await rowOf(early)).toEqual(cleared);
      expect(await rowOf(late)).toEqual(before.late);
      expect(await total()).toEqual(totalBefore);
    });

    it('clears the IP-prefix hash of old invalidations and deletes IP-prefix alerts not seen since the cutoff, keeping the rest', async () => {
      const proposal = await make.proposal();
      const invalidation = (days: number) =>
        db.query<{ id: string }[]>(
          `INSERT INTO cosign_invalidations (proposal_id, reason, public_note, ip_prefix_hash, invalidated_count, count_before, count_after, below_threshold_after_reaching, created_at)
           VALUES ($1, 'automated_signups', '留存測試', md5(random()::text), 1, 1, 0, false, now() - make_interval(days => $2)) RETURNING id`,
          [proposal.id, days],
        );
      const alert = (kind: 'ip_prefix' | 'email_domain', days: number) =>
        db.query<{ id: string }[]>(
          `INSERT INTO cosign_alerts (proposal_id, kind, source_key, source_label, window_count, window_total, first_seen_at, last_seen_at, detected_at)
           VALUES ($1, $2, md5(random()::text), '198.51.*.*', 9, 10, now() - make_interval(days => $3), now() - make_interval(days => $3), now() - make_interval(days => $3)) RETURNING id`,
          [proposal.id, kind, days],
        );
      const [[oldInvalidation], [recentInvalidation]] = [await invalidation(91), await invalidation(89)];
      const [[oldIpAlert], [recentIpAlert], [oldDomainAlert]] = [await alert('ip_prefix', 91), await alert('ip_prefix', 89), await alert('email_domain', 91)];

      const { moderationSignalsCleared } = await worker.get(RetentionSweepService).run();
      expect(moderationSignalsCleared.invalidations).toBeGreaterThanOrEqual(1);
      expect(moderationSignalsCleared.alerts).toBeGreaterThanOrEqual(1);
      const hashes = await db.query<{ id: string; ip_prefix_hash: string | null; public_note: string }[]>(
        'SELECT id, ip_prefix_hash, public_note FROM cosign_invalidations WHERE id = ANY($1::uuid[])',
        [[oldInvalidation?.id, recentInvalidation?.id]],
      );
      expect(hashes.find((r) => r.id === oldInvalidation?.id)).toMatchObject({ ip_prefix_hash: null, public_note: '留存測試' });
      expect(hashes.find((r) => r.id === recentInvalidation?.id)?.ip_prefix_hash).toMatch(/^[0-9a-f]{32}$/);
      const alertsLeft = await db.query<{ id: string }[]>('SELECT id FROM cosign_alerts WHERE proposal_id = $1', [proposal.id]);
      expect(alertsLeft.map((r) => r.id).sort()).toEqual([recentIpAlert?.id, oldDomainAlert?.id].sort());
      expect(alertsLeft.map((r) => r.id)).not.toContain(oldIpAlert?.id);
    });

    it('runs hourly from one job scheduler, however many workers boot', async () => {
      const second = await startTestWorker(config);
      try {
        const schedulers = await worker.get(JobQueue).queue('maintenance').getJobSchedulers();
        const retention = schedulers.filter((s) => s.key === RETENTION_SWEEP_SCHEDULER_ID);
        expect(retention).toHaveLength(1);
        expect(Number(retention[0].every)).toBe(RETENTION_SWEEP_EVERY_MS);
        expect(retention[0].name).toBe('maintenance.retention_sweep');
      } finally {
        await second.close();
      }
    });
  });
});
