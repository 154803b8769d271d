import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = "'draft','in_review','open','threshold_reached','routed','adopted','merged','referred','declined','rejected','duplicate','withdrawn','expired'";

/**
 * Participation cycles (the rules in force), proposals, co-signs and the outbox that carries
 * domain events to the queues. Chinese search uses pg_trgm: PostgreSQL's parser does not
 * segment Chinese, while trigram (and ILIKE) matching works on any substring.
 */
export class Proposals1795910600000 implements MigrationInterface {
  name = 'Proposals1795910600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE "participation_cycles" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" text NOT NULL,
        "title_zh_tw" text NOT NULL,
        "title_en" text NOT NULL,
        "threshold" integer NOT NULL,
        "cosign_window_days" integer NOT NULL,
        "review_working_days" integer NOT NULL,
        "agency_response_days" integer NOT NULL,
        "cosigns_accumulate_after_threshold" boolean NOT NULL,
        "blackout_periods" jsonb NOT NULL DEFAULT '[]',
        "is_current" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_participation_cycles_code" UNIQUE ("code"),
        CONSTRAINT "CHK_participation_cycles_numbers" CHECK ("threshold" >= 1 AND "cosign_window_days" >= 1 AND "review_working_days" >= 1 AND "agency_response_days" >= 1),
        CONSTRAINT "PK_participation_cycles" PRIMARY KEY ("id")
      )`);
    // At most one cycle is current: new proposals join it.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_participation_cycles_current" ON "participation_cycles" ("is_current") WHERE "is_current"`);
    await queryRunner.query(`
      CREATE TABLE "proposals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "cycle_id" uuid NOT NULL,
        "proposer_id" uuid NOT NULL,
        "status" text NOT NULL,
        "title" text NOT NULL,
        "background" text NOT NULL,
        "body" text NOT NULL,
        "expected_benefits" text NOT NULL,
        "area_code" text NOT NULL,
        "suggested_agency_ids" uuid array NOT NULL DEFAULT '{}',
        "links" text array NOT NULL DEFAULT '{}',
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "return_note" text,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "cosign_deadline" TIMESTAMP WITH TIME ZONE,
        "cosign_count" integer NOT NULL DEFAULT 0,
        "threshold_reached_at" TIMESTAMP WITH TIME ZONE,
        "cosigning_closed_at" TIMESTAMP WITH TIME ZONE,
        "rejection_code" text,
        "rejection_note" text,
        "rejected_at" TIMESTAMP WITH TIME ZONE,
        "rejection_duplicate_of_id" uuid,
        "duplicate_of_id" uuid,
        "withdrawn_at" TIMESTAMP WITH TIME ZONE,
        "expired_at" TIMESTAMP WITH TIME ZONE,
        "routed_at" TIMESTAMP WITH TIME ZONE,
        "routed_agency_ids" uuid array NOT NULL DEFAULT '{}',
        "agency_response_due_at" TIMESTAMP WITH TIME ZONE,
        "decision_outcome" text,
        "decision_rationale" text,
        "decision_target_commitment_id" uuid,
        "decided_by" uuid,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_proposals_status" CHECK ("status" IN (${STATUSES})),
        CONSTRAINT "CHK_proposals_cosign_count" CHECK ("cosign_count" >= 0),
        CONSTRAINT "PK_proposals" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "idx_proposals_status_published" ON "proposals" ("status", "published_at")`);
    await queryRunner.query(`CREATE INDEX "idx_proposals_status_count" ON "proposals" ("status", "cosign_count")`);
    await queryRunner.query(`CREATE INDEX "idx_proposals_status_deadline" ON "proposals" ("status", "cosign_deadline")`);
    await queryRunner.query(`CREATE INDEX "idx_proposals_proposer" ON "proposals" ("proposer_id")`);
    await queryRunner.query(`CREATE INDEX "idx_proposals_title_trgm" ON "proposals" USING gin ("title" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "idx_proposals_text_trgm" ON "proposals" USING gin (("title" || ' ' || "background" || ' ' || "body" || ' ' || "expected_benefits") gin_trgm_ops)`,
    );
    await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_cycle" FOREIGN KEY ("cycle_id") REFERENCES "participation_cycles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_proposer" FOREIGN KEY ("proposer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_duplicate_of" FOREIGN KEY ("duplicate_of_id") REFERENCES "proposals"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`
      CREATE TABLE "cosigns" (
        "id" bigserial NOT NULL,
        "proposal_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "verification_tier" text NOT NULL,
        "comment" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_cosigns_tier" CHECK ("verification_tier" IN ('email', 'phone')),
        CONSTRAINT "PK_cosigns" PRIMARY KEY ("id")
      )`);
    // One co-sign per person per proposal: the database, not the application, is the last word.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cosigns_proposal_user" ON "cosigns" ("proposal_id", "user_id")`);
    await queryRunner.query(`CREATE INDEX "idx_cosigns_proposal_created" ON "cosigns" ("proposal_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "idx_cosigns_user" ON "cosigns" ("user_id")`);
    await queryRunner.query(`ALTER TABLE "cosigns" ADD CONSTRAINT "fk_cosigns_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cosigns" ADD CONSTRAINT "fk_cosigns_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`
      CREATE TABLE "outbox" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "event_type" text NOT NULL,
        "aggregate_type" text NOT NULL,
        "aggregate_id" text NOT NULL,
        "payload" jsonb NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        CONSTRAINT "PK_outbox" PRIMARY KEY ("id")
      )`);
    // The relay claims the oldest unpublished rows; this index holds only those.
    await queryRunner.query(`CREATE INDEX "idx_outbox_unpublished" ON "outbox" ("occurred_at") WHERE "published_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP TABLE "cosigns"`);
    await queryRunner.query(`DROP TABLE "proposals"`);
    await queryRunner.query(`DROP TABLE "participation_cycles"`);
  }
}
