import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

/**
 * An in-app notification. One per recipient and outbox event (the unique key), so a
 * re-delivered event notifies nobody twice. `kind` is a NotificationKind of the domain. event_id has no foreign key: outbox rows may be pruned.
 */
@Entity({ name: 'notifications' })
@Index('uq_notifications_user_event', ['userId', 'eventId'], { unique: true })
@Index('idx_notifications_user_created', ['userId', 'createdAt'])
// The email digest's work list: only rows not yet emailed, so it stays small however many are read.
@Index('idx_notifications_unemailed', ['createdAt'], { where: '"emailed_at" IS NULL' })
@Index('idx_notifications_emailed_created', ['createdAt'], { where: '"emailed_at" IS NOT NULL' })
export class NotificationOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user' })
  user!: Relation<UserOrmEntity>;

  @Column({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId!: string | null;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_notifications_proposal' })
  proposal!: Relation<ProposalOrmEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
  /** Set when an email digest included it (or when the recipient gets no email): never emailed twice. */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true }) emailedAt!: Date | null;
}
