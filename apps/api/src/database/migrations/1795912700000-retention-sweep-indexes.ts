import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hourly retention sweep (privacy/retention.repository.ts) deletes in batches by these
 * columns; without an index each batch scanned its whole table, and a backlog rescanned it once
 * per batch. The outbox and notifications indexes are partial, over the rows a sweep may delete
 * only (published events, emailed notifications), next to the existing partial indexes of the
 * rows still owed (idx_outbox_unpublished, idx_notifications_unemailed).
 */
export class RetentionSweepIndexes1795912700000 implements MigrationInterface {
  name = 'RetentionSweepIndexes1795912700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_verification_codes_expires" ON "verification_codes" ("expires_at")`);
    await queryRunner.query(`CREATE INDEX "idx_dev_outbox_messages_created" ON "dev_outbox_messages" ("created_at")`);
    await queryRunner.query(`CREATE INDEX "idx_outbox_published" ON "outbox" ("published_at") WHERE "published_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_emailed_created" ON "notifications" ("created_at") WHERE "emailed_at" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_notifications_emailed_created"`);
    await queryRunner.query(`DROP INDEX "idx_outbox_published"`);
    await queryRunner.query(`DROP INDEX "idx_dev_outbox_messages_created"`);
    await queryRunner.query(`DROP INDEX "idx_verification_codes_expires"`);
  }
}
