import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { PaginationQuery } from '../common/http/pagination.query';
import { CommentResponse, CommentThreadPageResponse, ReportReceivedResponse, toCommentResponse } from './comment.response';
import { EditCommentDto, PostCommentDto, ReportCommentDto } from './dto/comment-bodies.dto';
import { EditCommentService } from './edit-comment.service';
import { ListCommentsService } from './list-comments.service';
import { PostCommentService } from './post-comment.service';
import { ReportCommentService } from './report-comment.service';
import { uuidParam } from '../common/http/uuid-param';
import { ClientIp } from '../common/rate-limit/client-ip.decorator';
import { RateLimitedRoute } from '../common/rate-limit/rate-limited.decorator';
import { RateLimiter } from '../common/rate-limit/rate-limiter';

@ApiTags('comments')
@Controller('v1')
export class CommentsController {
  constructor(
    private readonly listing: ListCommentsService,
    private readonly posting: PostCommentService,
    private readonly editing: EditCommentService,
    private readonly reporting: ReportCommentService,
    private readonly limits: RateLimiter,
  ) {}

  @Get('proposals/:id/comments')
  @ApiOperation({ summary: 'The public discussion: top-level comments newest first, each with its replies; hidden ones as placeholders' })
  @ApiOkResponse({ type: CommentThreadPageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: an unknown parameter or a bad page/pageSize' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no public proposal has this id (drafts and submissions under review included)' })
  list(@Param('id', uuidParam) id: string, @Query() query: PaginationQuery): Promise<CommentThreadPageResponse> {
    return this.listing.list(id, query.page, query.pageSize);
  }

  @Post('proposals/:id/comments')
  @SignedIn()
  @ApiOperation({ summary: 'Comment on a public proposal with a stance, or reply to a top-level comment (email-verified citizens)' })
  @ApiCreatedResponse({ type: CommentResponse })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: 'validation_failed (unknown field, bad stance); comment.body_required, comment.body_too_long, comment.reply_depth (a reply to a reply), comment.parent_mismatch; bad_request (unknown parentId)',
  })
  @ApiForbiddenResponse({ type: ErrorResponse, description: 'forbidden: email verification (tier_required) or the citizen role is missing' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no public proposal has this id' })
  @RateLimitedRoute('comments from this address or this account')
  async post(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: PostCommentDto, @ClientIp() ip: string): Promise<CommentResponse> {
    await this.limits.enforce('comment', { ip, account: actor.id });
    return toCommentResponse(await this.posting.post(actor, id, body));
  }

  @Patch('comments/:id')
  @SignedIn()
  @ApiOperation({ summary: 'The author edits a comment within 15 minutes of posting it' })
  @ApiOkResponse({ type: CommentResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed; comment.body_required, comment.body_too_long' })
  @ApiForbiddenResponse({ type: ErrorResponse, description: 'comment.not_author: only the author edits' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no such comment on a public proposal' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'comment.edit_window_closed (15 minutes have passed), comment.hidden' })
  async edit(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: EditCommentDto): Promise<CommentResponse> {
    return toCommentResponse(await this.editing.edit(actor, id, body.body));
  }

  @Post('comments/:id/reports')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Report a comment; a repeat by the same person counts once; three different reporters hide it until a moderator decides' })
  @ApiOkResponse({ type: ReportReceivedResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: unknown field or a reason over 500 characters' })
  @ApiForbiddenResponse({ type: ErrorResponse, description: 'comment.own_comment: you cannot report your own comment' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no such comment on a public proposal' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'comment.hidden: already hidden and waiting for a moderator' })
  async report(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: ReportCommentDto): Promise<ReportReceivedResponse> {
    await this.reporting.report(actor, id, body.reason);
    return { received: true };
  }
}
