import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

/**
 * One bulk invalidation of a proposal's co-signs by a moderator. The public log is read from
 * here, but only through CosignInvalidationsRepository.publicLog, which never selects the
 * moderator, the IP-prefix hash, or the domain unless `public_domain` holds it.
 */
@Entity({ name: 'cosign_invalidations' })
@Check('CHK_cosign_invalidations_reason', `"reason" IN ('disposable_domain', 'automated_signups', 'duplicate_identities', 'other')`)
@Check('CHK_cosign_invalidations_count', '"invalidated_count" > 0')
@Index('idx_cosign_invalidations_proposal_created', ['proposalId', 'createdAt'])
@Index('idx_cosign_invalidations_created', ['createdAt'])
export class CosignInvalidationOrmEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_cosign_invalidations' }) id!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_cosign_invalidations_proposal' })
  proposal!: Relation<ProposalOrmEntity>;

  /** The moderator; kept for the audit trail, never shown publicly. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_cosign_invalidations_actor' })
  actor!: Relation<UserOrmEntity> | null;

  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'public_note', type: 'text' }) publicNote!: string;
  /** The criterion as given (moderators only). */
  @Column({ name: 'email_domain', type: 'text', nullable: true }) emailDomain!: string | null;
  @Column({ name: 'ip_prefix_hash', type: 'text', nullable: true }) ipPrefixHash!: string | null;
  @Column({ name: 'range_from', type: 'timestamptz', nullable: true }) rangeFrom!: Date | null;
  @Column({ name: 'range_to', type: 'timestamptz', nullable: true }) rangeTo!: Date | null;
  /** The domain the public log may show (reason `disposable_domain` only), else null. */
  @Column({ name: 'public_domain', type: 'text', nullable: true }) publicDomain!: string | null;
  @Column({ name: 'invalidated_count', type: 'integer' }) invalidatedCount!: number;
  @Column({ name: 'count_before', type: 'integer' }) countBefore!: number;
  @Column({ name: 'count_after', type: 'integer' }) countAfter!: number;
  @Column({ name: 'below_threshold_after_reaching', type: 'boolean' }) belowThresholdAfterReaching!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
