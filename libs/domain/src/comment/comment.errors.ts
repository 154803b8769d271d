import type { DomainError } from '../shared/domain-error';
import type { CommentVisibility } from './comment.state';

export type CommentModerationAction = 'hide' | 'restore';

export interface CommentInvalidModerationError extends DomainError<'comment.invalid_moderation'> {
  readonly details: { readonly from: CommentVisibility; readonly action: CommentModerationAction };
}

export type CommentSimpleErrorCode =
  | 'comment.tier_required'
  | 'comment.body_required'
  | 'comment.body_too_long'
  | 'comment.unknown_stance'
  | 'comment.reply_depth'
  | 'comment.parent_mismatch'
  | 'comment.not_author'
  | 'comment.edit_window_closed'
  | 'comment.hidden'
  | 'comment.own_comment'
  | 'comment.reason_required';

export type CommentError = DomainError<CommentSimpleErrorCode> | CommentInvalidModerationError;

export type CommentErrorCode = CommentError['code'];
