import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { PROPOSAL_STATUSES } from '@open-proposals/domain';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { ParticipationCycleOrmEntity } from './participation-cycle.orm-entity';

// The migration keeps its own frozen copy of this list; the entity follows the domain.
const STATUSES = PROPOSAL_STATUSES.map((status) => `'${status}'`).join(',');

/** One row per proposal; the columns follow the domain's Proposal record (see proposal.mapper.ts). */
@Entity({ name: 'proposals' })
@Check('CHK_proposals_status', `"status" IN (${STATUSES})`)
@Check('CHK_proposals_cosign_count', '"cosign_count" >= 0')
@Index('idx_proposals_status_published', ['status', 'publishedAt'])
@Index('idx_proposals_status_count', ['status', 'cosignCount'])
@Index('idx_proposals_status_deadline', ['status', 'cosignDeadline'])
@Index('idx_proposals_proposer', ['proposerId'])
// Trigram indexes for Chinese substring search; expression and GIN indexes live in the migration only.
@Index('idx_proposals_title_trgm', { synchronize: false })
@Index('idx_proposals_text_trgm', { synchronize: false })
// The public list orders (DESC NULLS LAST, which decorators cannot say) live in the migration only.
@Index('idx_proposals_newest', { synchronize: false })
@Index('idx_proposals_most_cosigned', { synchronize: false })
@Index('idx_proposals_ending_soon', { synchronize: false })
export class ProposalOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'cycle_id', type: 'uuid' }) cycleId!: string;

  @ManyToOne(() => ParticipationCycleOrmEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycle_id', foreignKeyConstraintName: 'fk_proposals_cycle' })
  cycle!: Relation<ParticipationCycleOrmEntity>;

  @Column({ name: 'proposer_id', type: 'uuid' }) proposerId!: string;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposer_id', foreignKeyConstraintName: 'fk_proposals_proposer' })
  proposer!: Relation<UserOrmEntity>;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) background!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'expected_benefits', type: 'text' }) expectedBenefits!: string;
  @Column({ name: 'area_code', type: 'text' }) areaCode!: string;
  @Column({ name: 'suggested_agency_ids', type: 'uuid', array: true, default: () => "'{}'" }) suggestedAgencyIds!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) links!: string[];
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'return_note', type: 'text', nullable: true }) returnNote!: string | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'cosign_deadline', type: 'timestamptz', nullable: true }) cosignDeadline!: Date | null;
  @Column({ name: 'cosign_count', type: 'integer', default: 0 }) cosignCount!: number;
  @Column({ name: 'threshold_reached_at', type: 'timestamptz', nullable: true }) thresholdReachedAt!: Date | null;
  @Column({ name: 'cosigning_closed_at', type: 'timestamptz', nullable: true }) cosigningClosedAt!: Date | null;
  @Column({ name: 'rejection_code', type: 'text', nullable: true }) rejectionCode!: string | null;
  @Column({ name: 'rejection_note', type: 'text', nullable: true }) rejectionNote!: string | null;
  @Column({ name: 'rejected_at', type: 'timestamptz', nullable: true }) rejectedAt!: Date | null;
  /** For rejections with code 'duplicate': the original (not a foreign key: the log must outlive it). */
  @Column({ name: 'rejection_duplicate_of_id', type: 'uuid', nullable: true }) rejectionDuplicateOfId!: string | null;

  @Column({ name: 'duplicate_of_id', type: 'uuid', nullable: true }) duplicateOfId!: string | null;
  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'duplicate_of_id', foreignKeyConstraintName: 'fk_proposals_duplicate_of' })
  duplicateOf!: Relation<ProposalOrmEntity> | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ name: 'expired_at', type: 'timestamptz', nullable: true }) expiredAt!: Date | null;
  @Column({ name: 'routed_at', type: 'timestamptz', nullable: true }) routedAt!: Date | null;
  @Column({ name: 'routed_agency_ids', type: 'uuid', array: true, default: () => "'{}'" }) routedAgencyIds!: string[];
  @Column({ name: 'agency_response_due_at', type: 'timestamptz', nullable: true }) agencyResponseDueAt!: Date | null;
  @Column({ name: 'decision_outcome', type: 'text', nullable: true }) decisionOutcome!: string | null;
  @Column({ name: 'decision_rationale', type: 'text', nullable: true }) decisionRationale!: string | null;
  @Column({ name: 'decision_target_commitment_id', type: 'uuid', nullable: true }) decisionTargetCommitmentId!: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  /** Development demo data (【示範】): never real participation, and shown with a badge. */
  @Column({ name: 'is_demo', type: 'boolean', default: false }) isDemo!: boolean;
  /** Optimistic concurrency: an update states the version it read. */
  @Column({ type: 'integer', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
