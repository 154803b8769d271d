import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

/** One row per comment; the columns follow the domain's Comment (see comment.mapper.ts). */
@Entity({ name: 'comments' })
@Check('CHK_comments_stance', `"stance" IN ('support', 'oppose', 'neutral')`)
@Check('CHK_comments_visibility', `"visibility" IN ('visible', 'hidden_by_reports', 'hidden_by_moderator')`)
@Check('CHK_comments_moderation_action', `"moderation_action" IN ('hide', 'restore')`)
@Index('idx_comments_proposal_thread', ['proposalId', 'parentId', 'createdAt'])
@Index('idx_comments_parent', ['parentId'])
@Index('idx_comments_author', ['authorId'])
export class CommentOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_comments_proposal' })
  proposal!: Relation<ProposalOrmEntity>;

  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_comments_author' })
  author!: Relation<UserOrmEntity>;

  /** null for a top-level comment; the domain keeps threads one level deep. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;

  @ManyToOne(() => CommentOrmEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_comments_parent' })
  parent!: Relation<CommentOrmEntity> | null;

  @Column({ type: 'text' }) stance!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'text' }) visibility!: string;
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true }) editedAt!: Date | null;

  /** The last moderator decision (hide or restore); earlier ones are in the audit log. */
  @Column({ name: 'moderation_action', type: 'text', nullable: true }) moderationAction!: string | null;
  @Column({ name: 'moderation_reason', type: 'text', nullable: true }) moderationReason!: string | null;
  @Column({ name: 'moderated_by', type: 'uuid', nullable: true }) moderatedBy!: string | null;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'moderated_by', foreignKeyConstraintName: 'fk_comments_moderator' })
  moderator!: Relation<UserOrmEntity> | null;

  @Column({ name: 'moderated_at', type: 'timestamptz', nullable: true }) moderatedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
