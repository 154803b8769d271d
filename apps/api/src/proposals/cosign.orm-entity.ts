import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { CosignInvalidationOrmEntity } from '../cosign-fraud/cosign-invalidation.orm-entity';
import { ProposalOrmEntity } from './proposal.orm-entity';

/**
 * Append-only: a co-sign is never withdrawn (Join rule) nor deleted. The one update is a
 * moderator's invalidation, which marks it (`invalidated_at`) and leaves it in place, so the
 * unique key keeps the person from co-signing that proposal again.
 */
@Entity({ name: 'cosigns' })
@Check('CHK_cosigns_tier', `"verification_tier" IN ('email', 'phone')`)
@Index('uq_cosigns_proposal_user', ['proposalId', 'userId'], { unique: true })
// One co-sign per phone number too, across account erasure; NULL keys (co-signs older than the
// key) never collide, and for them the (proposal, user) key still holds while the account lives.
@Index('uq_cosigns_proposal_phone_key', ['proposalId', 'phoneKey'], { unique: true })
@Index('idx_cosigns_proposal_created', ['proposalId', 'createdAt'])
@Index('idx_cosigns_user', ['userId'])
// The retention sweep's partial index (co-signs still holding IP-prefix signals) lives in the migration only.
@Index('idx_cosigns_signals_created', { synchronize: false })
// So is the phone-key backfill's (co-signs without a key, by id).
@Index('idx_cosigns_without_phone_key', { synchronize: false })
export class CosignOrmEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_cosigns_proposal' })
  proposal!: Relation<ProposalOrmEntity>;

  /** NULL once the co-signer erased their account: the co-sign still counts, but names nobody. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_cosigns_user' })
  user!: Relation<UserOrmEntity> | null;
  @Column({ name: 'verification_tier', type: 'text' }) verificationTier!: string;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  /**
   * Fraud-detection signals (issue 8). The email domain is not personal data. The IP is: only an
   * HMAC of its /24 (v4) or /48 (v6) is kept, plus a coarser mask (/16, /32) for display, and
   * the retention sweep clears both after RETENTION_COSIGN_SIGNALS_DAYS.
   */
  @Column({ name: 'email_domain', type: 'text', nullable: true }) emailDomain!: string | null;
  @Column({ name: 'ip_prefix_hash', type: 'text', nullable: true }) ipPrefixHash!: string | null;
  @Column({ name: 'ip_prefix_masked', type: 'text', nullable: true }) ipPrefixMasked!: string | null;
  /**
   * The co-signer's phone key (phone-key.ts), copied from the account when the co-sign is made.
   * Unlike the number, it stays when the account is erased, and on purpose: it is what holds one
   * person to one co-sign of a proposal after they delete their account and register again with
   * the same number. It names nobody and cannot be turned back into the number without the server
   * secret, and it is kept for as long as the co-sign counts. Never exported, never shown.
   */
  @Column({ name: 'phone_key', type: 'text', nullable: true }) phoneKey!: string | null;
  @Column({ name: 'invalidated_at', type: 'timestamptz', nullable: true }) invalidatedAt!: Date | null;
  @Column({ name: 'invalidation_id', type: 'uuid', nullable: true }) invalidationId!: string | null;

  @ManyToOne(() => CosignInvalidationOrmEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invalidation_id', foreignKeyConstraintName: 'fk_cosigns_invalidation' })
  invalidation!: Relation<CosignInvalidationOrmEntity> | null;
}
