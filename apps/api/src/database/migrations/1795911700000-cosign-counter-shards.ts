import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-signs not yet folded into proposals.cosign_count, spread over a few rows per proposal
 * (issue #7). A co-sign adds one to a random shard of its proposal instead of updating the
 * proposal row, so concurrent co-signers of one proposal no longer queue on one row lock; a
 * flush moves the shards' sum into cosign_count and deletes them, in one transaction.
 */
export class CosignCounterShards1795911700000 implements MigrationInterface {
  name = 'CosignCounterShards1795911700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "cosign_counter_shards" (
        "proposal_id" uuid NOT NULL,
        "shard" smallint NOT NULL,
        "pending" integer NOT NULL,
        "last_cosign_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "CHK_cosign_counter_shards_pending" CHECK ("pending" > 0),
        CONSTRAINT "PK_cosign_counter_shards" PRIMARY KEY ("proposal_id", "shard")
      )`);
    await queryRunner.query(
      `ALTER TABLE "cosign_counter_shards" ADD CONSTRAINT "fk_cosign_counter_shards_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "cosign_counter_shards"`);
  }
}
