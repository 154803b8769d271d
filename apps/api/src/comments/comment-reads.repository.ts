import { Injectable } from '@nestjs/common';
import { COMMENT_STANCES, type CommentStance, type CommentVisibility } from '@open-proposals/domain';
import { DataSource } from 'typeorm';
import type { CommentThreadPageResponse, PublicCommentResponse, PublicCommentThreadResponse, ReportedCommentPageResponse, ReportedCommentResponse } from './comment.response';

interface ThreadRow {
  id: string;
  parent_id: string | null;
  stance: string;
  body: string;
  visibility: string;
  display_name: string;
  author_deleted: boolean;
  created_at: Date;
  edited_at: Date | null;
}

interface QueueRow extends ThreadRow {
  proposal_id: string;
  author_id: string;
  report_count: string;
  first_reported_at: Date;
  reasons: string[];
}

const stanceOf = (value: string): CommentStance => {
  const stance = COMMENT_STANCES.find((s) => s === value);
  if (stance === undefined) throw new Error(`unknown stance ${value}`);
  return stance;
};

const visibilityOf = (value: string): CommentVisibility => {
  if (value === 'visible' || value === 'hidden_by_reports' || value === 'hidden_by_moderator') return value;
  throw new Error(`unknown visibility ${value}`);
};

/** Hidden words never leave the database on a public read: the placeholder is built here. */
const toPublic = (row: ThreadRow): PublicCommentResponse => {
  const hidden = row.visibility !== 'visible';
  return {
    id: row.id,
    parentId: row.parent_id,
    hidden,
    stance: hidden ? null : stanceOf(row.stance),
    body: hidden ? null : row.body,
    author: hidden ? null : authorOf(row),
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at?.toISOString() ?? null,
  };
};

/** An erased account's comment stays, shown as by a deleted account: the tombstone has no name to show. */
const authorOf = (row: ThreadRow): { displayName: string; deleted: boolean } =>
  row.author_deleted ? { displayName: '', deleted: true } : { displayName: row.display_name, deleted: false };

// A hidden_by_moderator comment is decided; reports hide a comment only until a moderator decides.
const AWAITING_MODERATOR = `c.visibility IN ('visible', 'hidden_by_reports')`;

const THREAD_COLUMNS = `c.id, c.parent_id, c.stance, c.body, c.visibility, u.display_name, u.deleted_at IS NOT NULL AS author_deleted, c.created_at, c.edited_at`;

/** The public discussion of a proposal and the moderators' queue; read-only. */
@Injectable()
export class CommentReadsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Top-level comments newest first, each with all its replies (oldest first). */
  async threads(proposalId: string, page: number, pageSize: number): Promise<CommentThreadPageResponse> {
    const [tops, [{ count }]] = await Promise.all([
      this.dataSource.query<ThreadRow[]>(
        `SELECT ${THREAD_COLUMNS} FROM comments c JOIN users u ON u.id = c.author_id
         WHERE c.proposal_id = $1 AND c.parent_id IS NULL
         ORDER BY c.created_at DESC, c.id ASC OFFSET $2 LIMIT $3`,
        [proposalId, (page - 1) * pageSize, pageSize],
      ),
      this.dataSource.query<{ count: string }[]>(`SELECT count(*) FROM comments WHERE proposal_id = $1 AND parent_id IS NULL`, [proposalId]),
    ]);
    const replies = tops.length === 0
      ? []
      : await this.dataSource.query<ThreadRow[]>(
          `SELECT ${THREAD_COLUMNS} FROM comments c JOIN users u ON u.id = c.author_id
           WHERE c.parent_id = ANY($1::uuid[]) ORDER BY c.created_at ASC, c.id ASC`,
          [tops.map((t) => t.id)],
        );
    const items = tops.map((top): PublicCommentThreadResponse => ({
      ...toPublic(top),
      replies: replies.filter((r) => r.parent_id === top.id).map(toPublic),
    }));
    return { items, page, pageSize, total: Number(count) };
  }

  /**
   * Comments waiting for a moderator: visible ones with pending reports and those the reports
   * hid. The longest-waiting first, by their oldest pending report.
   */
  async reportedQueue(page: number, pageSize: number): Promise<ReportedCommentPageResponse> {
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query<QueueRow[]>(
        `SELECT ${THREAD_COLUMNS}, c.proposal_id, c.author_id,
                count(r.id) AS report_count, min(r.created_at) AS first_reported_at,
                array_remove(array_agg(r.reason ORDER BY r.created_at), NULL) AS reasons
         FROM comments c
         JOIN users u ON u.id = c.author_id
         JOIN comment_reports r ON r.comment_id = c.id AND r.settled_at IS NULL
         WHERE ${AWAITING_MODERATOR}
         GROUP BY c.id, u.display_name, u.deleted_at
         ORDER BY min(r.created_at) ASC, c.id ASC OFFSET $1 LIMIT $2`,
        [(page - 1) * pageSize, pageSize],
      ),
      this.dataSource.query<{ count: string }[]>(
        `SELECT count(DISTINCT c.id) FROM comments c JOIN comment_reports r ON r.comment_id = c.id AND r.settled_at IS NULL WHERE ${AWAITING_MODERATOR}`,
      ),
    ]);
    const items = rows.map((row): ReportedCommentResponse => ({
      id: row.id,
      proposalId: row.proposal_id,
      parentId: row.parent_id,
      stance: stanceOf(row.stance),
      body: row.body,
      visibility: visibilityOf(row.visibility),
      createdAt: row.created_at.toISOString(),
      editedAt: row.edited_at?.toISOString() ?? null,
      author: { id: row.author_id, ...authorOf(row) },
      reportCount: Number(row.report_count),
      firstReportedAt: row.first_reported_at.toISOString(),
      reasons: row.reasons,
    }));
    return { items, page, pageSize, total: Number(count) };
  }
}
