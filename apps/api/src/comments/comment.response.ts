import { ApiProperty } from '@nestjs/swagger';
import { COMMENT_STANCES, type Comment, type CommentStance, type CommentVisibility } from '@open-proposals/domain';

const VISIBILITIES: readonly CommentVisibility[] = ['visible', 'hidden_by_reports', 'hidden_by_moderator'];

class CommentAuthorResponse {
  @ApiProperty({ example: '王小明', description: 'Display name only: the public never sees who someone is beyond it. Empty for a deleted account' }) displayName!: string;
  @ApiProperty({ description: 'true: the author deleted their account; the comment stays, shown as by a deleted account' }) deleted!: boolean;
}

/** A comment as the public sees it; a hidden one keeps its place in the thread but loses its words. */
export class PublicCommentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ description: 'true: shown as a placeholder; body, stance and author are null' }) hidden!: boolean;
  @ApiProperty({ enum: COMMENT_STANCES, nullable: true }) stance!: CommentStance | null;
  @ApiProperty({ nullable: true, type: String }) body!: string | null;
  @ApiProperty({ type: CommentAuthorResponse, nullable: true }) author!: CommentAuthorResponse | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) editedAt!: string | null;
}

export class PublicCommentThreadResponse extends PublicCommentResponse {
  @ApiProperty({ type: [PublicCommentResponse], description: 'Replies, oldest first, so the conversation reads in order' })
  replies!: PublicCommentResponse[];
}

export class CommentThreadPageResponse {
  @ApiProperty({ type: [PublicCommentThreadResponse], description: 'Top-level comments, newest first' }) items!: PublicCommentThreadResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Number of top-level comments' }) total!: number;
}

/** A comment as its author or a moderator sees it after a change. */
export class CommentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ enum: COMMENT_STANCES }) stance!: CommentStance;
  @ApiProperty() body!: string;
  @ApiProperty({ enum: VISIBILITIES }) visibility!: CommentVisibility;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) editedAt!: string | null;
}

export const toCommentResponse = (comment: Comment): CommentResponse => ({
  id: comment.id,
  proposalId: comment.proposalId,
  parentId: comment.parentId,
  stance: comment.stance,
  body: comment.body,
  visibility: comment.visibility,
  createdAt: comment.createdAt.toISOString(),
  editedAt: comment.editedAt?.toISOString() ?? null,
});

/** What a reporter learns: that the report counted, not how many others reported. */
export class ReportReceivedResponse {
  @ApiProperty({ example: true }) received!: boolean;
}

class ReportedCommentAuthorResponse extends CommentAuthorResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

/** One line of the moderators' queue. */
export class ReportedCommentResponse extends CommentResponse {
  @ApiProperty({ type: ReportedCommentAuthorResponse }) author!: ReportedCommentAuthorResponse;
  @ApiProperty({ description: 'Distinct reporters since the last moderator decision' }) reportCount!: number;
  @ApiProperty({ format: 'date-time', description: 'When the oldest pending report arrived (the queue is ordered by it)' }) firstReportedAt!: string;
  @ApiProperty({ type: [String], description: 'The reasons reporters gave, oldest first (reports without one are left out)' }) reasons!: string[];
}

export class ReportedCommentPageResponse {
  @ApiProperty({ type: [ReportedCommentResponse] }) items!: ReportedCommentResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
