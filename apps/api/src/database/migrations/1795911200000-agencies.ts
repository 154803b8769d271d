import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agencies, their point-by-point answers and the extensions of their due dates.
 * agency_response_requests.agency_id gets no foreign key here: routing writes whatever agency
 * ids a proposal suggests, and existing rows and tests hold ids of agencies that were never
 * stored; the key can follow once routing resolves agencies through this table.
 */
export class Agencies1795911200000 implements MigrationInterface {
  name = 'Agencies1795911200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "agencies" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" text NOT NULL,
        "name_zh_tw" text NOT NULL,
        "name_en" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_agencies" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agencies_code" ON "agencies" ("code")`);

    await queryRunner.query(`
      CREATE TABLE "agency_responses" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "request_id" uuid NOT NULL,
        "points" jsonb NOT NULL,
        "submitted_by" uuid NOT NULL,
        "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_agency_responses" PRIMARY KEY ("id")
      )`);
    // One answer per request: a second submission, even a concurrent one, is refused here.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agency_responses_request" ON "agency_responses" ("request_id")`);
    await queryRunner.query(`ALTER TABLE "agency_responses" ADD CONSTRAINT "fk_agency_responses_request" FOREIGN KEY ("request_id") REFERENCES "agency_response_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agency_responses" ADD CONSTRAINT "fk_agency_responses_submitter" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE TABLE "agency_response_extensions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "request_id" uuid NOT NULL,
        "previous_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "new_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "reason" text NOT NULL,
        "granted_by" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_agency_response_extensions" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "idx_agency_response_extensions_request" ON "agency_response_extensions" ("request_id", "created_at")`);
    await queryRunner.query(`ALTER TABLE "agency_response_extensions" ADD CONSTRAINT "fk_agency_response_extensions_request" FOREIGN KEY ("request_id") REFERENCES "agency_response_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agency_response_extensions" ADD CONSTRAINT "fk_agency_response_extensions_granter" FOREIGN KEY ("granted_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "agency_response_extensions"`);
    await queryRunner.query(`DROP TABLE "agency_responses"`);
    await queryRunner.query(`DROP TABLE "agencies"`);
  }
}
