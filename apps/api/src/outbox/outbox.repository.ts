import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** An unpublished outbox row, as the relay needs it. */
export interface OutboxRecord {
  readonly id: string;
  readonly eventType: string;
  readonly aggregateType: string;
  readonly aggregateId: string;
  readonly payload: Record<string, unknown>;
}

/** How far the relay is behind: unpublished rows and the age of the oldest. */
export interface OutboxLag {
  readonly unpublished: number;
  readonly oldestAgeMs: number;
}

interface OutboxRow {
  id: string;
  event_type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
}

/** The relay's side of the outbox table (writers go through WriteTransaction.publish). */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Locks up to `limit` unpublished rows, oldest first, until the caller's transaction ends.
   * SKIP LOCKED lets several relays (worker replicas) share the table without waiting on
   * each other or taking the same row.
   */
  async claimUnpublished(manager: EntityManager, limit: number): Promise<OutboxRecord[]> {
    const rows = await manager.query<OutboxRow[]>(
      `SELECT id, event_type, aggregate_type, aggregate_id, payload FROM outbox
       WHERE published_at IS NULL ORDER BY occurred_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map((r) => ({ id: r.id, eventType: r.event_type, aggregateType: r.aggregate_type, aggregateId: r.aggregate_id, payload: r.payload }));
  }

  async markPublished(manager: EntityManager, ids: readonly string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`UPDATE outbox SET published_at = $2, last_error = NULL WHERE id = ANY($1::uuid[])`, [ids, at]);
  }

  async recordFailure(manager: EntityManager, ids: readonly string[], error: string): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])`, [ids, error.slice(0, 1000)]);
  }

  async lag(now: Date): Promise<OutboxLag> {
    const [row] = await this.dataSource.query<{ unpublished: string; oldest: Date | null }[]>(
      `SELECT count(*) AS unpublished, min(occurred_at) AS oldest FROM outbox WHERE published_at IS NULL`,
    );
    const oldestAgeMs = row?.oldest ? Math.max(0, now.getTime() - new Date(row.oldest).getTime()) : 0;
    return { unpublished: Number(row?.unpublished ?? 0), oldestAgeMs };
  }
}
