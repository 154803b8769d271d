import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiException } from '../common/errors/api.exception';
import { ListProposalsQuery, SimilarProposalsQuery } from './list-proposals.query';
import { ProposalReadsRepository } from './proposal-reads.repository';
import type { Page, PublicProposalDetail, PublicProposalSummary } from './public-proposal';
import { uuidParam } from '../common/http/uuid-param';
import { AdaptiveBatcher, sharedReads } from '../common/batching/adaptive-batcher';

@ApiTags('proposals')
@Controller('v1/proposals')
export class ProposalsController {
  /**
   * A viral proposal's page is read hundreds of times a second: the reads that arrive together
   * share one load (never an older one: see sharedReads), on top of the edge cache in front.
   */
  private readonly details: AdaptiveBatcher<string, PublicProposalDetail | null>;

  constructor(private readonly reads: ProposalReadsRepository) {
    this.details = sharedReads((id: string) => this.reads.findPublic(id), { maxBatch: 500, maxInFlight: 1 });
  }

  @Get()
  @Header('Cache-Control', 'public, max-age=5')
  @ApiOperation({ summary: 'Published proposals: filter by status, area and agency; search Chinese text; sort; paginate' })
  @ApiOkResponse({ description: '{ items, page, pageSize, total }' })
  @ApiBadRequestResponse({ description: 'An unknown parameter or a bad value; the body names each field' })
  list(@Query() query: ListProposalsQuery): Promise<Page<PublicProposalSummary>> {
    return this.reads.page(query, new Date());
  }

  @Get('similar')
  @ApiOperation({ summary: 'Published proposals whose titles resemble a draft title (to avoid duplicates)' })
  @ApiOkResponse({ description: '{ items } — at most five' })
  async similar(@Query() query: SimilarProposalsQuery): Promise<{ items: PublicProposalSummary[] }> {
    return { items: await this.reads.similarTitles(query.title) };
  }

  @Get(':id')
  @Header('Cache-Control', 'public, max-age=5')
  @ApiOperation({ summary: 'One published proposal with its count, threshold, deadline, decision and public timeline' })
  @ApiNotFoundResponse({ description: 'No published proposal has this id' })
  async get(@Param('id', uuidParam) id: string): Promise<PublicProposalDetail> {
    const proposal = await this.details.submit(id);
    if (proposal === null) throw new ApiException('not_found');
    return proposal;
  }
}
