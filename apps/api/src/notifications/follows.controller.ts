import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { PaginationQuery } from '../common/http/pagination.query';
import { uuidParam } from '../common/http/uuid-param';
import { FollowProposalService } from './follow-proposal.service';
import { FollowPageResponse, FollowStateResponse } from './notifications.responses';

const NOT_FOUND = { type: ErrorResponse, description: 'not_found: no public proposal has this id' } as const;

@ApiTags('notifications')
@Controller('v1')
@SignedIn()
export class FollowsController {
  constructor(private readonly follows: FollowProposalService) {}

  @Put('proposals/:id/follow')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Follow a public proposal: be notified of its threshold, routing, decision and the agency’s answer, as its co-signers are. Idempotent.' })
  @ApiNoContentResponse({ description: 'Following' })
  @ApiNotFoundResponse(NOT_FOUND)
  async follow(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<void> {
    await this.follows.follow(actor, id);
  }

  @Delete('proposals/:id/follow')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Stop following a proposal. Idempotent.' })
  @ApiNoContentResponse({ description: 'Not following' })
  async unfollow(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<void> {
    await this.follows.unfollow(actor, id);
  }

  @Get('proposals/:id/follow')
  @ApiOperation({ summary: 'Whether I follow this proposal' })
  @ApiOkResponse({ type: FollowStateResponse })
  async state(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<FollowStateResponse> {
    return { following: await this.follows.isFollowing(actor.id, id) };
  }

  @Get('me/follows')
  @ApiOperation({ summary: 'The proposals I follow, most recently followed first' })
  @ApiOkResponse({ type: FollowPageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'A bad page or pageSize' })
  mine(@CurrentActor() actor: Actor, @Query() query: PaginationQuery): Promise<FollowPageResponse> {
    return this.follows.mine(actor.id, query.page, query.pageSize);
  }
}
