import { err, ok } from '../shared/result';
import type { CommentModerationAction } from './comment.errors';
import type { Comment, CommentVisibility } from './comment.state';
import type { CommentResult } from './comment.aggregate';

export interface ModerateCommentInput {
  readonly moderatorId: string;
  /** Required: hiding or restoring someone's words is always explained. */
  readonly reason: string;
}

const ALLOWED_FROM: Readonly<Record<CommentModerationAction, readonly CommentVisibility[]>> = {
  hide: ['visible', 'hidden_by_reports'],
  restore: ['hidden_by_reports', 'hidden_by_moderator'],
};

const moderate = (
  comment: Comment,
  action: CommentModerationAction,
  input: ModerateCommentInput,
  now: Date,
): CommentResult => {
  if (!ALLOWED_FROM[action].includes(comment.visibility)) {
    return err({ code: 'comment.invalid_moderation', details: { from: comment.visibility, action } });
  }
  const reason = input.reason.trim();
  if (reason === '') return err({ code: 'comment.reason_required' });
  const base = { commentId: comment.id, proposalId: comment.proposalId, occurredAt: now, actorId: input.moderatorId, reason };
  // The decision settles the pending reports (see Comment.reports).
  const decided = { ...comment, reports: [], lastModeration: { action, moderatorId: input.moderatorId, reason, at: now } };
  return action === 'hide'
    ? ok({ comment: { ...decided, visibility: 'hidden_by_moderator' }, events: [{ type: 'CommentHidden', ...base }] })
    : ok({ comment: { ...decided, visibility: 'visible' }, events: [{ type: 'CommentRestored', ...base }] });
};

/** A moderator hides a comment (visible, or already hidden by reports and now confirmed). */
export const hideComment = (comment: Comment, input: ModerateCommentInput, now: Date): CommentResult =>
  moderate(comment, 'hide', input, now);

/** A moderator restores a hidden comment, clearing the reports that hid it. */
export const restoreComment = (comment: Comment, input: ModerateCommentInput, now: Date): CommentResult =>
  moderate(comment, 'restore', input, now);
