import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor, RequireRole } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { PaginationQuery } from '../common/http/pagination.query';
import { CommentReadsRepository } from './comment-reads.repository';
import { CommentResponse, ReportedCommentPageResponse, toCommentResponse } from './comment.response';
import { ModerateCommentDto } from './dto/comment-bodies.dto';
import { ModerateCommentService } from './moderate-comment.service';
import { uuidParam } from '../common/http/uuid-param';

const MODERATION_ERRORS = {
  badRequest: 'validation_failed: reason missing or an unknown field; comment.reason_required: a blank reason',
  conflict: 'comment.invalid_moderation: the comment is already in that state',
} as const;

@ApiTags('moderation')
@Controller('v1/moderation/comments')
@SignedIn()
@RequireRole('moderator')
export class CommentModerationController {
  constructor(
    private readonly reads: CommentReadsRepository,
    private readonly moderation: ModerateCommentService,
  ) {}

  @Get('reported')
  @ApiOperation({ summary: 'Comments waiting for a moderator (reported, or hidden by three reports), longest waiting first, with report counts' })
  @ApiOkResponse({ type: ReportedCommentPageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: an unknown parameter or a bad page/pageSize' })
  queue(@Query() query: PaginationQuery): Promise<ReportedCommentPageResponse> {
    return this.reads.reportedQueue(query.page, query.pageSize);
  }

  @Post(':id/hide')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hide a comment (or confirm a hiding by reports), with a reason; settles pending reports' })
  @ApiOkResponse({ type: CommentResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: MODERATION_ERRORS.badRequest })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no such comment' })
  @ApiConflictResponse({ type: ErrorResponse, description: MODERATION_ERRORS.conflict })
  async hide(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: ModerateCommentDto): Promise<CommentResponse> {
    return toCommentResponse(await this.moderation.hide(actor, id, body.reason));
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore a hidden comment, with a reason; settles pending reports' })
  @ApiOkResponse({ type: CommentResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: MODERATION_ERRORS.badRequest })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no such comment' })
  @ApiConflictResponse({ type: ErrorResponse, description: MODERATION_ERRORS.conflict })
  async restore(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: ModerateCommentDto): Promise<CommentResponse> {
    return toCommentResponse(await this.moderation.restore(actor, id, body.reason));
  }
}
