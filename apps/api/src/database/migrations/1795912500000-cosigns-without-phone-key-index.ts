import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The rows the backfill looks for, in the order it walks them; its WHERE clauses, word for word. */
const PARTIAL_INDEXES: readonly (readonly [string, string])[] = [
  ['idx_cosigns_without_phone_key', `"cosigns" ("id") WHERE "phone_key" IS NULL`],
  [
    'idx_users_without_phone_key',
    `"users" ("id") WHERE "deleted_at" IS NULL AND "phone" IS NOT NULL AND "phone_verified_at" IS NOT NULL AND "phone_key" IS NULL`,
  ],
];

/**
 * The phone-key backfill (database/backfills/phone-keys.backfill.ts) runs at every migrate and
 * looks for co-signs without a key in id order. Once everything that can be keyed is, the rows
 * left are the few that never will be (co-signs of erased accounts from before keys existed);
 * without this index each boot scanned every co-sign to find that out. New co-signs carry a key,
 * so they never enter this index and the co-sign path pays nothing for it. Accounts get the same
 * (users.phone_key is NULL only for those never verified or verified before keys existed).
 *
 * Built CONCURRENTLY, outside a transaction, as every index on `cosigns` (see 1795912400000): at
 * release no co-sign has a key yet, so a plain build would hold back co-signing for a whole scan.
 */
export class CosignsWithoutPhoneKeyIndex1795912500000 implements MigrationInterface {
  name = 'CosignsWithoutPhoneKeyIndex1795912500000';
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    // A failed concurrent build leaves an invalid index behind: dropped first, so a rerun works.
    for (const [name, definition] of PARTIAL_INDEXES) {
      await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "${name}"`);
      await queryRunner.query(`CREATE INDEX CONCURRENTLY "${name}" ON ${definition}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...PARTIAL_INDEXES].reverse()) await queryRunner.query(`DROP INDEX "${name}"`);
  }
}
