import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The phone-key backfill (database/backfills/phone-keys.backfill.ts) runs at every migrate and
 * looks for co-signs without a key in id order. Once everything that can be keyed is, the rows
 * left are the few that never will be (co-signs of erased accounts from before keys existed);
 * without this index each boot scanned every co-sign to find that out. New co-signs carry a key,
 * so they never enter this index and the co-sign path pays nothing for it.
 */
export class CosignsWithoutPhoneKeyIndex1795912500000 implements MigrationInterface {
  name = 'CosignsWithoutPhoneKeyIndex1795912500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_cosigns_without_phone_key" ON "cosigns" ("id") WHERE "phone_key" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_cosigns_without_phone_key"`);
  }
}
