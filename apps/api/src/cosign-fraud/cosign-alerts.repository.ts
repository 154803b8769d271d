import { Injectable } from '@nestjs/common';
import type { CosignAlertDismissal, InvalidationCriterion, TrendSignalKind } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';

/** A source with at least the minimum count of one proposal's co-signs in the window. */
export interface SourceInWindow {
  readonly proposalId: string;
  readonly kind: TrendSignalKind;
  readonly sourceKey: string;
  readonly sourceLabel: string;
  readonly count: number;
  readonly total: number;
  readonly firstSeenAt: Date;
  readonly lastSeenAt: Date;
}

export interface CosignAlertRow {
  readonly id: string;
  readonly proposalId: string;
  readonly proposalTitle: string;
  readonly kind: TrendSignalKind;
  readonly sourceKey: string;
  readonly sourceLabel: string;
  readonly windowCount: number;
  readonly windowTotal: number;
  readonly firstSeenAt: Date;
  readonly lastSeenAt: Date;
  readonly detectedAt: Date;
}

/** An alert with its settlement, as dismissing reads it. */
export interface CosignAlertForDismissal extends CosignAlertRow {
  readonly resolvedAt: Date | null;
}

interface AlertSqlRow {
  id: string;
  proposal_id: string;
  title: string;
  kind: TrendSignalKind;
  source_key: string;
  source_label: string;
  window_count: number;
  window_total: number;
  first_seen_at: Date;
  last_seen_at: Date;
  detected_at: Date;
}

const ALERT_COLUMNS = `a.id, a.proposal_id, p.title, a.kind, a.source_key, a.source_label, a.window_count, a.window_total, a.first_seen_at, a.last_seen_at, a.detected_at`;

const toAlertRow = (r: AlertSqlRow): CosignAlertRow => ({
  id: r.id,
  proposalId: r.proposal_id,
  proposalTitle: r.title,
  kind: r.kind,
  sourceKey: r.source_key,
  sourceLabel: r.source_label,
  windowCount: Number(r.window_count),
  windowTotal: Number(r.window_total),
  firstSeenAt: r.first_seen_at,
  lastSeenAt: r.last_seen_at,
  detectedAt: r.detected_at,
});

/** Trending co-sign sources: the detection query and the deduplicated alerts. */
@Injectable()
export class CosignAlertsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Per proposal still collecting co-signs, every email domain and IP prefix with at least
   * `minCount` valid co-signs since `since`, and the proposal's total in the window. Walks
   * idx_cosigns_proposal_created per proposal, so it reads only the window's co-signs.
   */
  async sourcesSince(since: Date, minCount: number, ignoredDomains: readonly string[]): Promise<SourceInWindow[]> {
    const rows = await this.dataSource.query<
      { proposal_id: string; kind: TrendSignalKind; source_key: string; source_label: string; n: number; total: number; first_seen: Date; last_seen: Date }[]
    >(
      `WITH recent AS (
         SELECT c.proposal_id, c.email_domain, c.ip_prefix_hash, c.ip_prefix_masked, c.created_at
           FROM proposals p JOIN cosigns c ON c.proposal_id = p.id AND c.created_at >= $1
          WHERE p.status IN ('open', 'threshold_reached') AND c.invalidated_at IS NULL
       ), totals AS (
         SELECT proposal_id, count(*)::int AS total FROM recent GROUP BY proposal_id
       ), sources AS (
         SELECT proposal_id, 'email_domain' AS kind, email_domain AS source_key, email_domain AS source_label,
                count(*)::int AS n, min(created_at) AS first_seen, max(created_at) AS last_seen
           FROM recent WHERE email_domain IS NOT NULL AND NOT (email_domain = ANY($3::text[]))
          GROUP BY proposal_id, email_domain HAVING count(*) >= $2
         UNION ALL
         SELECT proposal_id, 'ip_prefix', ip_prefix_hash, min(ip_prefix_masked), count(*)::int, min(created_at), max(created_at)
           FROM recent WHERE ip_prefix_hash IS NOT NULL
          GROUP BY proposal_id, ip_prefix_hash HAVING count(*) >= $2
       )
       SELECT s.*, t.total FROM sources s JOIN totals t USING (proposal_id)`,
      [since, minCount, [...ignoredDomains]],
    );
    return rows.map((r) => ({
      proposalId: r.proposal_id,
      kind: r.kind,
      sourceKey: r.source_key,
      sourceLabel: r.source_label,
      count: Number(r.n),
      total: Number(r.total),
      firstSeenAt: r.first_seen,
      lastSeenAt: r.last_seen,
    }));
  }

  /**
   * One alert per (proposal, source): a new source inserts it, a known one refreshes its
   * figures. An alert an invalidation resolved reopens for co-signs newer than the resolution. A
   * dismissed one reopens only once the source's co-signs in the window reach twice the figure
   * the moderator saw: a dismissal says "this source is legitimate at this pace" (a campus, an
   * office backing a proposal about itself), and a source that keeps that pace would otherwise
   * be back within a minute of its next co-sign. Its figures stay those of the dismissal until
   * then, so the doubling is measured from what the moderator judged. Reopening clears the
   * dismissal rather than keeping it as history: those columns describe how the alert is
   * settled now, and a stale
   * note on an open alert would read as settled (and, were an invalidation to resolve it next,
   * as dismissed); the audit log keeps every dismissal. Answers the alert's id and whether it
   * was raised now (new or reopened), which is when moderators are told live.
   */
  async upsert(source: SourceInWindow, now: Date): Promise<{ id: string; raised: boolean } | null> {
    const rows = await this.dataSource.query<{ id: string; raised: boolean }[]>(
      `INSERT INTO cosign_alerts (proposal_id, kind, source_key, source_label, window_count, window_total, first_seen_at, last_seen_at, detected_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (proposal_id, kind, source_key) DO UPDATE SET
         window_count = EXCLUDED.window_count,
         window_total = EXCLUDED.window_total,
         source_label = EXCLUDED.source_label,
         first_seen_at = CASE WHEN cosign_alerts.resolved_at IS NULL THEN LEAST(cosign_alerts.first_seen_at, EXCLUDED.first_seen_at) ELSE EXCLUDED.first_seen_at END,
         last_seen_at = GREATEST(cosign_alerts.last_seen_at, EXCLUDED.last_seen_at),
         detected_at = CASE WHEN cosign_alerts.resolved_at IS NULL THEN cosign_alerts.detected_at ELSE EXCLUDED.detected_at END,
         resolved_at = NULL,
         dismissed_by = NULL,
         dismissal_note = NULL
       WHERE cosign_alerts.resolved_at IS NULL
          OR (cosign_alerts.dismissal_note IS NULL AND EXCLUDED.last_seen_at > cosign_alerts.resolved_at)
          OR (cosign_alerts.dismissal_note IS NOT NULL AND EXCLUDED.window_count >= 2 * cosign_alerts.window_count)
       RETURNING id, detected_at = $9 AS raised`,
      [source.proposalId, source.kind, source.sourceKey, source.sourceLabel, source.count, source.total, source.firstSeenAt, source.lastSeenAt, now],
    );
    return rows[0] ?? null;
  }

  /** Open alerts, most recently active first, with the proposal's title. */
  async open(limit: number): Promise<CosignAlertRow[]> {
    const rows = await this.dataSource.query<AlertSqlRow[]>(
      `SELECT ${ALERT_COLUMNS}
         FROM cosign_alerts a JOIN proposals p ON p.id = a.proposal_id
        WHERE a.resolved_at IS NULL ORDER BY a.last_seen_at DESC, a.id LIMIT $1`,
      [limit],
    );
    return rows.map(toAlertRow);
  }

  /**
   * The alert, locked until the transaction ends: a second moderator dismissing it, or an
   * invalidation resolving it, waits and then finds it settled; the detection's upsert waits too.
   */
  async lockForDismissal(id: string, manager: EntityManager): Promise<CosignAlertForDismissal | null> {
    const rows = await manager.query<(AlertSqlRow & { resolved_at: Date | null })[]>(
      `SELECT ${ALERT_COLUMNS}, a.resolved_at
         FROM cosign_alerts a JOIN proposals p ON p.id = a.proposal_id
        WHERE a.id = $1 FOR UPDATE OF a`,
      [id],
    );
    const row = rows[0];
    return row === undefined ? null : { ...toAlertRow(row), resolvedAt: row.resolved_at };
  }

  async saveDismissal(id: string, dismissal: CosignAlertDismissal, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE cosign_alerts SET resolved_at = $2, dismissed_by = $3, dismissal_note = $4 WHERE id = $1`, [
      id,
      dismissal.resolvedAt,
      dismissal.dismissedBy,
      dismissal.dismissalNote,
    ]);
  }

  /** An invalidation on a source settles its alerts; detection reopens one only for newer co-signs. */
  async resolveMatching(proposalId: string, criterion: InvalidationCriterion, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE cosign_alerts SET resolved_at = $4
        WHERE proposal_id = $1 AND resolved_at IS NULL
          AND ((kind = 'email_domain' AND source_key = $2) OR (kind = 'ip_prefix' AND source_key = $3))`,
      [proposalId, criterion.emailDomain, criterion.ipPrefixHash, at],
    );
  }
}
