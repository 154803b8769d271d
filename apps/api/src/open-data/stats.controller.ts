import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
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
  async get(@Query() query: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    assertNoQueryParameters(query);
    const { stats, etag } = await this.stats.current();
    response.setHeader('ETag', etag);
    response.setHeader('Cache-Control', STATS_CACHE_CONTROL);
    if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
      response.status(304).end();
      return;
    }
    response.status(200).json(stats);
  }
}
