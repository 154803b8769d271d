import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Domain events written in the transaction that caused them; the worker's relay publishes
 * each to BullMQ with the row id as job id (at least once; processors are idempotent).
 */
@Entity({ name: 'outbox' })
@Index('idx_outbox_unpublished', ['occurredAt'], { where: '"published_at" IS NULL' })
@Index('idx_outbox_published', ['publishedAt'], { where: '"published_at" IS NOT NULL' })
export class OutboxOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'event_type', type: 'text' }) eventType!: string;
  @Column({ name: 'aggregate_type', type: 'text' }) aggregateType!: string;
  @Column({ name: 'aggregate_id', type: 'text' }) aggregateId!: string;
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
}
