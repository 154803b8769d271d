import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open data reads the moderators' decisions out of the audit log (moderation-outcomes), and
 * fingerprints them for its ETag. The audit log holds every action of every module, so a
 * partial index on just these lines keeps both reads proportional to the decisions, not to the log.
 * The predicate must stay identical to the queries' (datasets/moderation-outcomes.dataset.ts)
 * for the planner to use it.
 */
export class OpenData1795911500000 implements MigrationInterface {
  name = 'OpenData1795911500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_audit_log_moderation_decisions" ON "audit_log" ("id") WHERE subject_type = 'proposal' AND action IN ('proposal.publish', 'proposal.return', 'proposal.reject', 'proposal.mark_duplicate')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_audit_log_moderation_decisions"`);
  }
}
