import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Overdue flags written by the deadlines sweeper (reviews past the review clock, agency
 * responses past their due date). The co-sign window itself needs no table: proposals
 * already carry cosign_deadline, cosigning_closed_at and the (status, cosign_deadline) index.
 */
export class Deadlines1795911100000 implements MigrationInterface {
  name = 'Deadlines1795911100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "overdue_flags" (
        "id" bigserial NOT NULL,
        "kind" text NOT NULL,
        "proposal_id" uuid NOT NULL,
        "subject_id" uuid NOT NULL,
        "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "flagged_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "CHK_overdue_flags_kind" CHECK ("kind" IN ('review', 'agency_response')),
        CONSTRAINT "PK_overdue_flags" PRIMARY KEY ("id")
      )`);
    // Makes flagging idempotent (ON CONFLICT DO NOTHING) and answers "already flagged?" for the sweeper.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_overdue_flags_kind_subject_due" ON "overdue_flags" ("kind", "subject_id", "due_at")`);
    await queryRunner.query(`CREATE INDEX "idx_overdue_flags_proposal" ON "overdue_flags" ("proposal_id")`);
    await queryRunner.query(`ALTER TABLE "overdue_flags" ADD CONSTRAINT "fk_overdue_flags_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "overdue_flags"`);
  }
}
