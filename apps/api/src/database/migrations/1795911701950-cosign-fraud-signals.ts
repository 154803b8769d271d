import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anti-automation (issue 8). Co-signs gain detection signals (email domain; an HMAC of the IP
 * /24 or /48 and a coarse mask for display, never the address) and an invalidation mark (rows
 * are never deleted). cosign_invalidations holds each bulk invalidation (the public log reads a
 * subset of it); cosign_alerts holds trending sources, one row per proposal and source.
 *
 * The brief suggested timestamp 1795910401950, but TypeORM sorts migrations by timestamp, and
 * that one would run before the migration that creates `cosigns` on a fresh database; this one
 * keeps its "…01950" suffix after the newest existing migration (1795911700000).
 */
export class CosignFraudSignals1795911701950 implements MigrationInterface {
  name = 'CosignFraudSignals1795911701950';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cosign_invalidations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "actor_id" uuid, "reason" text NOT NULL, "public_note" text NOT NULL, "email_domain" text, "ip_prefix_hash" text, "range_from" TIMESTAMP WITH TIME ZONE, "range_to" TIMESTAMP WITH TIME ZONE, "public_domain" text, "invalidated_count" integer NOT NULL, "count_before" integer NOT NULL, "count_after" integer NOT NULL, "below_threshold_after_reaching" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_cosign_invalidations_count" CHECK ("invalidated_count" > 0), CONSTRAINT "CHK_cosign_invalidations_reason" CHECK ("reason" IN ('disposable_domain', 'automated_signups', 'duplicate_identities', 'other')), CONSTRAINT "PK_cosign_invalidations" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_cosign_invalidations_created" ON "cosign_invalidations" ("created_at")`);
    await queryRunner.query(`CREATE INDEX "idx_cosign_invalidations_proposal_created" ON "cosign_invalidations" ("proposal_id", "created_at")`);
    await queryRunner.query(`CREATE TABLE "cosign_alerts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "kind" text NOT NULL, "source_key" text NOT NULL, "source_label" text NOT NULL, "window_count" integer NOT NULL, "window_total" integer NOT NULL, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "detected_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_cosign_alerts_kind" CHECK ("kind" IN ('email_domain', 'ip_prefix')), CONSTRAINT "PK_cosign_alerts" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_cosign_alerts_last_seen" ON "cosign_alerts" ("last_seen_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cosign_alerts_source" ON "cosign_alerts" ("proposal_id", "kind", "source_key")`);
    await queryRunner.query(`ALTER TABLE "cosigns" ADD "email_domain" text`);
    await queryRunner.query(`ALTER TABLE "cosigns" ADD "ip_prefix_hash" text`);
    await queryRunner.query(`ALTER TABLE "cosigns" ADD "ip_prefix_masked" text`);
    await queryRunner.query(`ALTER TABLE "cosigns" ADD "invalidated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "cosigns" ADD "invalidation_id" uuid`);
    await queryRunner.query(`ALTER TABLE "cosign_invalidations" ADD CONSTRAINT "fk_cosign_invalidations_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cosign_invalidations" ADD CONSTRAINT "fk_cosign_invalidations_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cosigns" ADD CONSTRAINT "fk_cosigns_invalidation" FOREIGN KEY ("invalidation_id") REFERENCES "cosign_invalidations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cosign_alerts" ADD CONSTRAINT "fk_cosign_alerts_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cosign_alerts" DROP CONSTRAINT "fk_cosign_alerts_proposal"`);
    await queryRunner.query(`ALTER TABLE "cosigns" DROP CONSTRAINT "fk_cosigns_invalidation"`);
    await queryRunner.query(`ALTER TABLE "cosign_invalidations" DROP CONSTRAINT "fk_cosign_invalidations_actor"`);
    await queryRunner.query(`ALTER TABLE "cosign_invalidations" DROP CONSTRAINT "fk_cosign_invalidations_proposal"`);
    await queryRunner.query(`ALTER TABLE "cosigns" DROP COLUMN "invalidation_id"`);
    await queryRunner.query(`ALTER TABLE "cosigns" DROP COLUMN "invalidated_at"`);
    await queryRunner.query(`ALTER TABLE "cosigns" DROP COLUMN "ip_prefix_masked"`);
    await queryRunner.query(`ALTER TABLE "cosigns" DROP COLUMN "ip_prefix_hash"`);
    await queryRunner.query(`ALTER TABLE "cosigns" DROP COLUMN "email_domain"`);
    await queryRunner.query(`DROP INDEX "public"."uq_cosign_alerts_source"`);
    await queryRunner.query(`DROP INDEX "public"."idx_cosign_alerts_last_seen"`);
    await queryRunner.query(`DROP TABLE "cosign_alerts"`);
    await queryRunner.query(`DROP INDEX "public"."idx_cosign_invalidations_proposal_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_cosign_invalidations_created"`);
    await queryRunner.query(`DROP TABLE "cosign_invalidations"`);
  }
}
