import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { CommitmentOrmEntity } from '../commitments/commitment.orm-entity';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';
import { TaskforceReviewItemOrmEntity } from '../routing/taskforce-review-item.orm-entity';

/**
 * The task force's decision on one review item. Votes are columns per side, not jsonb, so the
 * open-data export and any tally can sum them in SQL. The unique review item makes a second decision a 409.
 */
@Entity({ name: 'taskforce_decisions' })
@Index('uq_taskforce_decisions_review_item', ['reviewItemId'], { unique: true })
@Check('chk_taskforce_decisions_outcome', `"outcome" IN ('adopt', 'merge', 'refer', 'decline')`)
@Check(
  'chk_taskforce_decisions_votes',
  '"government_for" >= 0 AND "government_against" >= 0 AND "government_abstain" >= 0 AND "civil_for" >= 0 AND "civil_against" >= 0 AND "civil_abstain" >= 0',
)
export class TaskforceDecisionOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'review_item_id', type: 'uuid' }) reviewItemId!: string;

  @ManyToOne(() => TaskforceReviewItemOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_item_id', foreignKeyConstraintName: 'fk_taskforce_decisions_review_item' })
  reviewItem!: Relation<TaskforceReviewItemOrmEntity>;

  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_taskforce_decisions_proposal' })
  proposal!: Relation<ProposalOrmEntity>;

  @Column({ type: 'text' }) outcome!: string;
  @Column({ type: 'text', nullable: true }) rationale!: string | null;
  @Column({ name: 'government_for', type: 'int' }) governmentFor!: number;
  @Column({ name: 'government_against', type: 'int' }) governmentAgainst!: number;
  @Column({ name: 'government_abstain', type: 'int' }) governmentAbstain!: number;
  @Column({ name: 'civil_for', type: 'int' }) civilFor!: number;
  @Column({ name: 'civil_against', type: 'int' }) civilAgainst!: number;
  @Column({ name: 'civil_abstain', type: 'int' }) civilAbstain!: number;
  /** The commitment created (adopt) or merged into (merge). */
  @Column({ name: 'commitment_id', type: 'uuid', nullable: true }) commitmentId!: string | null;

  @ManyToOne(() => CommitmentOrmEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commitment_id', foreignKeyConstraintName: 'fk_taskforce_decisions_commitment' })
  commitment!: Relation<CommitmentOrmEntity> | null;

  @Column({ name: 'decided_by', type: 'uuid' }) decidedBy!: string;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'fk_taskforce_decisions_decider' })
  decider!: Relation<UserOrmEntity>;

  @Column({ name: 'decided_at', type: 'timestamptz' }) decidedAt!: Date;
}
