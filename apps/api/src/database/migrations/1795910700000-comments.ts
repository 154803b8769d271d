import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments on public proposals (one level of replies) and the reports against them.
 * A report stays "pending" until a moderator decides (settled_at); the comment keeps the
 * last decision so the domain's Comment round-trips, while the audit log keeps the history.
 */
export class Comments1795910700000 implements MigrationInterface {
  name = 'Comments1795910700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "comments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "proposal_id" uuid NOT NULL,
        "author_id" uuid NOT NULL,
        "parent_id" uuid,
        "stance" text NOT NULL,
        "body" text NOT NULL,
        "visibility" text NOT NULL,
        "edited_at" TIMESTAMP WITH TIME ZONE,
        "moderation_action" text,
        "moderation_reason" text,
        "moderated_by" uuid,
        "moderated_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_comments_stance" CHECK ("stance" IN ('support', 'oppose', 'neutral')),
        CONSTRAINT "CHK_comments_visibility" CHECK ("visibility" IN ('visible', 'hidden_by_reports', 'hidden_by_moderator')),
        CONSTRAINT "CHK_comments_moderation_action" CHECK ("moderation_action" IN ('hide', 'restore')),
        CONSTRAINT "PK_comments" PRIMARY KEY ("id")
      )`);
    // The public thread: top-level comments of a proposal by date, then the replies of each.
    await queryRunner.query(`CREATE INDEX "idx_comments_proposal_thread" ON "comments" ("proposal_id", "parent_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "idx_comments_parent" ON "comments" ("parent_id")`);
    await queryRunner.query(`CREATE INDEX "idx_comments_author" ON "comments" ("author_id")`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_parent" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_moderator" FOREIGN KEY ("moderated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`
      CREATE TABLE "comment_reports" (
        "id" bigserial NOT NULL,
        "comment_id" uuid NOT NULL,
        "reporter_id" uuid NOT NULL,
        "reason" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "settled_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_comment_reports" PRIMARY KEY ("id")
      )`);
    // One report per person per comment: the database, not only the domain, makes a repeat count once.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_comment_reports_comment_reporter" ON "comment_reports" ("comment_id", "reporter_id")`);
    await queryRunner.query(`CREATE INDEX "idx_comment_reports_reporter" ON "comment_reports" ("reporter_id")`);
    await queryRunner.query(`ALTER TABLE "comment_reports" ADD CONSTRAINT "fk_comment_reports_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comment_reports" ADD CONSTRAINT "fk_comment_reports_reporter" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "comment_reports"`);
    await queryRunner.query(`DROP TABLE "comments"`);
  }
}
