import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from '../accounts/user.orm-entity';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

/** A person following a proposal: told what happens to it, as its co-signers are. One row per pair. */
@Entity({ name: 'proposal_follows' })
@Index('idx_proposal_follows_proposal', ['proposalId'])
export class ProposalFollowOrmEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_proposal_follows' }) userId!: string;
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid', primaryKeyConstraintName: 'PK_proposal_follows' }) proposalId!: string;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_proposal_follows_user' })
  user!: Relation<UserOrmEntity>;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_follows_proposal' })
  proposal!: Relation<ProposalOrmEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
