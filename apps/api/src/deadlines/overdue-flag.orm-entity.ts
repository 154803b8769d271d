import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

/** What can be late: a moderator's review, or an agency's response. */
export const OVERDUE_KINDS = ['review', 'agency_response'] as const;
export type OverdueKind = (typeof OVERDUE_KINDS)[number];

/**
 * A deadline somebody missed, recorded once by the sweeper. A flag is a fact about the past
 * ("this review was late"), so it is kept after the review ends: it feeds the public backlog
 * and the agency responsiveness table. One per subject and due date, so a resubmission (a new
 * review clock) can be flagged again while a re-run of the sweeper cannot.
 */
@Entity({ name: 'overdue_flags' })
@Check('CHK_overdue_flags_kind', `"kind" IN ('review', 'agency_response')`)
@Index('uq_overdue_flags_kind_subject_due', ['kind', 'subjectId', 'dueAt'], { unique: true })
@Index('idx_overdue_flags_proposal', ['proposalId'])
export class OverdueFlagOrmEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ type: 'text' }) kind!: OverdueKind;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_overdue_flags_proposal' })
  proposal!: Relation<ProposalOrmEntity>;

  /** The late thing: the proposal itself for a review, the response request for an agency response. */
  @Column({ name: 'subject_id', type: 'uuid' }) subjectId!: string;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ name: 'flagged_at', type: 'timestamptz' }) flaggedAt!: Date;
}
