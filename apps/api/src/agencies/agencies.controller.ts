import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error.response';
import { PaginationQuery } from '../common/http/pagination.query';
import { uuidParam } from '../common/http/uuid-param';
import type { Page } from '../proposals/public-proposal';
import { AgencyReadsService } from './agency-reads.service';
import { AgencyRequestPageResponse, AgencyResponseBody, ProposalResponseResponse, ResponsivenessRowResponse } from './agency.response';
import type { AgencyRequestView, AgencyResponsivenessView, AgencyView, ProposalResponseView } from './agency-views';

/** Public reads: who is asked, by when, what they answered and how responsive they are. */
@ApiTags('agencies')
@Controller('v1')
export class AgenciesController {
  constructor(private readonly reads: AgencyReadsService) {}

  @Get('agencies')
  @ApiOperation({ summary: 'Every responsible agency (權責機關), by code' })
  @ApiOkResponse({ type: [AgencyResponseBody] })
  list(): Promise<AgencyView[]> {
    return this.reads.list();
  }

  @Get('agencies/responsiveness')
  @ApiOperation({ summary: 'The public responsiveness table: per agency, requests, answers, on-time rate, median days to respond, overdue now' })
  @ApiOkResponse({ type: [ResponsivenessRowResponse] })
  responsiveness(): Promise<AgencyResponsivenessView[]> {
    return this.reads.responsiveness();
  }

  @Get('agencies/:id/requests')
  @ApiOperation({ summary: 'The response requests of one agency, soonest due first, with status, timeliness and overdue flag' })
  @ApiOkResponse({ type: AgencyRequestPageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: an unknown parameter or a bad page/pageSize' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no agency has this id' })
  requests(@Param('id', uuidParam) id: string, @Query() query: PaginationQuery): Promise<Page<AgencyRequestView>> {
    return this.reads.requestsOfAgency(id, query.page, query.pageSize);
  }

  @Get('proposals/:id/responses')
  @ApiOperation({ summary: 'The agency responses of a proposal: each request with its due date, point-by-point answer and extensions (with reasons)' })
  @ApiOkResponse({ type: [ProposalResponseResponse] })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no public proposal has this id' })
  ofProposal(@Param('id', uuidParam) id: string): Promise<ProposalResponseView[]> {
    return this.reads.ofProposal(id);
  }
}
