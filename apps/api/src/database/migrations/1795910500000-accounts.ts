import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, roles, sessions, one-time codes, the development outbox and the shared audit log. */
export class Accounts1795910500000 implements MigrationInterface {
  name = 'Accounts1795910500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" text NOT NULL,
        "password_hash" text NOT NULL,
        "display_name" text NOT NULL,
        "email_verified_at" TIMESTAMP WITH TIME ZONE,
        "phone" text,
        "phone_verified_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_users_email" UNIQUE ("email"),
        CONSTRAINT "UQ_users_phone" UNIQUE ("phone"),
        CONSTRAINT "PK_users" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "user_roles" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "side" text,
        "tf_role" text,
        "agency_id" uuid,
        "granted_by" uuid,
        "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "chk_user_roles_kind" CHECK ("kind" IN ('citizen', 'moderator', 'task_force_member', 'agency_officer', 'admin')),
        CONSTRAINT "PK_user_roles" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_roles_user_kind" ON "user_roles" ("user_id", "kind") WHERE "agency_id" IS NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_user_roles_user_kind_agency" ON "user_roles" ("user_id", "kind", "agency_id") WHERE "agency_id" IS NOT NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE "user_roles" ADD CONSTRAINT "fk_user_roles_user"
        FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE TABLE "sessions" (
        "id" text NOT NULL,
        "user_id" uuid NOT NULL,
        "csrf_token" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_sessions" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_sessions_user" ON "sessions" ("user_id")`);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user"
        FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE TABLE "verification_codes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "channel" text NOT NULL,
        "target" text NOT NULL,
        "code_hash" text NOT NULL,
        "attempts" integer NOT NULL DEFAULT 0,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "consumed_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "chk_verification_codes_channel" CHECK ("channel" IN ('email', 'phone', 'password_reset')),
        CONSTRAINT "PK_verification_codes" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_verification_codes_user_channel" ON "verification_codes" ("user_id", "channel")`);
    await queryRunner.query(`
      ALTER TABLE "verification_codes" ADD CONSTRAINT "fk_verification_codes_user"
        FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE TABLE "dev_outbox_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "channel" text NOT NULL,
        "recipient" text NOT NULL,
        "subject" text,
        "body" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "chk_dev_outbox_messages_channel" CHECK ("channel" IN ('email', 'sms')),
        CONSTRAINT "PK_dev_outbox_messages" PRIMARY KEY ("id")
      )`);

    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" BIGSERIAL NOT NULL,
        "actor_id" uuid,
        "action" text NOT NULL,
        "subject_type" text NOT NULL,
        "subject_id" text NOT NULL,
        "before" jsonb,
        "after" jsonb,
        "reason" text,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_audit_log" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_subject" ON "audit_log" ("subject_type", "subject_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_audit_log_subject"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TABLE "dev_outbox_messages"`);
    await queryRunner.query(`ALTER TABLE "verification_codes" DROP CONSTRAINT "fk_verification_codes_user"`);
    await queryRunner.query(`DROP INDEX "ix_verification_codes_user_channel"`);
    await queryRunner.query(`DROP TABLE "verification_codes"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"`);
    await queryRunner.query(`DROP INDEX "ix_sessions_user"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`ALTER TABLE "user_roles" DROP CONSTRAINT "fk_user_roles_user"`);
    await queryRunner.query(`DROP INDEX "uq_user_roles_user_kind_agency"`);
    await queryRunner.query(`DROP INDEX "uq_user_roles_user_kind"`);
    await queryRunner.query(`DROP TABLE "user_roles"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
