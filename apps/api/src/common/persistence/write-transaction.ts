import { Injectable } from '@nestjs/common';
import type { AuditEntry } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';

/** What every domain event carries; the outbox stores the whole event (dates as ISO strings) as its payload. */
export interface OutboxEvent {
  readonly type: string;
  readonly occurredAt: Date;
}

/**
 * One write of one action: the aggregate's new state, its audit lines and its domain events
 * are saved together or not at all (ARCHITECTURE.md, "Write path and the outbox").
 */
export class WriteTransaction {
  constructor(readonly manager: EntityManager) {}

  async audit(entries: readonly AuditEntry[]): Promise<void> {
    for (const entry of entries) {
      await this.manager.query(
        `INSERT INTO audit_log (actor_id, action, subject_type, subject_id, before, after, reason, occurred_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8)`,
        [entry.actorId, entry.action, entry.subjectType, entry.subjectId, JSON.stringify(entry.before), JSON.stringify(entry.after), entry.reason, entry.occurredAt],
      );
    }
  }

  async publish(aggregateType: string, aggregateId: string, events: readonly OutboxEvent[]): Promise<void> {
    for (const event of events) {
      await this.manager.query(
        `INSERT INTO outbox (event_type, aggregate_type, aggregate_id, payload, occurred_at) VALUES ($1, $2, $3, $4::jsonb, $5)`,
        [event.type, aggregateType, aggregateId, JSON.stringify(event), event.occurredAt],
      );
    }
  }
}

@Injectable()
export class WriteTransactions {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new WriteTransaction(manager)));
  }
}
