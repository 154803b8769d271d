import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of the audit trail ("every change is recorded"), written in the same transaction
 * as the change. Shared by every module; subject_type/subject_id are free text so accounts,
 * proposals and comments can all use it.
 */
@Entity({ name: 'audit_log' })
@Index('ix_audit_log_subject', ['subjectType', 'subjectId'])
// Moderators' decisions, which open data counts (migration 1795911500000-open-data).
@Index('idx_audit_log_moderation_decisions', ['id'], {
  where: "subject_type = 'proposal' AND action IN ('proposal.publish', 'proposal.return', 'proposal.reject', 'proposal.mark_duplicate')",
})
export class AuditLogOrmEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** null when the system (a job), not a person, made the change. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId!: string;

  /** A JsonValue snapshot (see toJsonValue). Not typed JsonValue: that recursive type sends TypeORM's partial-entity types into infinite instantiation. */
  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
