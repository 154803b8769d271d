import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What seeding the first action plan needs: the plan's own numbering of its commitments
 * (code, unique per plan, null for commitments adopted later, which the published plan never
 * numbered), the plan-level breakdown of origins the document gives without saying which
 * commitment is which, the task force's seats as public reference data, and a demo flag on
 * users and proposals so development data can never be mistaken for real participation.
 */
export class CommitmentCodes1795911400000 implements MigrationInterface {
  name = 'CommitmentCodes1795911400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commitments" ADD "code" text`);
    // NULLs do not collide, so adopted commitments without a published number coexist; the seed upserts on (plan_id, code).
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_commitments_plan_code" ON "commitments" ("plan_id", "code")`);
    await queryRunner.query(`ALTER TABLE "action_plans" ADD "origin_summary" jsonb`);

    await queryRunner.query(`
      CREATE TABLE "taskforce_seats" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" text NOT NULL,
        "position" integer NOT NULL,
        "role" text NOT NULL,
        "side" text NOT NULL,
        "holder_zh_tw" text,
        "holder_en" text,
        "title_zh_tw" text NOT NULL,
        "title_en" text NOT NULL,
        "seat_count" integer,
        "note_zh_tw" text NOT NULL DEFAULT '',
        "note_en" text NOT NULL DEFAULT '',
        CONSTRAINT "chk_taskforce_seats_role" CHECK ("role" IN ('convener', 'co_convener', 'member')),
        CONSTRAINT "chk_taskforce_seats_side" CHECK ("side" IN ('government', 'civil')),
        CONSTRAINT "chk_taskforce_seats_count" CHECK ("seat_count" IS NULL OR "seat_count" >= 1),
        CONSTRAINT "PK_taskforce_seats" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_taskforce_seats_code" ON "taskforce_seats" ("code")`);

    await queryRunner.query(`ALTER TABLE "users" ADD "is_demo" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "proposals" ADD "is_demo" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposals" DROP COLUMN "is_demo"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "is_demo"`);
    await queryRunner.query(`DROP TABLE "taskforce_seats"`);
    await queryRunner.query(`ALTER TABLE "action_plans" DROP COLUMN "origin_summary"`);
    await queryRunner.query(`DROP INDEX "uq_commitments_plan_code"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP COLUMN "code"`);
  }
}
