import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { AgencyResponseRequestOrmEntity } from '../routing/agency-response-request.orm-entity';

/**
 * One granted extension with its public reason. The request's due_at holds the current date;
 * these rows are its public history (and their count enforces the maximum).
 */
@Entity({ name: 'agency_response_extensions' })
@Index('idx_agency_response_extensions_request', ['requestId', 'createdAt'])
export class AgencyResponseExtensionOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;

  @ManyToOne(() => AgencyResponseRequestOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_agency_response_extensions_request' })
  request!: Relation<AgencyResponseRequestOrmEntity>;

  @Column({ name: 'previous_due_at', type: 'timestamptz' }) previousDueAt!: Date;
  @Column({ name: 'new_due_at', type: 'timestamptz' }) newDueAt!: Date;
  /** Public, in the language the agency wrote it in. */
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'granted_by', type: 'uuid' }) grantedBy!: string;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'granted_by', foreignKeyConstraintName: 'fk_agency_response_extensions_granter' })
  granter!: Relation<UserOrmEntity>;

  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
