import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Rows deleted per statement: short transactions, so a large backlog never holds locks for long. */
const BATCH = 5_000;

export interface RetentionCutoffs {
  /** Codes that expired before this. */
  readonly codesExpiredBefore: Date;
  /** Sessions that expired before this. */
  readonly sessionsExpiredBefore: Date;
  /** Sent messages and published outbox events from before this. */
  readonly messagesBefore: Date;
  /** Delivered notifications from before this. */
  readonly notificationsBefore: Date;
  /** Co-signs made before this lose their IP-prefix signals. */
  readonly cosignSignalsBefore: Date;
}

/** The predicate of idx_cosigns_signals_created, word for word, so the planner can use that index. */
const HAS_COSIGN_SIGNALS = 'ip_prefix_hash IS NOT NULL OR ip_prefix_masked IS NOT NULL';

export type RetentionTable = 'verification_codes' | 'sessions' | 'dev_outbox_messages' | 'outbox' | 'notifications';

/**
 * What each table keeps, as one bounded DELETE. The outbox keeps every unpublished event
 * (the relay still owes it), and notifications keep those the email digest still owes.
 */
const DELETES: Readonly<Record<RetentionTable, { readonly key: string; readonly where: string; readonly cutoff: keyof RetentionCutoffs }>> = {
  verification_codes: { key: 'id', where: 'expires_at < $1', cutoff: 'codesExpiredBefore' },
  sessions: { key: 'id', where: 'expires_at < $1', cutoff: 'sessionsExpiredBefore' },
  dev_outbox_messages: { key: 'id', where: 'created_at < $1', cutoff: 'messagesBefore' },
  outbox: { key: 'id', where: 'published_at IS NOT NULL AND published_at < $1', cutoff: 'messagesBefore' },
  notifications: { key: 'id', where: 'emailed_at IS NOT NULL AND created_at < $1', cutoff: 'notificationsBefore' },
};

@Injectable()
export class RetentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Deletes, batch by batch, every row of the table past its cutoff; answers how many. */
  async purge(table: RetentionTable, cutoffs: RetentionCutoffs): Promise<number> {
    const { key, where, cutoff } = DELETES[table];
    let total = 0;
    for (;;) {
      // SKIP LOCKED: a row someone is using right now (a session being touched) waits for the next sweep.
      const [, affected] = await this.dataSource.query<[unknown, number]>(
        `DELETE FROM ${table} WHERE ${key} IN (SELECT ${key} FROM ${table} WHERE ${where} LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
        [cutoffs[cutoff]],
      );
      total += affected;
      if (affected < BATCH) return total;
    }
  }

  /**
   * Clears, batch by batch, the IP-prefix signals of co-signs made before the cutoff; answers
   * how many co-signs it cleared. Never deletes a co-sign (it still counts, and its unique key
   * keeps the person from co-signing again), and the email domain stays: it is not personal
   * data and disposable-domain reviews still need it. Only rows that still hold a signal are
   * touched, so a rerun writes nothing; the partial index idx_cosigns_signals_created holds
   * exactly those rows, so a sweep reads only what it clears.
   */
  async clearCosignSignals(cutoffs: RetentionCutoffs): Promise<number> {
    let total = 0;
    for (;;) {
      // SKIP LOCKED: a co-sign being invalidated right now keeps its signals until the next sweep.
      const [, affected] = await this.dataSource.query<[unknown, number]>(
        `UPDATE cosigns SET ip_prefix_hash = NULL, ip_prefix_masked = NULL
          WHERE id IN (SELECT id FROM cosigns WHERE created_at < $1 AND (${HAS_COSIGN_SIGNALS}) LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
        [cutoffs.cosignSignalsBefore],
      );
      total += affected;
      if (affected < BATCH) return total;
    }
  }

  /**
   * The same retention for the moderation records that hold an IP-prefix signal: an invalidation
   * keeps its public figures and reason but loses the keyed prefix hash it matched on, and an
   * IP-prefix alert not seen since the cutoff is deleted (its trend window is minutes long, the
   * co-signs behind it have lost their signals by now, and the audit log keeps any dismissal).
   * Email-domain alerts stay: a domain is not personal data. Answers both counts.
   */
  async clearModerationSignals(cutoffs: RetentionCutoffs): Promise<{ invalidations: number; alerts: number }> {
    const [, invalidations] = await this.dataSource.query<[unknown, number]>(
      `UPDATE cosign_invalidations SET ip_prefix_hash = NULL WHERE created_at < $1 AND ip_prefix_hash IS NOT NULL`,
      [cutoffs.cosignSignalsBefore],
    );
    const [, alerts] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM cosign_alerts WHERE kind = 'ip_prefix' AND last_seen_at < $1`,
      [cutoffs.cosignSignalsBefore],
    );
    return { invalidations, alerts };
  }
}

export const RETENTION_TABLES = Object.keys(DELETES) as RetentionTable[];
