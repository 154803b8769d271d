import { applyDecorators, Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { PaginationQuery } from '../common/http/pagination.query';
import { MarkDuplicateDto, RejectProposalDto, ReturnProposalDto, AssignAgenciesDto } from './dto/moderation-actions.dto';
import { ModerationService } from './moderation.service';
import { ModerationOutcome, ReviewBacklog, ReviewQueuePage, AgencyAssignmentResponse } from './moderation.responses';
import { ReviewQueueService } from './review-queue.service';
import { AssignAgenciesService } from './assign-agencies.service';
import { uuidParam } from '../common/http/uuid-param';
import { ModeratorOnly } from './moderator-only.decorator';

/** The four decisions on one submission, answered with the proposal's new state. */
const Decision = (summary: string, badRequest?: string): MethodDecorator =>
  applyDecorators(
    ModeratorOnly(),
    HttpCode(200),
    ApiOperation({ summary }),
    ApiOkResponse({ type: ModerationOutcome }),
    ...(badRequest === undefined ? [] : [ApiBadRequestResponse({ type: ErrorResponse, description: badRequest })]),
    ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no proposal has this id' }),
    ApiConflictResponse({ type: ErrorResponse, description: 'proposal.invalid_transition: the proposal is not in review (already decided?); conflict: changed meanwhile' }),
  );

@ApiTags('moderation')
@Controller('v1/moderation')
export class ModerationController {
  constructor(
    private readonly queue: ReviewQueueService,
    private readonly moderation: ModerationService,
    private readonly assignments: AssignAgenciesService,
  ) {}

  @Get('queue')
  @ModeratorOnly()
  @ApiOperation({ summary: 'Submissions in review, oldest first, with their review clock (due date, overdue) and content' })
  @ApiOkResponse({ type: ReviewQueuePage })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: a bad page or pageSize, or an unknown parameter' })
  list(@CurrentActor() actor: Actor, @Query() query: PaginationQuery): Promise<ReviewQueuePage> {
    return this.queue.queue(actor, query.page, query.pageSize);
  }

  @Get('backlog')
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({ summary: 'Public backlog counter: submissions waiting for review, and how many are overdue' })
  @ApiOkResponse({ type: ReviewBacklog })
  backlog(): Promise<ReviewBacklog> {
    return this.queue.backlog();
  }

  @Post('proposals/:id/publish')
  @Decision('Publish a submission: co-signing opens for the cycle’s window (60 days by default)')
  publish(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<ModerationOutcome> {
    return this.moderation.publish(actor, id);
  }

  @Post('proposals/:id/return')
  @Decision('Return a submission to its proposer as a draft, with a note saying what to fix', 'validation_failed; proposal.note_required: the note is blank')
  returnToProposer(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: ReturnProposalDto): Promise<ModerationOutcome> {
    return this.moderation.return(actor, id, body);
  }

  @Post('proposals/:id/reject')
  @Decision(
    'Reject a submission with a public reason code; it then appears in the public rejection log',
    "validation_failed (unknown code or field; duplicateOfId not a published proposal); proposal.note_required for 'other'; proposal.duplicate_of_required / proposal.duplicate_of_self for 'duplicate'",
  )
  reject(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: RejectProposalDto): Promise<ModerationOutcome> {
    return this.moderation.reject(actor, id, body);
  }

  @Post('proposals/:id/agencies')
  @ModeratorOnly()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Name the agencies to answer a proposal that reached its threshold without a suggested agency; routing then completes',
    description: 'Creates one response request per agency, due the cycle’s response period after the threshold was reached, and moves the proposal to routed.',
  })
  @ApiOkResponse({ type: AgencyAssignmentResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: agencyIds must be 1–10 uuids of existing agencies (unknown_agency)' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no proposal has this id' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'conflict: the proposal is not waiting for agencies (not at its threshold, or already routed)' })
  assignAgencies(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: AssignAgenciesDto): Promise<AgencyAssignmentResponse> {
    return this.assignments.assign(actor, id, body.agencyIds);
  }

  @Post('proposals/:id/duplicate')
  @Decision(
    'Mark a submission as a duplicate of a published proposal, to which its readers are sent',
    'validation_failed (duplicateOfId missing, not a uuid, or not a published proposal); proposal.duplicate_of_self',
  )
  markDuplicate(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: MarkDuplicateDto): Promise<ModerationOutcome> {
    return this.moderation.markDuplicate(actor, id, body);
  }
}
