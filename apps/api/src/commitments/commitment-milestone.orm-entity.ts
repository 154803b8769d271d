import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CommitmentOrmEntity } from './commitment.orm-entity';

@Entity({ name: 'commitment_milestones' })
@Index('idx_commitment_milestones_commitment', ['commitmentId', 'dueOn'])
@Check('chk_commitment_milestones_status', `"status" IN ('planned', 'in_progress', 'done', 'delayed')`)
export class CommitmentMilestoneOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'commitment_id', type: 'uuid' }) commitmentId!: string;

  @ManyToOne(() => CommitmentOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id', foreignKeyConstraintName: 'fk_commitment_milestones_commitment' })
  commitment!: Relation<CommitmentOrmEntity>;

  @Column({ name: 'title_zh_tw', type: 'text' }) titleZhTw!: string;
  @Column({ name: 'title_en', type: 'text', default: '' }) titleEn!: string;
  /** A calendar day in Taipei, kept as text by the driver so no time zone can shift it. */
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'evidence_url', type: 'text', nullable: true }) evidenceUrl!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
