import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { AgencyResponseRequestOrmEntity } from '../routing/agency-response-request.orm-entity';

/** A stored point of the answer (the domain's ResponsePoint). */
export interface StoredResponsePoint {
  readonly heading: string | null;
  readonly body: string;
}

/**
 * The one answer to a response request; the unique request_id is what turns a second,
 * concurrent submission into a conflict rather than a second answer.
 */
@Entity({ name: 'agency_responses' })
@Index('uq_agency_responses_request', ['requestId'], { unique: true })
export class AgencyResponseOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;

  @ManyToOne(() => AgencyResponseRequestOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_agency_responses_request' })
  request!: Relation<AgencyResponseRequestOrmEntity>;

  @Column({ type: 'jsonb' }) points!: StoredResponsePoint[];
  @Column({ name: 'submitted_by', type: 'uuid' }) submittedBy!: string;

  // RESTRICT: a published answer is a public record and outlives nothing it depends on silently.
  @ManyToOne(() => UserOrmEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by', foreignKeyConstraintName: 'fk_agency_responses_submitter' })
  submitter!: Relation<UserOrmEntity>;

  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
}
