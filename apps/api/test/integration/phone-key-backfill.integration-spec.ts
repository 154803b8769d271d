import { randomInt } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { phoneKey } from '../../src/accounts/phone-key';
import { backfillPhoneKeys } from '../../src/database/backfills/phone-keys.backfill';
import { seedReferenceData } from '../../src/database/seed/reference-data.seed';
import { proposalFactory } from '../factories/proposal.factory';
import { PASSWORD, signedInClient, verifyPhoneThroughApi } from '../utils/accounts-helpers';
import { signedInPerson, type TestPerson } from '../utils/people';
import { startTestApi, testConfig } from '../utils/test-app';

/**
 * Accounts that verified their phone before phone keys existed, and their co-signs, get keys from
 * the backfill migrate.ts runs, so deleting the account and registering again with the same number
 * no longer lets a person co-sign a proposal twice.
 */
describe('phone-key backfill for accounts verified before phone keys', () => {
  const config = testConfig();
  let api: NestFastifyApplication;
  let baseUrl: string;
  let db: DataSource;
  let make: ReturnType<typeof proposalFactory>;

  /** The eight digits after +8869, unique across the run (numbers are unique per account). */
  const uniqueDigits = (): string => randomInt(0, 100_000_000).toString().padStart(8, '0');
  /**
   * As before the release: the number written straight to the account (as signedInPerson does),
   * no key, and co-signs made then copied the NULL key.
   */
  const preReleasePerson = async (phone: string): Promise<TestPerson> => {
    const person = await signedInPerson(api, baseUrl, { tier: 'phone' });
    await db.query('UPDATE users SET phone = $2, phone_key = NULL WHERE id = $1', [person.id, phone]);
    return person;
  };
  const cosign = (person: TestPerson, proposalId: string) => person.client.request('POST', `/v1/proposals/${proposalId}/cosigns`, { body: {} });
  const userKey = async (userId: string): Promise<string | null> =>
    (await db.query<{ phone_key: string | null }[]>('SELECT phone_key FROM users WHERE id = $1', [userId]))[0]?.phone_key ?? null;
  const cosignKeys = (proposalId: string): Promise<{ user_id: string | null; phone_key: string | null }[]> =>
    db.query('SELECT user_id, phone_key FROM cosigns WHERE proposal_id = $1 ORDER BY id', [proposalId]);
  const backfill = (batchSize?: number) => backfillPhoneKeys(db, config.cosignFingerprintSecret, batchSize);

  beforeAll(async () => {
    ({ app: api, baseUrl } = await startTestApi(config));
    db = api.get(DataSource);
    make = proposalFactory(db);
    await seedReferenceData(db);
  });
  afterAll(() => api.close());

  // Batches of one exercise the keyset walk and NOT EXISTS across batches; a full batch holds both
  // spellings' co-signs at once, where only DISTINCT ON keeps them from taking one key twice.
  it.each([1, 1000])('keys the accounts and their co-signs once, leaving the second spelling of a number NULL (batches of %i)', async (batchSize) => {
    const digits = uniqueDigits();
    const person = await preReleasePerson(`+8869${digits}`);
    const twin = await preReleasePerson(`+88609${digits}`);
    const backed = await make.proposal();
    const other = await make.proposal();
    expect((await cosign(person, backed.id)).status).toBe(201);
    expect((await cosign(twin, backed.id)).status).toBe(201);
    expect((await cosign(twin, other.id)).status).toBe(201);
    expect(await userKey(person.id)).toBeNull();
    expect(await cosignKeys(backed.id)).toEqual([
      { user_id: person.id, phone_key: null },
      { user_id: twin.id, phone_key: null },
    ]);

    const first = await backfill(batchSize);

    const key = phoneKey(`+8869${digits}`, config.cosignFingerprintSecret);
    expect(await userKey(person.id)).toBe(key);
    expect(await userKey(twin.id)).toBe(key);
    // The first co-sign takes the key; the twin's co-sign of the same proposal would break the
    // unique index, so it stays NULL; on a proposal only the twin co-signed, the twin's gets it.
    expect(await cosignKeys(backed.id)).toEqual([
      { user_id: person.id, phone_key: key },
      { user_id: twin.id, phone_key: null },
    ]);
    expect(await cosignKeys(other.id)).toEqual([{ user_id: twin.id, phone_key: key }]);
    // Other spec files of the run may have left unkeyed people too: at least these.
    expect(first.usersKeyed).toBeGreaterThanOrEqual(2);
    expect(first.cosignsKeyed).toBeGreaterThanOrEqual(2);
    expect(first.cosignsSkipped).toBeGreaterThanOrEqual(1);

    const again = await backfill(batchSize);
    expect(again).toEqual({ usersKeyed: 0, cosignsKeyed: 0, cosignsSkipped: first.cosignsSkipped });
    expect(await cosignKeys(backed.id)).toEqual([
      { user_id: person.id, phone_key: key },
      { user_id: twin.id, phone_key: null },
    ]);
  });

  it('leaves erased accounts, unverified numbers and already keyed accounts as they are', async () => {
    const keyed = await preReleasePerson(`+8869${uniqueDigits()}`);
    await db.query(`UPDATE users SET phone_key = 'kept' WHERE id = $1`, [keyed.id]);
    const unverified = await preReleasePerson(`+8869${uniqueDigits()}`);
    await db.query('UPDATE users SET phone_verified_at = NULL WHERE id = $1', [unverified.id]);
    const erased = await preReleasePerson(`+8869${uniqueDigits()}`);
    await db.query('UPDATE users SET deleted_at = now() WHERE id = $1', [erased.id]);

    await backfill();

    expect(await userKey(keyed.id)).toBe('kept');
    expect(await userKey(unverified.id)).toBeNull();
    expect(await userKey(erased.id)).toBeNull();
  });

  it('runs once when two replicas start it together: the second waits for the lock, then finds nothing left', async () => {
    const person = await preReleasePerson(`+8869${uniqueDigits()}`);
    const backed = await make.proposal();
    expect((await cosign(person, backed.id)).status).toBe(201);

    const runs = await Promise.all([backfill(1), backfill(1)]);

    const work = runs.map((run) => run.usersKeyed + run.cosignsKeyed).sort((a, b) => a - b);
    expect(work[0]).toBe(0);
    expect(work[1]).toBeGreaterThanOrEqual(2);
    expect((await cosignKeys(backed.id))[0]?.phone_key).toBe(await userKey(person.id));
    expect(await userKey(person.id)).not.toBeNull();
  });

  it('then refuses a co-sign from the same number on a new account after the pre-release one was deleted (409)', async () => {
    const phone = `+8869${uniqueDigits()}`;
    const person = await preReleasePerson(phone);
    const backed = await make.proposal();
    expect((await cosign(person, backed.id)).status).toBe(201);

    await backfill();
    expect((await person.client.request('POST', '/v1/me/account-deletion', { body: { password: PASSWORD } })).status).toBe(200);

    const again = await signedInClient(baseUrl, { verifyEmail: true });
    await verifyPhoneThroughApi(baseUrl, again.client, phone);
    const refused = await cosign(again, backed.id);
    expect(refused).toMatchObject({ status: 409, body: { code: 'cosign.phone_already_used' } });
    expect(await cosignKeys(backed.id)).toEqual([{ user_id: null, phone_key: phoneKey(phone, config.cosignFingerprintSecret) }]);
  });
});
