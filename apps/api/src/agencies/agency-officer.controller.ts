import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor, RequireRole } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { PaginationQuery } from '../common/http/pagination.query';
import { uuidParam } from '../common/http/uuid-param';
import type { Page } from '../proposals/public-proposal';
import { AgencyReadsService } from './agency-reads.service';
import { AgencyRequestPageResponse, ExtensionResponse, SubmittedAnswerResponse } from './agency.response';
import type { AgencyRequestView, ExtensionView } from './agency-views';
import { ExtendDto, RespondDto } from './dto/agency-bodies.dto';
import { ExtendDueDateService } from './extend-due-date.service';
import { RespondToRequestService } from './respond-to-request.service';

const WRONG_AGENCY = 'forbidden: not an agency officer (role_required), or the request belongs to another agency (wrong_agency)';

/** An agency officer's work: the inbox, the answer and the extension. */
@ApiTags('agency')
@Controller('v1/agency/requests')
@SignedIn()
@RequireRole('agency_officer')
export class AgencyOfficerController {
  constructor(
    private readonly reads: AgencyReadsService,
    private readonly responding: RespondToRequestService,
    private readonly extending: ExtendDueDateService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The requests of the officer’s agencies, soonest due first (agency officer)' })
  @ApiOkResponse({ type: AgencyRequestPageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: an unknown parameter or a bad page/pageSize' })
  inbox(@CurrentActor() actor: Actor, @Query() query: PaginationQuery): Promise<Page<AgencyRequestView>> {
    return this.reads.inbox(actor, query.page, query.pageSize);
  }

  @Post(':id/response')
  @ApiOperation({ summary: 'Publish the agency’s point-by-point answer (officer of the requested agency); once, not editable; a late answer is accepted and shown late' })
  @ApiCreatedResponse({ type: SubmittedAnswerResponse })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: 'validation_failed (unknown field, malformed point); agency_response.points_required, too_many_points, point_body_required, point_too_long',
  })
  @ApiForbiddenResponse({ type: ErrorResponse, description: WRONG_AGENCY })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no such request' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'agency_response.already_answered: a second answer' })
  async respond(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: RespondDto): Promise<SubmittedAnswerResponse> {
    const response = await this.responding.respond(actor, id, body.points);
    return { requestId: response.requestId, points: [...response.points], submittedAt: response.submittedAt.toISOString() };
  }

  @Post(':id/extension')
  @ApiOperation({ summary: 'Move the due date later with a public reason (officer of the requested agency); before the due date passes, at most twice' })
  @ApiCreatedResponse({ type: ExtensionResponse })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: 'validation_failed (unknown field, bad date); agency_response.reason_required, reason_too_long, due_date_not_later',
  })
  @ApiForbiddenResponse({ type: ErrorResponse, description: WRONG_AGENCY })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no such request' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'agency_response.already_answered, extension_after_due, too_many_extensions' })
  async extend(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: ExtendDto): Promise<ExtensionView> {
    const extension = await this.extending.extend(actor, id, { reason: body.reason, newDueAt: new Date(body.newDueAt) });
    return {
      previousDueAt: extension.previousDueAt.toISOString(),
      newDueAt: extension.newDueAt.toISOString(),
      reason: extension.reason,
      grantedAt: extension.createdAt.toISOString(),
    };
  }
}
