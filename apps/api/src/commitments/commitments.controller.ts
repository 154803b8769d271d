import { Body, Controller, Get, Header, Param, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { uuidParam } from '../common/http/uuid-param';
import { CommitmentReadsService } from './commitment-reads.service';
import { CommitmentResponse, PlanCommitmentsResponse } from './commitment.response';
import { AddMilestoneDto, AssessCommitmentDto, CloseTrackingDto, ReportProgressDto } from './dto/commitment-bodies.dto';
import { CloseCommitmentTrackingService } from './close-commitment-tracking.service';
import { ReportCommitmentService } from './report-commitment.service';

const NOT_FOUND = { type: ErrorResponse, description: 'not_found: no such commitment' } as const;
const CLOSED = 'commitment.tracking_closed: tracking of the commitment is closed';
const REPORTERS = 'Task-force members, or officers of an agency responsible for the commitment (403 wrong_agency / role_required otherwise).';

@ApiTags('commitments')
@Controller('v1/action-plans')
export class PlanCommitmentsController {
  constructor(private readonly reads: CommitmentReadsService) {}

  @Get(':code/commitments')
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOperation({ summary: 'The commitments of an action plan, in the order of its areas' })
  @ApiOkResponse({ type: PlanCommitmentsResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no plan has this code' })
  list(@Param('code') code: string): Promise<PlanCommitmentsResponse> {
    return this.reads.byPlan(code);
  }
}

@ApiTags('commitments')
@Controller('v1/commitments')
export class CommitmentsController {
  constructor(
    private readonly reads: CommitmentReadsService,
    private readonly reports: ReportCommitmentService,
    private readonly closures: CloseCommitmentTrackingService,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One commitment: origin and linked proposal, milestones, quarterly progress, OGP assessments, tracking' })
  @ApiOkResponse({ type: CommitmentResponse })
  @ApiNotFoundResponse(NOT_FOUND)
  get(@Param('id', uuidParam) id: string): Promise<CommitmentResponse> {
    return this.reads.detail(id);
  }

  @Post(':id/milestones')
  @SignedIn()
  @ApiOperation({ summary: 'Add a milestone (title, due date, status, evidence link)', description: REPORTERS })
  @ApiCreatedResponse({ type: CommitmentResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed; commitment.title_required, invalid_due_date, unknown_milestone_status, invalid_evidence_url' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ type: ErrorResponse, description: CLOSED })
  async addMilestone(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: AddMilestoneDto): Promise<CommitmentResponse> {
    await this.reports.addMilestone(actor, id, body);
    return this.reads.detail(id);
  }

  @Post(':id/progress')
  @SignedIn()
  @ApiOperation({ summary: 'Report the quarterly progress (one update per quarter, e.g. 2025-Q3)', description: REPORTERS })
  @ApiCreatedResponse({ type: CommitmentResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed; commitment.invalid_quarter, text_required, unknown_completion' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ type: ErrorResponse, description: `commitment.quarter_reported: this quarter is already reported; ${CLOSED}` })
  async reportProgress(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: ReportProgressDto): Promise<CommitmentResponse> {
    await this.reports.reportProgress(actor, id, body);
    return this.reads.detail(id);
  }

  @Patch(':id/assessment')
  @SignedIn()
  @ApiOperation({
    summary: 'Record an OGP assessment, replacing the previous one of its kind',
    description: 'kind self: as for milestones (task force or a responsible agency’s officer). kind irm: an admin, entering the Independent Reporting Mechanism’s findings.',
  })
  @ApiOkResponse({ type: CommitmentResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed; commitment.invalid_assessment: a value outside OGP’s scales' })
  @ApiNotFoundResponse(NOT_FOUND)
  async assess(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: AssessCommitmentDto): Promise<CommitmentResponse> {
    await this.reports.assess(actor, id, body);
    return this.reads.detail(id);
  }

  @Post(':id/tracking/close')
  @SignedIn()
  @ApiOperation({ summary: 'Close tracking (解除列管) with a public reason; the commitment’s record is final from then on', description: 'Task-force members only (403 role_required otherwise).' })
  @ApiCreatedResponse({ type: CommitmentResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed; commitment.closure_reason_required' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ type: ErrorResponse, description: CLOSED })
  async closeTracking(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: CloseTrackingDto): Promise<CommitmentResponse> {
    await this.closures.close(actor, id, body.reason);
    return this.reads.detail(id);
  }
}
