import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { ProposalOrmEntity } from './proposal.orm-entity';

/** Append-only: a co-sign is never updated or withdrawn (Join rule). */
@Entity({ name: 'cosigns' })
@Check('CHK_cosigns_tier', `"verification_tier" IN ('email', 'phone')`)
@Index('uq_cosigns_proposal_user', ['proposalId', 'userId'], { unique: true })
@Index('idx_cosigns_proposal_created', ['proposalId', 'createdAt'])
@Index('idx_cosigns_user', ['userId'])
export class CosignOrmEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_cosigns_proposal' })
  proposal!: Relation<ProposalOrmEntity>;

  /** NULL once the co-signer erased their account: the co-sign still counts, but names nobody. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_cosigns_user' })
  user!: Relation<UserOrmEntity> | null;
  @Column({ name: 'verification_tier', type: 'text' }) verificationTier!: string;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
