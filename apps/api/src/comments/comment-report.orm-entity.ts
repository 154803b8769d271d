import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { CommentOrmEntity } from './comment.orm-entity';

/**
 * One report per person per comment. `settled_at` is set when a moderator decides: settled
 * reports no longer count, so after a restore three new reporters are needed (domain rule).
 */
@Entity({ name: 'comment_reports' })
@Index('uq_comment_reports_comment_reporter', ['commentId', 'reporterId'], { unique: true })
@Index('idx_comment_reports_reporter', ['reporterId'])
export class CommentReportOrmEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ name: 'comment_id', type: 'uuid' }) commentId!: string;

  @ManyToOne(() => CommentOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'fk_comment_reports_comment' })
  comment!: Relation<CommentOrmEntity>;

  @Column({ name: 'reporter_id', type: 'uuid' }) reporterId!: string;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reporter_id', foreignKeyConstraintName: 'fk_comment_reports_reporter' })
  reporter!: Relation<UserOrmEntity>;

  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true }) settledAt!: Date | null;
}
