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
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Actor, Proposal } from '@open-proposals/domain';
import { CurrentActor, RequireAuth } from '../common/auth/auth.decorators';
import { PaginationQuery } from '../common/http/pagination.query';
import { ProposalDraftDto } from './proposal-draft.dto';
import { ProposalDraftsService } from './proposal-drafts.service';
import { ProposalsRepository } from './proposals.repository';
import type { Page } from './public-proposal';
import { uuidParam } from '../common/http/uuid-param';
import { ClientIp } from '../common/rate-limit/client-ip.decorator';
import { RateLimitedRoute } from '../common/rate-limit/rate-limited.decorator';
import { RateLimiter } from '../common/rate-limit/rate-limiter';

@ApiTags('my proposals')
@RequireAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@Controller('v1')
export class MyProposalsController {
  constructor(
    private readonly drafts: ProposalDraftsService,
    private readonly proposals: ProposalsRepository,
    private readonly limits: RateLimiter,
  ) {}

  @Post('proposals')
  @ApiOperation({ summary: 'Start a draft (only the title is needed now)' })
  @ApiCreatedResponse({ description: 'The draft, as its proposer sees it' })
  @ApiBadRequestResponse({ description: 'A field is invalid; the body names each one' })
  create(@CurrentActor() actor: Actor, @Body() body: ProposalDraftDto): Promise<Proposal> {
    return this.drafts.create(actor, body);
  }

  @Patch('proposals/:id')
  @ApiOperation({ summary: 'Edit one’s own draft (also after a moderator returned it)' })
  @ApiOkResponse({ description: 'The draft' })
  @ApiBadRequestResponse({ description: 'A field is invalid' })
  @ApiNotFoundResponse({ description: 'No draft of yours has this id' })
  @ApiConflictResponse({ description: 'The proposal is no longer a draft, or changed meanwhile' })
  edit(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: ProposalDraftDto): Promise<Proposal> {
    return this.drafts.edit(actor, id, body);
  }

  @Post('proposals/:id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit one’s draft for review (mobile verification needed; not during a blackout)' })
  @ApiOkResponse({ description: 'The proposal, now in review' })
  @ApiBadRequestResponse({ description: 'A required field is missing; the body names each one' })
  @ApiForbiddenResponse({ description: 'Mobile number not verified' })
  @ApiConflictResponse({ description: 'Not a draft, or proposing is paused (blackout; details.reason says why)' })
  @RateLimitedRoute('proposals submitted from this address or this account')
  async submit(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @ClientIp() ip: string): Promise<Proposal> {
    await this.limits.enforce('proposal', { ip, account: actor.id });
    return this.drafts.submit(actor, id);
  }

  @Post('proposals/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw one’s proposal before publication (never after: others may have co-signed)' })
  @ApiOkResponse({ description: 'The proposal, withdrawn' })
  @ApiConflictResponse({ description: 'Already published' })
  withdraw(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<Proposal> {
    return this.drafts.withdraw(actor, id);
  }

  @Get('me/proposals')
  @ApiOperation({ summary: 'My proposals in every status, most recently changed first' })
  async list(@CurrentActor() actor: Actor, @Query() query: PaginationQuery): Promise<Page<Proposal>> {
    const { items, total } = await this.proposals.pageOfProposer(actor.id, query.page, query.pageSize);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  @Get('me/proposals/:id')
  @ApiOperation({ summary: 'One of my proposals, with the moderator’s note if it was returned' })
  @ApiNotFoundResponse({ description: 'No proposal of yours has this id' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<Proposal> {
    return this.drafts.mine(actor, id);
  }
}
