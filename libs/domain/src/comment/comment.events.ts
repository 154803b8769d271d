import type { CommentStance } from './comment.state';

interface CommentEventBase<T extends string> {
  readonly type: T;
  readonly commentId: string;
  readonly proposalId: string;
  readonly occurredAt: Date;
  /** null when the platform itself acted (hiding after the third report). */
  readonly actorId: string | null;
}

export interface CommentPosted extends CommentEventBase<'CommentPosted'> {
  readonly parentId: string | null;
  readonly stance: CommentStance;
}
export type CommentEdited = CommentEventBase<'CommentEdited'>;
export interface CommentReported extends CommentEventBase<'CommentReported'> {
  readonly reportCount: number;
}
export interface CommentHiddenByReports extends CommentEventBase<'CommentHiddenByReports'> {
  readonly reportCount: number;
}
export interface CommentHidden extends CommentEventBase<'CommentHidden'> {
  readonly reason: string;
}
export interface CommentRestored extends CommentEventBase<'CommentRestored'> {
  readonly reason: string;
}

export type CommentEvent =
  | CommentPosted
  | CommentEdited
  | CommentReported
  | CommentHiddenByReports
  | CommentHidden
  | CommentRestored;

export type CommentEventType = CommentEvent['type'];
