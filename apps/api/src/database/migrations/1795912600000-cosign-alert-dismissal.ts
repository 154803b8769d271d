import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderators can dismiss a trending-source alert they judge legitimate: who did it and why sit
 * on the alert beside resolved_at. The moderator is a soft link (an erased account leaves the
 * note and the audit line, without the person). A note only ever sits on a settled alert: the
 * detection clears both columns when it reopens one, and the check says so.
 */
export class CosignAlertDismissal1795912600000 implements MigrationInterface {
  name = 'CosignAlertDismissal1795912600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cosign_alerts" ADD "dismissed_by" uuid`);
    await queryRunner.query(`ALTER TABLE "cosign_alerts" ADD "dismissal_note" text`);
    await queryRunner.query(`ALTER TABLE "cosign_alerts" ADD CONSTRAINT "CHK_cosign_alerts_dismissal_settled" CHECK ("dismissal_note" IS NULL OR "resolved_at" IS NOT NULL)`);
    await queryRunner.query(
      `ALTER TABLE "cosign_alerts" ADD CONSTRAINT "fk_cosign_alerts_dismissed_by" FOREIGN KEY ("dismissed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cosign_alerts" DROP CONSTRAINT "fk_cosign_alerts_dismissed_by"`);
    await queryRunner.query(`ALTER TABLE "cosign_alerts" DROP CONSTRAINT "CHK_cosign_alerts_dismissal_settled"`);
    await queryRunner.query(`ALTER TABLE "cosign_alerts" DROP COLUMN "dismissal_note"`);
    await queryRunner.query(`ALTER TABLE "cosign_alerts" DROP COLUMN "dismissed_by"`);
  }
}
