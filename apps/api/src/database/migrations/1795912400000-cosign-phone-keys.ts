import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One co-sign per phone number and proposal, across account erasure. Erasing an account turns its
 * co-signs anonymous (user_id NULL) and frees its number, so the (proposal, user) key alone let a
 * person register again with the same number and co-sign the same proposal twice. Accounts now
 * hold a keyed hash of their verified number (users.phone_key, phone-key.ts), each co-sign copies
 * it, and (proposal, phone_key) is unique.
 *
 * No backfill here: the key is an HMAC with the server secret, which SQL does not have. migrate.ts
 * runs database/backfills/phone-keys.backfill.ts after the migrations, which keys the accounts
 * verified before this release and their co-signs. A co-sign left without a key collides with
 * nothing (NULLs are distinct in a unique index) and stays covered by the (proposal, user) key
 * for as long as its account lives.
 *
 * Outside a transaction, so the unique index is built CONCURRENTLY: `cosigns` is the biggest and
 * busiest table, and a plain CREATE INDEX would hold back every co-sign while it scans. The
 * statements are safe to run again after a failure half-way (a failed concurrent build leaves an
 * invalid index behind, which is dropped first).
 */
export class CosignPhoneKeys1795912400000 implements MigrationInterface {
  name = 'CosignPhoneKeys1795912400000';
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "phone_key" text`);
    await queryRunner.query(`ALTER TABLE "cosigns" ADD COLUMN IF NOT EXISTS "phone_key" text`);
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "uq_cosigns_proposal_phone_key"`);
    await queryRunner.query(`CREATE UNIQUE INDEX CONCURRENTLY "uq_cosigns_proposal_phone_key" ON "cosigns" ("proposal_id", "phone_key")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_cosigns_proposal_phone_key"`);
    await queryRunner.query(`ALTER TABLE "cosigns" DROP COLUMN "phone_key"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "phone_key"`);
  }
}
