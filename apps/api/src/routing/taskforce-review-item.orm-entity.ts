import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

/** The task force's item for one routed proposal. One per proposal: the unique key makes routing idempotent. */
@Entity({ name: 'taskforce_review_items' })
@Index('uq_taskforce_review_items_proposal', ['proposalId'], { unique: true })
export class TaskforceReviewItemOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_taskforce_review_items_proposal' })
  proposal!: Relation<ProposalOrmEntity>;

  @Column({ type: 'text', default: 'open' }) status!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
