import { isCommentStance, type Comment, type CommentReport, type CommentVisibility } from '@open-proposals/domain';
import type { CommentReportOrmEntity } from './comment-report.orm-entity';
import type { CommentOrmEntity } from './comment.orm-entity';

const VISIBILITIES: readonly CommentVisibility[] = ['visible', 'hidden_by_reports', 'hidden_by_moderator'];

const isVisibility = (value: string): value is CommentVisibility => (VISIBILITIES as readonly string[]).includes(value);

/** The database's CHECK constraints make these throws unreachable unless the schema and domain drift apart. */
const lastModeration = (row: CommentOrmEntity): Comment['lastModeration'] => {
  const { moderationAction: action, moderatedBy, moderationReason, moderatedAt } = row;
  if (action === null || moderatedBy === null || moderationReason === null || moderatedAt === null) return null;
  if (action !== 'hide' && action !== 'restore') throw new Error(`comment ${row.id} has an unknown moderation action ${action}`);
  return { action, moderatorId: moderatedBy, reason: moderationReason, at: moderatedAt };
};

/** A row and its pending (unsettled) reports, as the domain's Comment. */
export const toDomainComment = (row: CommentOrmEntity, reports: readonly CommentReportOrmEntity[]): Comment => {
  const { stance, visibility } = row;
  if (!isCommentStance(stance)) throw new Error(`comment ${row.id} has an unknown stance ${stance}`);
  if (!isVisibility(visibility)) throw new Error(`comment ${row.id} has an unknown visibility ${visibility}`);
  return {
    id: row.id,
    proposalId: row.proposalId,
    authorId: row.authorId,
    parentId: row.parentId,
    stance,
    body: row.body,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    visibility,
    reports: reports.map((r): CommentReport => ({ reporterId: r.reporterId, reason: r.reason, reportedAt: r.createdAt })),
    lastModeration: lastModeration(row),
  };
};

/** The columns of the comments row (reports are stored in their own table). */
export const toCommentColumns = (comment: Comment) => ({
  id: comment.id,
  proposalId: comment.proposalId,
  authorId: comment.authorId,
  parentId: comment.parentId,
  stance: comment.stance,
  body: comment.body,
  visibility: comment.visibility,
  editedAt: comment.editedAt,
  moderationAction: comment.lastModeration?.action ?? null,
  moderationReason: comment.lastModeration?.reason ?? null,
  moderatedBy: comment.lastModeration?.moderatorId ?? null,
  moderatedAt: comment.lastModeration?.at ?? null,
});
