import { Body, Controller, Get, Header, HttpStatus, Ip, Param, Post, Query, Res } from '@nestjs/common';
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
import type { Actor } from '@open-proposals/domain';
import type { FastifyReply } from 'fastify';
import { CurrentActor, RequireAuth } from '../common/auth/auth.decorators';
import { PaginationQuery } from '../common/http/pagination.query';
import { CosignReadsService } from './cosign-reads.service';
import { CosignCommentPageResponse, CosignResponse, CosignStatsResponse, MyCosignPageResponse, toCosignResponse } from './cosign.response';
import { CreateCosignService } from './create-cosign.service';
import { CreateCosignDto } from './dto/create-cosign.dto';
import { uuidParam } from '../common/http/uuid-param';
import { ClientIp } from '../common/rate-limit/client-ip.decorator';
import { RateLimitedRoute } from '../common/rate-limit/rate-limited.decorator';
import { RateLimiter } from '../common/rate-limit/rate-limiter';

@ApiTags('co-signs')
@Controller('v1')
export class CosignsController {
  constructor(
    private readonly create: CreateCosignService,
    private readonly reads: CosignReadsService,
    private readonly limits: RateLimiter,
  ) {}

  @Post('proposals/:id/cosigns')
  @RequireAuth()
  @ApiOperation({ summary: 'Co-sign a published proposal (mobile-verified people; once per person; optional short public comment)' })
  @ApiCreatedResponse({ type: CosignResponse, description: 'The new co-sign; the count went up by one' })
  @ApiOkResponse({ type: CosignResponse, description: 'You had already co-signed: the existing co-sign, nothing counted twice' })
  @ApiBadRequestResponse({ description: 'An unknown field or a comment over 200 characters; the body names each field' })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiForbiddenResponse({ description: 'Mobile number not verified, it is your own proposal, or a moderator invalidated your co-sign of it (cosign.invalidated)' })
  @ApiNotFoundResponse({ description: 'No published proposal has this id' })
  @ApiConflictResponse({
    description:
      'Co-signing is closed (window ended, threshold reached without accumulation) or paused (blackout; details.reason says why), or this mobile number already co-signed the proposal from an account since deleted (cosign.phone_already_used)',
  })
  @RateLimitedRoute('co-signs from this address or this account')
  async cosign(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: CreateCosignDto,
    @ClientIp() ip: string,
    @Res({ passthrough: true }) response: FastifyReply,
    @Ip() clientIp: string | undefined,
  ): Promise<CosignResponse> {
    const admitted = this.limits.enforce('cosign', { ip, account: actor.id });
    const outcome = await this.create.cosign(actor, id, body.comment, clientIp, admitted);
    if (!outcome.created) response.status(HttpStatus.OK);
    return toCosignResponse(outcome.cosign);
  }

  @Get('proposals/:id/cosigns/stats')
  @Header('Cache-Control', 'public, max-age=5')
  @ApiOperation({ summary: 'Public co-sign statistics: count, threshold, per-day curve (Asia/Taipei days) and counts per verification tier; never identities' })
  @ApiOkResponse({ type: CosignStatsResponse })
  @ApiNotFoundResponse({ description: 'No published proposal has this id' })
  stats(@Param('id', uuidParam) id: string): Promise<CosignStatsResponse> {
    return this.reads.stats(id);
  }

  @Get('proposals/:id/cosigns/comments')
  @Header('Cache-Control', 'public, max-age=5')
  @ApiOperation({ summary: 'The short public comments of co-signers, without names, newest first' })
  @ApiOkResponse({ type: CosignCommentPageResponse })
  @ApiBadRequestResponse({ description: 'A bad page or pageSize' })
  @ApiNotFoundResponse({ description: 'No published proposal has this id' })
  comments(@Param('id', uuidParam) id: string, @Query() query: PaginationQuery): Promise<CosignCommentPageResponse> {
    return this.reads.comments(id, query.page, query.pageSize);
  }

  @Get('me/cosigns')
  @RequireAuth()
  @ApiOperation({ summary: 'My co-signs, newest first, with each proposal’s title and current status' })
  @ApiOkResponse({ type: MyCosignPageResponse })
  @ApiBadRequestResponse({ description: 'A bad page or pageSize' })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  mine(@CurrentActor() actor: Actor, @Query() query: PaginationQuery): Promise<MyCosignPageResponse> {
    return this.reads.mine(actor.id, query.page, query.pageSize);
  }
}
