import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The retention sweep clears co-signs' IP-prefix signals once RETENTION_COSIGN_SIGNALS_DAYS have
 * passed (retention.repository.ts). Without an index every hourly sweep scanned the whole of
 * `cosigns`, and a backlog rescanned the cleared rows once per batch. This one holds only the
 * co-signs that still carry a signal, ordered by age, so a sweep reads just what it clears and
 * the index stays the size of the retention window.
 *
 * Built CONCURRENTLY, outside a transaction, as every index on `cosigns` (see 1795912400000): at
 * release every co-sign holds a signal, so a plain build would hold back co-signing for a scan of
 * the whole table.
 */
export class CosignSignalsRetentionIndex1795912300000 implements MigrationInterface {
  name = 'CosignSignalsRetentionIndex1795912300000';
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    // A failed concurrent build leaves an invalid index behind: dropped first, so a rerun works.
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS "idx_cosigns_signals_created"`);
    await queryRunner.query(
      `CREATE INDEX CONCURRENTLY "idx_cosigns_signals_created" ON "cosigns" ("created_at") WHERE "ip_prefix_hash" IS NOT NULL OR "ip_prefix_masked" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_cosigns_signals_created"`);
  }
}
