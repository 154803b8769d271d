import { Injectable } from '@nestjs/common';
import type { Comment } from '@open-proposals/domain';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { CommentReportOrmEntity } from './comment-report.orm-entity';
import { toCommentColumns, toDomainComment } from './comment.mapper';
import { CommentOrmEntity } from './comment.orm-entity';

/** Comments as aggregates: load (with their pending reports), insert, update. Listings live in CommentReadsRepository. */
@Injectable()
export class CommentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Comment | null> {
    const row = await manager.findOne(CommentOrmEntity, { where: { id } });
    return row === null ? null : toDomainComment(row, await this.pendingReports(id, manager));
  }

  /**
   * Locks the row for the rest of the transaction: reports arriving together are counted one
   * after the other, so the third distinct reporter always hides the comment.
   */
  async findForUpdate(id: string, manager: EntityManager): Promise<Comment | null> {
    const row = await manager.findOne(CommentOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return row === null ? null : toDomainComment(row, await this.pendingReports(id, manager));
  }

  async insert(comment: Comment, manager: EntityManager): Promise<void> {
    await manager.insert(CommentOrmEntity, { ...toCommentColumns(comment), createdAt: comment.createdAt });
  }

  /** Writes the new state; new reports are added, and a moderator's decision settles the pending ones. */
  async update(before: Comment, after: Comment, manager: EntityManager): Promise<void> {
    const { id, ...columns } = toCommentColumns(after);
    await manager.update(CommentOrmEntity, { id }, columns);
    const known = new Set(before.reports.map((r) => r.reporterId));
    for (const report of after.reports.filter((r) => !known.has(r.reporterId))) {
      // A report settled by an earlier decision is reopened: the person reports the comment anew.
      await manager.query(
        `INSERT INTO comment_reports (comment_id, reporter_id, reason, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (comment_id, reporter_id) DO UPDATE SET reason = EXCLUDED.reason, created_at = EXCLUDED.created_at, settled_at = NULL`,
        [id, report.reporterId, report.reason, report.reportedAt],
      );
    }
    const decision = after.lastModeration;
    if (decision !== null && decision !== before.lastModeration && after.reports.length === 0) {
      await manager.update(CommentReportOrmEntity, { commentId: id, settledAt: IsNull() }, { settledAt: decision.at });
    }
  }

  private pendingReports(commentId: string, manager: EntityManager): Promise<CommentReportOrmEntity[]> {
    return manager.find(CommentReportOrmEntity, { where: { commentId, settledAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
