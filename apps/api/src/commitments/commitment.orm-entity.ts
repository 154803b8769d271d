import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { ActionPlanOrmEntity } from '../action-plans/action-plan.orm-entity';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

/** An OGP assessment as stored: one jsonb document per kind, replaced whole (the audit log keeps earlier ones). */
export interface AssessmentColumn {
  readonly completion: string;
  readonly potentialResults: string;
  readonly didItOpenGovernment: string;
  readonly verifiable: string;
  readonly note: string | null;
  readonly assessedBy: string;
  readonly assessedAt: string;
}

@Entity({ name: 'commitments' })
@Index('idx_commitments_plan_area', ['planId', 'areaCode'])
@Index('uq_commitments_source_proposal', ['sourceProposalId'], { unique: true })
@Index('uq_commitments_plan_code', ['planId', 'code'], { unique: true })
@Check('chk_commitments_origin', `"origin" IN ('government', 'citizen_proposal', 'civil_member', 'unknown')`)
@Check('chk_commitments_tracking', `"tracking" IN ('open', 'closed')`)
export class CommitmentOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;

  @ManyToOne(() => ActionPlanOrmEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_commitments_plan' })
  plan!: Relation<ActionPlanOrmEntity>;

  /** The published plan's number (e.g. nap-1-2.3); null for commitments adopted after the plan was published. */
  @Column({ type: 'text', nullable: true }) code!: string | null;
  /** One of the plan's area codes; checked by the domain, since areas are keyed by (plan, code). */
  @Column({ name: 'area_code', type: 'text' }) areaCode!: string;
  @Column({ name: 'title_zh_tw', type: 'text' }) titleZhTw!: string;
  @Column({ name: 'title_en', type: 'text', default: '' }) titleEn!: string;
  @Column({ name: 'description_zh_tw', type: 'text', default: '' }) descriptionZhTw!: string;
  @Column({ name: 'description_en', type: 'text', default: '' }) descriptionEn!: string;
  @Column({ type: 'text' }) origin!: string;
  @Column({ name: 'source_proposal_id', type: 'uuid', nullable: true }) sourceProposalId!: string | null;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_proposal_id', foreignKeyConstraintName: 'fk_commitments_source_proposal' })
  sourceProposal!: Relation<ProposalOrmEntity> | null;

  @Column({ name: 'responsible_agency_ids', type: 'uuid', array: true, default: () => "'{}'" }) responsibleAgencyIds!: string[];
  @Column({ name: 'self_assessment', type: 'jsonb', nullable: true }) selfAssessment!: AssessmentColumn | null;
  @Column({ name: 'irm_assessment', type: 'jsonb', nullable: true }) irmAssessment!: AssessmentColumn | null;
  @Column({ type: 'text', default: 'open' }) tracking!: string;
  @Column({ name: 'tracking_closed_at', type: 'timestamptz', nullable: true }) trackingClosedAt!: Date | null;
  @Column({ name: 'tracking_closed_reason', type: 'text', nullable: true }) trackingClosedReason!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
