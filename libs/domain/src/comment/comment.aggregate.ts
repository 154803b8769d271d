import { err, ok, type Result } from '../shared/result';
import { tierAtLeast, type PersonRef } from '../shared/verification-tier';
import { textLength } from '../proposal/proposal-content.validator';
import type { CommentError } from './comment.errors';
import type { CommentEvent } from './comment.events';
import {
  COMMENT_EDIT_WINDOW_MS,
  COMMENT_MAX_LENGTH,
  COMMENT_REPORT_THRESHOLD,
  isCommentStance,
  type Comment,
} from './comment.state';

export interface CommentTransition {
  readonly comment: Comment;
  readonly events: readonly CommentEvent[];
}

export type CommentResult = Result<CommentTransition, CommentError>;

const checkedBody = (body: string): Result<string, CommentError> => {
  const trimmed = body.trim();
  if (trimmed === '') return err({ code: 'comment.body_required' });
  if (textLength(trimmed) > COMMENT_MAX_LENGTH) {
    return err({ code: 'comment.body_too_long', details: { max: COMMENT_MAX_LENGTH } });
  }
  return ok(trimmed);
};

export interface PostCommentInput {
  readonly id: string;
  readonly proposalId: string;
  readonly author: PersonRef;
  /** A CommentStance; typed string because it arrives from a form, and unknown stances are refused. */
  readonly stance: string;
  readonly body: string;
  /** The comment replied to, loaded by the caller; null or absent for a top-level comment. */
  readonly parent?: Comment | null;
}

/** Email verification is the bar for taking part in discussion (phone is for proposing and co-signing). */
export const postComment = (input: PostCommentInput, now: Date): CommentResult => {
  if (!tierAtLeast(input.author.verificationTier, 'email')) {
    return err({ code: 'comment.tier_required', details: { required: 'email', actual: input.author.verificationTier } });
  }
  const { stance } = input;
  if (!isCommentStance(stance)) return err({ code: 'comment.unknown_stance' });
  const parent = input.parent ?? null;
  // One level of replies keeps threads readable; deeper replies answer the top-level comment.
  if (parent !== null && parent.parentId !== null) return err({ code: 'comment.reply_depth' });
  if (parent !== null && parent.proposalId !== input.proposalId) return err({ code: 'comment.parent_mismatch' });
  const body = checkedBody(input.body);
  if (!body.ok) return body;
  const comment: Comment = {
    id: input.id,
    proposalId: input.proposalId,
    authorId: input.author.id,
    parentId: parent?.id ?? null,
    stance,
    body: body.value,
    createdAt: now,
    editedAt: null,
    visibility: 'visible',
    reports: [],
    lastModeration: null,
  };
  return ok({
    comment,
    events: [
      {
        type: 'CommentPosted',
        commentId: comment.id,
        proposalId: comment.proposalId,
        occurredAt: now,
        actorId: comment.authorId,
        parentId: comment.parentId,
        stance,
      },
    ],
  });
};

/** Whether the author may still edit at `now`: the window is [createdAt, createdAt + 15 min). */
export const isWithinEditWindow = (comment: Pick<Comment, 'createdAt'>, now: Date): boolean =>
  now.getTime() - comment.createdAt.getTime() < COMMENT_EDIT_WINDOW_MS;

/** The author fixes a typo shortly after posting; later edits could rewrite what others answered. */
export const editComment = (
  comment: Comment,
  input: { readonly editorId: string; readonly body: string },
  now: Date,
): CommentResult => {
  if (input.editorId !== comment.authorId) return err({ code: 'comment.not_author' });
  if (comment.visibility !== 'visible') return err({ code: 'comment.hidden' });
  if (!isWithinEditWindow(comment, now)) return err({ code: 'comment.edit_window_closed' });
  const body = checkedBody(input.body);
  if (!body.ok) return body;
  if (body.value === comment.body) return ok({ comment, events: [] });
  return ok({
    comment: { ...comment, body: body.value, editedAt: now },
    events: [
      { type: 'CommentEdited', commentId: comment.id, proposalId: comment.proposalId, occurredAt: now, actorId: input.editorId },
    ],
  });
};

/** How many different people have reported the comment since the last moderator decision. */
export const distinctReporterCount = (comment: Pick<Comment, 'reports'>): number =>
  new Set(comment.reports.map((report) => report.reporterId)).size;

/**
 * A report by a user. The same reporter twice counts once (the second report changes
 * nothing); at the third distinct reporter the comment is hidden until a moderator decides.
 */
export const reportComment = (
  comment: Comment,
  input: { readonly reporterId: string; readonly reason?: string | null },
  now: Date,
): CommentResult => {
  if (input.reporterId === comment.authorId) return err({ code: 'comment.own_comment' });
  if (comment.visibility !== 'visible') return err({ code: 'comment.hidden' });
  if (comment.reports.some((report) => report.reporterId === input.reporterId)) return ok({ comment, events: [] });
  const reason = (input.reason ?? '').trim();
  const reports = [...comment.reports, { reporterId: input.reporterId, reason: reason === '' ? null : reason, reportedAt: now }];
  const reportCount = distinctReporterCount({ reports });
  const base = { commentId: comment.id, proposalId: comment.proposalId, occurredAt: now };
  const reported: CommentEvent = { type: 'CommentReported', ...base, actorId: input.reporterId, reportCount };
  if (reportCount < COMMENT_REPORT_THRESHOLD) return ok({ comment: { ...comment, reports }, events: [reported] });
  return ok({
    comment: { ...comment, reports, visibility: 'hidden_by_reports' },
    events: [reported, { type: 'CommentHiddenByReports', ...base, actorId: null, reportCount }],
  });
};
