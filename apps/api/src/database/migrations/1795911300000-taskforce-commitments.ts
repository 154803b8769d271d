import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Commitments (承諾事項) with their milestones and quarterly progress, and what the task force
 * records: its decisions on routed proposals (votes per side) and its meetings' agendas.
 * Foreign keys to people and proposals are RESTRICT: a public record must not vanish with an account.
 */
export class TaskforceCommitments1795911300000 implements MigrationInterface {
  name = 'TaskforceCommitments1795911300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "commitments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "plan_id" uuid NOT NULL,
        "area_code" text NOT NULL,
        "title_zh_tw" text NOT NULL,
        "title_en" text NOT NULL DEFAULT '',
        "description_zh_tw" text NOT NULL DEFAULT '',
        "description_en" text NOT NULL DEFAULT '',
        "origin" text NOT NULL,
        "source_proposal_id" uuid,
        "responsible_agency_ids" uuid array NOT NULL DEFAULT '{}',
        "self_assessment" jsonb,
        "irm_assessment" jsonb,
        "tracking" text NOT NULL DEFAULT 'open',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "chk_commitments_origin" CHECK ("origin" IN ('government', 'citizen_proposal', 'civil_member', 'unknown')),
        CONSTRAINT "chk_commitments_tracking" CHECK ("tracking" IN ('open', 'closed')),
        CONSTRAINT "PK_commitments" PRIMARY KEY ("id")
      )`);
    // The public list reads a plan's commitments by area.
    await queryRunner.query(`CREATE INDEX "idx_commitments_plan_area" ON "commitments" ("plan_id", "area_code")`);
    // One commitment per adopted proposal: adopting twice cannot create two.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_commitments_source_proposal" ON "commitments" ("source_proposal_id")`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "fk_commitments_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "fk_commitments_source_proposal" FOREIGN KEY ("source_proposal_id") REFERENCES "proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE TABLE "commitment_milestones" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "commitment_id" uuid NOT NULL,
        "title_zh_tw" text NOT NULL,
        "title_en" text NOT NULL DEFAULT '',
        "due_on" date NOT NULL,
        "status" text NOT NULL,
        "evidence_url" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "chk_commitment_milestones_status" CHECK ("status" IN ('planned', 'in_progress', 'done', 'delayed')),
        CONSTRAINT "PK_commitment_milestones" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "idx_commitment_milestones_commitment" ON "commitment_milestones" ("commitment_id", "due_on")`);
    await queryRunner.query(`ALTER TABLE "commitment_milestones" ADD CONSTRAINT "fk_commitment_milestones_commitment" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE TABLE "commitment_progress_updates" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "commitment_id" uuid NOT NULL,
        "quarter" text NOT NULL,
        "text_zh_tw" text NOT NULL,
        "text_en" text NOT NULL DEFAULT '',
        "completion" text NOT NULL,
        "reported_by" uuid NOT NULL,
        "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "chk_commitment_progress_updates_completion" CHECK ("completion" IN ('no_evidence', 'not_started', 'limited', 'substantial', 'complete')),
        CONSTRAINT "PK_commitment_progress_updates" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_commitment_progress_updates_quarter" ON "commitment_progress_updates" ("commitment_id", "quarter")`);
    await queryRunner.query(`ALTER TABLE "commitment_progress_updates" ADD CONSTRAINT "fk_commitment_progress_updates_commitment" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitment_progress_updates" ADD CONSTRAINT "fk_commitment_progress_updates_reporter" FOREIGN KEY ("reported_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE TABLE "taskforce_decisions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "review_item_id" uuid NOT NULL,
        "proposal_id" uuid NOT NULL,
        "outcome" text NOT NULL,
        "rationale" text,
        "government_for" integer NOT NULL,
        "government_against" integer NOT NULL,
        "government_abstain" integer NOT NULL,
        "civil_for" integer NOT NULL,
        "civil_against" integer NOT NULL,
        "civil_abstain" integer NOT NULL,
        "commitment_id" uuid,
        "decided_by" uuid NOT NULL,
        "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "chk_taskforce_decisions_outcome" CHECK ("outcome" IN ('adopt', 'merge', 'refer', 'decline')),
        CONSTRAINT "chk_taskforce_decisions_votes" CHECK ("government_for" >= 0 AND "government_against" >= 0 AND "government_abstain" >= 0 AND "civil_for" >= 0 AND "civil_against" >= 0 AND "civil_abstain" >= 0),
        CONSTRAINT "PK_taskforce_decisions" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_taskforce_decisions_review_item" ON "taskforce_decisions" ("review_item_id")`);
    await queryRunner.query(`ALTER TABLE "taskforce_decisions" ADD CONSTRAINT "fk_taskforce_decisions_review_item" FOREIGN KEY ("review_item_id") REFERENCES "taskforce_review_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "taskforce_decisions" ADD CONSTRAINT "fk_taskforce_decisions_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "taskforce_decisions" ADD CONSTRAINT "fk_taskforce_decisions_commitment" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "taskforce_decisions" ADD CONSTRAINT "fk_taskforce_decisions_decider" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE TABLE "taskforce_meetings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "held_on" date NOT NULL,
        "title" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_taskforce_meetings" PRIMARY KEY ("id")
      )`);

    await queryRunner.query(`
      CREATE TABLE "meeting_agenda_items" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "review_item_id" uuid,
        "commitment_id" uuid,
        "position" integer NOT NULL,
        CONSTRAINT "chk_meeting_agenda_items_one_subject" CHECK (("review_item_id" IS NULL) <> ("commitment_id" IS NULL)),
        CONSTRAINT "PK_meeting_agenda_items" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_agenda_items_position" ON "meeting_agenda_items" ("meeting_id", "position")`);
    await queryRunner.query(`ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "fk_meeting_agenda_items_meeting" FOREIGN KEY ("meeting_id") REFERENCES "taskforce_meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "fk_meeting_agenda_items_review_item" FOREIGN KEY ("review_item_id") REFERENCES "taskforce_review_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "fk_meeting_agenda_items_commitment" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "meeting_agenda_items"`);
    await queryRunner.query(`DROP TABLE "taskforce_meetings"`);
    await queryRunner.query(`DROP TABLE "taskforce_decisions"`);
    await queryRunner.query(`DROP TABLE "commitment_progress_updates"`);
    await queryRunner.query(`DROP TABLE "commitment_milestones"`);
    await queryRunner.query(`DROP TABLE "commitments"`);
  }
}
