import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When and why the task force closed a commitment's tracking (解除列管): the public reads the reason. */
export class CommitmentTrackingClosure1795911650000 implements MigrationInterface {
  name = 'CommitmentTrackingClosure1795911650000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commitments" ADD "tracking_closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "commitments" ADD "tracking_closed_reason" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commitments" DROP COLUMN "tracking_closed_reason"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP COLUMN "tracking_closed_at"`);
  }
}
