import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Following a proposal, batched notification emails, and stable public notification kinds.
 * Notifications so far stored the event type as their kind; they become the domain's
 * NotificationKind names, which the web app words (an unknown one would show a generic line).
 */
export class FollowsAndEmailDigests1795911600000 implements MigrationInterface {
  name = 'FollowsAndEmailDigests1795911600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "proposal_follows" (
        "user_id" uuid NOT NULL,
        "proposal_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_proposal_follows" PRIMARY KEY ("user_id", "proposal_id")
      )`);
    await queryRunner.query(`CREATE INDEX "idx_proposal_follows_proposal" ON "proposal_follows" ("proposal_id")`);
    await queryRunner.query(`ALTER TABLE "proposal_follows" ADD CONSTRAINT "fk_proposal_follows_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal_follows" ADD CONSTRAINT "fk_proposal_follows_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`ALTER TABLE "users" ADD "email_notifications" boolean NOT NULL DEFAULT true`);
    // Existing notifications were shown in-app already; they are not worth an email now.
    await queryRunner.query(`ALTER TABLE "notifications" ADD "emailed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "notifications" SET "emailed_at" = "created_at"`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_unemailed" ON "notifications" ("created_at") WHERE "emailed_at" IS NULL`);
    await queryRunner.query(`
      UPDATE "notifications" SET "kind" = CASE "kind"
        WHEN 'ProposalPublished' THEN 'proposal.published'
        WHEN 'ProposalReturned' THEN 'proposal.returned'
        WHEN 'ProposalRejected' THEN 'proposal.rejected'
        WHEN 'ProposalMarkedDuplicate' THEN 'proposal.duplicate'
        WHEN 'ProposalThresholdReached' THEN 'proposal.threshold_reached'
        WHEN 'ProposalExpired' THEN 'proposal.expired'
        WHEN 'ProposalCosigningClosed' THEN 'proposal.cosigning_closed'
        WHEN 'ProposalRouted' THEN 'proposal.routed'
        WHEN 'ProposalDecided' THEN 'proposal.decided'
        ELSE "kind" END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE "notifications" SET "kind" = CASE "kind"
        WHEN 'proposal.published' THEN 'ProposalPublished'
        WHEN 'proposal.returned' THEN 'ProposalReturned'
        WHEN 'proposal.rejected' THEN 'ProposalRejected'
        WHEN 'proposal.duplicate' THEN 'ProposalMarkedDuplicate'
        WHEN 'proposal.threshold_reached' THEN 'ProposalThresholdReached'
        WHEN 'proposal.expired' THEN 'ProposalExpired'
        WHEN 'proposal.cosigning_closed' THEN 'ProposalCosigningClosed'
        WHEN 'proposal.routed' THEN 'ProposalRouted'
        WHEN 'proposal.decided' THEN 'ProposalDecided'
        ELSE "kind" END`);
    await queryRunner.query(`DROP INDEX "idx_notifications_unemailed"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "emailed_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_notifications"`);
    await queryRunner.query(`DROP TABLE "proposal_follows"`);
  }
}
