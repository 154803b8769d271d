import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasing an account (issue 8, privacy). The users row stays as a tombstone so that proposals,
 * comments and audit lines keep their foreign keys; deleted_at marks it. A co-sign of an erased
 * account keeps counting but names nobody: user_id becomes NULL. The (proposal, user) unique
 * index still holds for everyone else, because PostgreSQL treats NULLs as distinct.
 *
 * Timestamp: the brief asked for 1795910401900, but TypeORM runs migrations in timestamp order
 * and that one sorts before the accounts and cosigns tables exist (1795910500000, 1795910600000);
 * 1795911900000 keeps the same suffix after the newest migration (1795911700000).
 */
export class AccountErasure1795911900000 implements MigrationInterface {
  name = 'AccountErasure1795911900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "cosigns" ALTER COLUMN "user_id" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Anonymous co-signs cannot be given back a person; they are removed before NOT NULL returns.
    await queryRunner.query(`DELETE FROM "cosigns" WHERE "user_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "cosigns" ALTER COLUMN "user_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "deleted_at"`);
  }
}
