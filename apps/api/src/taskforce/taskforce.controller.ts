import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor, RequireRole } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { PaginationQuery } from '../common/http/pagination.query';
import { uuidParam } from '../common/http/uuid-param';
import { DecideReviewItemService } from './decide-review-item.service';
import { DecideReviewItemDto } from './dto/taskforce-bodies.dto';
import { DecisionResponse, InboxPageResponse } from './taskforce.response';
import { TaskforceRepository } from './taskforce.repository';

@ApiTags('task force')
@Controller('v1/taskforce')
@SignedIn()
@RequireRole('task_force_member')
export class TaskforceController {
  constructor(
    private readonly taskforce: TaskforceRepository,
    private readonly decisions: DecideReviewItemService,
  ) {}

  @Get('inbox')
  @ApiOperation({ summary: 'Routed proposals waiting for a decision, oldest first, with a summary of each' })
  @ApiOkResponse({ type: InboxPageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: an unknown parameter or a bad page/pageSize' })
  async inbox(@Query() query: PaginationQuery): Promise<InboxPageResponse> {
    return { ...(await this.taskforce.inbox(query.page, query.pageSize)), page: query.page, pageSize: query.pageSize };
  }

  @Post('review-items/:id/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decide a routed proposal: adopt (creates a commitment), merge (into a commitment), refer or decline, with the votes per side',
  })
  @ApiOkResponse({ type: DecisionResponse })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description:
      'validation_failed (incl. unknown targetCommitmentId); proposal.rationale_required (decline without reasons); proposal.commitment_required (merge without target); taskforce.commitment_details_required (adopt without commitment); taskforce.invalid_votes / no_votes; commitment.unknown_area / title_required',
  })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no such review item, or no such action plan' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'taskforce.already_decided: decided before; proposal.invalid_transition: the proposal is not routed' })
  decide(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: DecideReviewItemDto): Promise<DecisionResponse> {
    return this.decisions.decide(actor, id, body);
  }
}
