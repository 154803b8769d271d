import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

/**
 * A routed proposal's request to one agency, due a fixed number of days after the threshold.
 * agency_id is not a foreign key yet: the agencies table arrives with the agency module.
 */
@Entity({ name: 'agency_response_requests' })
@Index('uq_agency_response_requests_proposal_agency', ['proposalId', 'agencyId'], { unique: true })
@Index('idx_agency_response_requests_agency_due', ['agencyId', 'dueAt'])
export class AgencyResponseRequestOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_agency_response_requests_proposal' })
  proposal!: Relation<ProposalOrmEntity>;

  @Column({ name: 'agency_id', type: 'uuid' }) agencyId!: string;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ type: 'text', default: 'requested' }) status!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
