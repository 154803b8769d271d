import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error.response';
import { PaginationQuery } from '../common/http/pagination.query';
import { uuidParam } from '../common/http/uuid-param';
import { PublicInvalidationPage } from './cosign-fraud.responses';
import { InvalidationLogService } from './invalidation-log.service';

/** The public, anonymised log of invalidated co-signs. */
@ApiTags('co-signs')
@Controller('v1')
export class InvalidationLogController {
  constructor(private readonly log: InvalidationLogService) {}

  @Get('cosign-invalidations')
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({ summary: 'Public log of invalidated co-signs on every published proposal: date, proposal, number, reason, note; never identities or IPs' })
  @ApiOkResponse({ type: PublicInvalidationPage })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: a bad page or pageSize' })
  all(@Query() query: PaginationQuery): Promise<PublicInvalidationPage> {
    return this.log.all(query.page, query.pageSize);
  }

  @Get('proposals/:id/cosign-invalidations')
  @Header('Cache-Control', 'public, max-age=5')
  @ApiOperation({ summary: 'Public log of invalidated co-signs on one proposal, newest first' })
  @ApiOkResponse({ type: PublicInvalidationPage })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: a bad page or pageSize' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no published proposal has this id' })
  ofProposal(@Param('id', uuidParam) id: string, @Query() query: PaginationQuery): Promise<PublicInvalidationPage> {
    return this.log.ofProposal(id, query.page, query.pageSize);
  }
}
