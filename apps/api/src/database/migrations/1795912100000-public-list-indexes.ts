import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One index per public list order, each ending in id as the list's tie-break does (issue #7,
 * G6). Without them a page of "newest" or "most co-signed" sorted every public proposal
 * (~130 ms at 100k proposals); with them a page is an index range (< 1 ms), and a common
 * search word is found by walking the newest index until a page is full. The per-status
 * indexes stay for lists filtered by one status.
 */
export class PublicListIndexes1795912100000 implements MigrationInterface {
  name = 'PublicListIndexes1795912100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_proposals_newest" ON "proposals" ("published_at" DESC NULLS LAST, "id")`);
    await queryRunner.query(`CREATE INDEX "idx_proposals_most_cosigned" ON "proposals" ("cosign_count" DESC, "published_at" DESC NULLS LAST, "id")`);
    await queryRunner.query(`CREATE INDEX "idx_proposals_ending_soon" ON "proposals" ("cosign_deadline", "id") WHERE "cosigning_closed_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_proposals_ending_soon"`);
    await queryRunner.query(`DROP INDEX "idx_proposals_most_cosigned"`);
    await queryRunner.query(`DROP INDEX "idx_proposals_newest"`);
  }
}
