import type { DataSource } from 'typeorm';
import { phoneKey } from '../../accounts/phone-key';
import { FIRST_COSIGN_ID, FIRST_USER_ID, isUniqueViolation, PhoneKeyBackfillRepository } from '../../accounts/phone-key-backfill.repository';

/** What one run did; all zero once everything is keyed, apart from co-signs skipped again. */
export interface PhoneKeyBackfillResult {
  readonly usersKeyed: number;
  readonly cosignsKeyed: number;
  readonly cosignsSkipped: number;
}

/** Rows per statement: few enough that no batch holds its row locks for long nor loads much. */
export const PHONE_KEY_BACKFILL_BATCH = 1000;

/**
 * A co-sign made by the API while a batch runs (a rolling deploy) can take the key the batch
 * meant to give: the batch then fails on the unique index. Run again, it sees that co-sign and
 * skips the row. More failures in a row would mean something else is wrong.
 */
const ATTEMPTS = 3;

const retryingUniqueViolations = async <T>(step: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isUniqueViolation(error)) throw error;
    }
  }
};

/**
 * Phone keys for accounts verified before keys existed (migration 1795912400000 could not compute
 * them: the key is an HMAC with the server secret, which SQL does not have). Without this, such a
 * person could still delete their account, register again with the same number and co-sign the
 * same proposals a second time. First the accounts get their key, then their co-signs copy it.
 *
 * Idempotent (only NULL keys are filled) and serialised across replicas by an advisory lock, so a
 * second migrate waits and then finds nothing to do. Batches are keyset walks by id, each batch one
 * short statement: a large table is never loaded nor locked at once.
 */
export const backfillPhoneKeys = async (dataSource: DataSource, secret: string, batchSize = PHONE_KEY_BACKFILL_BATCH): Promise<PhoneKeyBackfillResult> => {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const backfill = new PhoneKeyBackfillRepository(runner.manager);
  try {
    await backfill.lock();
    try {
      let usersKeyed = 0;
      for (let after = FIRST_USER_ID; ; ) {
        const users = await backfill.unkeyedUsers(after, batchSize);
        if (users.length === 0) break;
        usersKeyed += await backfill.setUserKeys(users.map((user) => ({ ...user, key: phoneKey(user.phone, secret) })));
        after = users[users.length - 1].id;
      }
      let cosignsKeyed = 0;
      let cosignsSkipped = 0;
      for (let after = FIRST_COSIGN_ID; ; ) {
        const from = after;
        const batch = await retryingUniqueViolations(() => backfill.keyCosigns(from, batchSize));
        if (batch.lastId === null) break;
        cosignsKeyed += batch.keyed;
        cosignsSkipped += batch.skipped;
        after = batch.lastId;
      }
      return { usersKeyed, cosignsKeyed, cosignsSkipped };
    } finally {
      await backfill.unlock();
    }
  } finally {
    await runner.release();
  }
};
