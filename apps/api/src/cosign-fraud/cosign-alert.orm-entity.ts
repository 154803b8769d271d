import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

/**
 * A trending co-sign source of one proposal, for moderators. One row per (proposal, kind,
 * source): detection runs every minute and updates the row, so an alert is raised once, not
 * once a run. `resolved_at` is set by an invalidation on the same source or a moderator's
 * dismissal, and cleared when the source trends again with newer co-signs (which clears the
 * dismissal too: the audit log keeps its history).
 */
@Entity({ name: 'cosign_alerts' })
@Check('CHK_cosign_alerts_kind', `"kind" IN ('email_domain', 'ip_prefix')`)
@Check('CHK_cosign_alerts_dismissal_settled', `"dismissal_note" IS NULL OR "resolved_at" IS NOT NULL`)
@Index('uq_cosign_alerts_source', ['proposalId', 'kind', 'sourceKey'], { unique: true })
@Index('idx_cosign_alerts_last_seen', ['lastSeenAt'])
export class CosignAlertOrmEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_cosign_alerts' }) id!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_cosign_alerts_proposal' })
  proposal!: Relation<ProposalOrmEntity>;

  @Column({ type: 'text' }) kind!: string;
  /** The email domain, or the keyed hash of the IP prefix: what an invalidation criterion takes. */
  @Column({ name: 'source_key', type: 'text' }) sourceKey!: string;
  /** What moderators read: the domain, or the masked prefix (`203.0.*.*`). */
  @Column({ name: 'source_label', type: 'text' }) sourceLabel!: string;
  @Column({ name: 'window_count', type: 'integer' }) windowCount!: number;
  @Column({ name: 'window_total', type: 'integer' }) windowTotal!: number;
  @Column({ name: 'first_seen_at', type: 'timestamptz' }) firstSeenAt!: Date;
  @Column({ name: 'last_seen_at', type: 'timestamptz' }) lastSeenAt!: Date;
  @Column({ name: 'detected_at', type: 'timestamptz' }) detectedAt!: Date;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;

  /** The moderator who dismissed the alert as legitimate; null when open, resolved by an invalidation, or the account was erased. */
  @Column({ name: 'dismissed_by', type: 'uuid', nullable: true }) dismissedBy!: string | null;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'dismissed_by', foreignKeyConstraintName: 'fk_cosign_alerts_dismissed_by' })
  dismisser!: Relation<UserOrmEntity> | null;

  /** Why it was dismissed; moderators only, never public. */
  @Column({ name: 'dismissal_note', type: 'text', nullable: true }) dismissalNote!: string | null;
}
