import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorResponse } from '../common/errors/error.response';
import { matchesIfNoneMatch } from './http-cache';
import { assertNoQueryParameters } from './no-query-parameters';
import { LICENCE_NOTICE } from './open-data-catalog';
import { PlatformStatsResponse } from './stats.response';
import { StatsService } from './stats.service';

export const STATS_CACHE_CONTROL = 'public, max-age=60';

/** The figures behind the public charts page, computed in SQL aggregates. */
@ApiTags('stats')
@Controller('v1/stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @ApiOperation({
    summary: 'Platform statistics: proposals by stage and area, threshold reach, median days per stage, leading co-sign curves, agency timeliness, commitment completion',
    description: `${LICENCE_NOTICE} Weak ETag over the figures (If-None-Match → 304), Cache-Control: public, max-age=60. No query parameters.`,
  })
  @ApiOkResponse({ type: PlatformStatsResponse })
  @ApiResponse({ status: 304, description: 'The figures have not changed since the ETag given in If-None-Match' })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: this path takes no query parameters' })
  async get(@Query() query: Record<string, unknown>, @Req() request: FastifyRequest, @Res() response: FastifyReply): Promise<void> {
    assertNoQueryParameters(query);
    const { stats, etag } = await this.stats.current();
    response.header('ETag', etag);
    response.header('Cache-Control', STATS_CACHE_CONTROL);
    if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
      await response.status(304).send();
      return;
    }
    await response.status(200).send(stats);
  }
}
