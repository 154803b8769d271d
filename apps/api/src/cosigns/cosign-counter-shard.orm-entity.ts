import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

/**
 * Co-signs of a proposal counted but not yet folded into proposals.cosign_count, by API nodes
 * released before co-signs were counted per batch on the proposal row (CosignCountFlusher says
 * when this can go). A row exists
 * only while it holds something (the flush deletes it), so "which proposals need a flush" is a
 * scan of a table that stays small.
 */
@Entity({ name: 'cosign_counter_shards' })
@Check('CHK_cosign_counter_shards_pending', '"pending" > 0')
export class CosignCounterShardOrmEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
  @PrimaryColumn({ type: 'smallint' }) shard!: number;

  @ManyToOne(() => ProposalOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_cosign_counter_shards_proposal' })
  proposal!: Relation<ProposalOrmEntity>;

  @Column({ type: 'integer' }) pending!: number;
  /** The latest co-sign counted here: the flush dates a threshold crossing by it, not by when it ran. */
  @Column({ name: 'last_cosign_at', type: 'timestamptz' }) lastCosignAt!: Date;
}
