import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Action plans and their areas: the frame every proposal and commitment belongs to. */
export class InitialSchema1795910400000 implements MigrationInterface {
  name = 'InitialSchema1795910400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "action_plans" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" text NOT NULL,
        "title_zh_tw" text NOT NULL,
        "title_en" text NOT NULL,
        "period_start" character(7) NOT NULL,
        "period_end" character(7) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_action_plans_code" UNIQUE ("code"),
        CONSTRAINT "PK_action_plans" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "areas" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "plan_id" uuid NOT NULL,
        "code" text NOT NULL,
        "title_zh_tw" text NOT NULL,
        "title_en" text NOT NULL,
        "position" integer NOT NULL,
        CONSTRAINT "PK_areas" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_areas_plan_code" ON "areas" ("plan_id", "code")`);
    await queryRunner.query(`
      ALTER TABLE "areas" ADD CONSTRAINT "fk_areas_plan"
        FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "areas" DROP CONSTRAINT "fk_areas_plan"`);
    await queryRunner.query(`DROP INDEX "uq_areas_plan_code"`);
    await queryRunner.query(`DROP TABLE "areas"`);
    await queryRunner.query(`DROP TABLE "action_plans"`);
  }
}
