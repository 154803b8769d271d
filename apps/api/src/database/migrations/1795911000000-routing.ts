import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What routing a proposal produces (one task-force review item per proposal, one response
 * request per proposal and agency), the proposer's in-app notifications, and the trigger that
 * wakes the worker's outbox relay. Each unique key is what makes its job idempotent: the
 * relay delivers at least once, so a job may run twice and must change nothing the second time.
 */
export class Routing1795911000000 implements MigrationInterface {
  name = 'Routing1795911000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "taskforce_review_items" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "proposal_id" uuid NOT NULL,
        "status" text NOT NULL DEFAULT 'open',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_taskforce_review_items" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_taskforce_review_items_proposal" ON "taskforce_review_items" ("proposal_id")`);
    await queryRunner.query(`ALTER TABLE "taskforce_review_items" ADD CONSTRAINT "fk_taskforce_review_items_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // agency_id has no foreign key yet: the agencies table arrives with the agency module.
    await queryRunner.query(`
      CREATE TABLE "agency_response_requests" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "proposal_id" uuid NOT NULL,
        "agency_id" uuid NOT NULL,
        "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "status" text NOT NULL DEFAULT 'requested',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_agency_response_requests" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agency_response_requests_proposal_agency" ON "agency_response_requests" ("proposal_id", "agency_id")`);
    // An agency's inbox and the overdue list read by agency and due date.
    await queryRunner.query(`CREATE INDEX "idx_agency_response_requests_agency_due" ON "agency_response_requests" ("agency_id", "due_at")`);
    await queryRunner.query(`ALTER TABLE "agency_response_requests" ADD CONSTRAINT "fk_agency_response_requests_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // event_id is the outbox row id, without a foreign key: published outbox rows may be pruned.
    await queryRunner.query(`
      CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "event_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "proposal_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "read_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_notifications" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_user_event" ON "notifications" ("user_id", "event_id")`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_user_created" ON "notifications" ("user_id", "created_at")`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // Wakes the relay as soon as an event commits (NOTIFY is delivered at commit); the relay also polls.
    await queryRunner.query(`
      CREATE FUNCTION "outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox', '');
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER "trg_outbox_notify" AFTER INSERT ON "outbox" FOR EACH STATEMENT EXECUTE FUNCTION "outbox_notify"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_outbox_notify" ON "outbox"`);
    await queryRunner.query(`DROP FUNCTION "outbox_notify"()`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "agency_response_requests"`);
    await queryRunner.query(`DROP TABLE "taskforce_review_items"`);
  }
}
