import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hourly retention sweep deletes sessions by `expires_at` (retention.repository.ts). Without
 * an index each of its batches scanned the whole table, every live session included, and held
 * its row locks for as long; with one a batch reads only the expired range.
 */
export class SessionsExpiryIndex1795912200000 implements MigrationInterface {
  name = 'SessionsExpiryIndex1795912200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_sessions_expires_at" ON "sessions" ("expires_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_sessions_expires_at"`);
  }
}
