export const COMMENT_STANCES = ['support', 'oppose', 'neutral'] as const;
export type CommentStance = (typeof COMMENT_STANCES)[number];

export const isCommentStance = (value: unknown): value is CommentStance =>
  typeof value === 'string' && (COMMENT_STANCES as readonly string[]).includes(value);

/** Reports hide a comment only until a moderator decides; the two hidden states keep that apart. */
export type CommentVisibility = 'visible' | 'hidden_by_reports' | 'hidden_by_moderator';

export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;
export const COMMENT_REPORT_THRESHOLD = 3;
/** Ours, not DOMAIN.md's: long enough for an argument, short enough to stay a comment. */
export const COMMENT_MAX_LENGTH = 2_000;

export interface CommentReport {
  readonly reporterId: string;
  readonly reason: string | null;
  readonly reportedAt: Date;
}

export interface CommentModeration {
  readonly action: 'hide' | 'restore';
  readonly moderatorId: string;
  readonly reason: string;
  readonly at: Date;
}

export interface Comment {
  readonly id: string;
  readonly proposalId: string;
  readonly authorId: string;
  /** null for a top-level comment; threads are one level deep. */
  readonly parentId: string | null;
  readonly stance: CommentStance;
  readonly body: string;
  readonly createdAt: Date;
  readonly editedAt: Date | null;
  readonly visibility: CommentVisibility;
  /**
   * Reports since the last moderator decision. A decision settles them, so after a restore
   * three new distinct reports are needed to hide the comment again.
   */
  readonly reports: readonly CommentReport[];
  readonly lastModeration: CommentModeration | null;
}
