import { Module } from '@nestjs/common';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { CommentCommands } from './comment-commands';
import { CommentModerationController } from './comment-moderation.controller';
import { CommentReadsRepository } from './comment-reads.repository';
import { CommentsController } from './comments.controller';
import { CommentsRepository } from './comments.repository';
import { EditCommentService } from './edit-comment.service';
import { ListCommentsService } from './list-comments.service';
import { ModerateCommentService } from './moderate-comment.service';
import { PostCommentService } from './post-comment.service';
import { PublicProposalCheck } from './public-proposal-check.service';
import { ReportCommentService } from './report-comment.service';

/** Discussion of public proposals: comments, replies, reports and their moderation. */
@Module({
  imports: [ProposalsModule, RateLimitModule],
  controllers: [CommentsController, CommentModerationController],
  providers: [
    CommentsRepository,
    CommentReadsRepository,
    PublicProposalCheck,
    CommentCommands,
    ListCommentsService,
    PostCommentService,
    EditCommentService,
    ReportCommentService,
    ModerateCommentService,
  ],
})
export class CommentsModule {}
