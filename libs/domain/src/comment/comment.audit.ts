import { toJsonValue, type AuditEntry } from '../shared/audit-entry';
import type { CommentEvent, CommentEventType } from './comment.events';
import type { Comment } from './comment.state';
import type { CommentTransition } from './comment.aggregate';

export const COMMENT_AUDIT_ACTIONS: Readonly<Record<CommentEventType, string>> = {
  CommentPosted: 'comment.create',
  CommentEdited: 'comment.edit',
  CommentReported: 'comment.report',
  CommentHiddenByReports: 'comment.hide_by_reports',
  CommentHidden: 'comment.hide',
  CommentRestored: 'comment.restore',
};

const reasonOf = (event: CommentEvent): string | null => {
  switch (event.type) {
    case 'CommentHidden':
    case 'CommentRestored':
      return event.reason;
    case 'CommentHiddenByReports':
      return `reports:${event.reportCount}`;
    case 'CommentPosted':
    case 'CommentEdited':
    case 'CommentReported':
      return null;
  }
};

/** One audit entry per event of a comment transition; `before` is null when the comment is posted. */
export const commentAuditEntries = (before: Comment | null, transition: CommentTransition): AuditEntry[] =>
  transition.events.map((event) => ({
    actorId: event.actorId,
    action: COMMENT_AUDIT_ACTIONS[event.type],
    subjectType: 'comment',
    subjectId: event.commentId,
    before: toJsonValue(before),
    after: toJsonValue(transition.comment),
    reason: reasonOf(event),
    occurredAt: event.occurredAt,
  }));
