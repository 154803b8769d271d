import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { CommitmentOrmEntity } from './commitment.orm-entity';

/** One quarterly update per commitment and quarter: the unique key backs the domain's rule under concurrency. */
@Entity({ name: 'commitment_progress_updates' })
@Index('uq_commitment_progress_updates_quarter', ['commitmentId', 'quarter'], { unique: true })
@Check('chk_commitment_progress_updates_completion', `"completion" IN ('no_evidence', 'not_started', 'limited', 'substantial', 'complete')`)
export class CommitmentProgressUpdateOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'commitment_id', type: 'uuid' }) commitmentId!: string;

  @ManyToOne(() => CommitmentOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id', foreignKeyConstraintName: 'fk_commitment_progress_updates_commitment' })
  commitment!: Relation<CommitmentOrmEntity>;

  @Column({ type: 'text' }) quarter!: string;
  @Column({ name: 'text_zh_tw', type: 'text' }) textZhTw!: string;
  @Column({ name: 'text_en', type: 'text', default: '' }) textEn!: string;
  @Column({ type: 'text' }) completion!: string;
  @Column({ name: 'reported_by', type: 'uuid' }) reportedBy!: string;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reported_by', foreignKeyConstraintName: 'fk_commitment_progress_updates_reporter' })
  reporter!: Relation<UserOrmEntity>;

  @CreateDateColumn({ name: 'reported_at', type: 'timestamptz' }) reportedAt!: Date;
}
