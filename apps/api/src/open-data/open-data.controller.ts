import { Controller, Get, Header, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiExcludeEndpoint, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiException } from '../common/errors/api.exception';
import { ErrorResponse } from '../common/errors/error.response';
import { DownloadDatasetService } from './download-dataset.service';
import { assertNoQueryParameters } from './no-query-parameters';
import { DATASETS, LICENCE_NOTICE, openDataCatalogue, type OpenDataCatalogue } from './open-data-catalog';
import { OpenDataCatalogueResponse } from './open-data.response';

const DATASET_PARAM = { name: 'dataset', enum: DATASETS.map((d) => d.id), description: 'A dataset id from GET /api/v1/open-data' } as const;
const CACHING = 'Weak ETag from the dataset’s latest change (If-None-Match → 304), Cache-Control: public, max-age=300. No query parameters.';
const UNKNOWN = { type: ErrorResponse, description: 'unknown_dataset: no such dataset (or format)' } as const;
const BAD_QUERY = { type: ErrorResponse, description: 'validation_failed: these paths take no query parameters' } as const;

/** Open data (issue 6): the data dictionary and every dataset as CSV and JSON, public and read-only. */
@ApiTags('open-data')
@Controller('v1/open-data')
export class OpenDataController {
  constructor(private readonly downloads: DownloadDatasetService) {}

  @Get()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'The open-data catalogue and data dictionary: every dataset with its formats and documented columns', description: LICENCE_NOTICE })
  @ApiOkResponse({ type: OpenDataCatalogueResponse })
  @ApiBadRequestResponse(BAD_QUERY)
  catalogue(@Query() query: Record<string, unknown>): OpenDataCatalogue {
    assertNoQueryParameters(query);
    return openDataCatalogue();
  }

  @Get(':dataset.csv')
  @ApiOperation({
    summary: 'A dataset as CSV: UTF-8 with a BOM, a header row of the documented columns, RFC 4180 quoting, streamed',
    description: `${LICENCE_NOTICE} Cells starting with = + - @ are prefixed with ' (formula-injection protection); lists are JSON arrays; empty cells are null. ${CACHING}`,
  })
  @ApiParam(DATASET_PARAM)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file (Content-Disposition: attachment)' })
  @ApiNotFoundResponse(UNKNOWN)
  @ApiBadRequestResponse(BAD_QUERY)
  csv(@Param('dataset') dataset: string, @Query() query: Record<string, unknown>, @Req() request: FastifyRequest, @Res() response: FastifyReply): Promise<void> {
    return this.downloads.send(dataset, 'csv', query, request, response);
  }

  @Get(':dataset.json')
  @ApiOperation({
    summary: 'A dataset as one JSON document { dataset, version, licence, generatedAt, items }, the items streamed whole (no pagination)',
    description: `${LICENCE_NOTICE} Each item has exactly the documented columns as keys. ${CACHING}`,
  })
  @ApiParam(DATASET_PARAM)
  @ApiOkResponse({ description: '{ dataset, version, licence: { name, url }, generatedAt, items: [...] }' })
  @ApiNotFoundResponse(UNKNOWN)
  @ApiBadRequestResponse(BAD_QUERY)
  json(@Param('dataset') dataset: string, @Query() query: Record<string, unknown>, @Req() request: FastifyRequest, @Res() response: FastifyReply): Promise<void> {
    return this.downloads.send(dataset, 'json', query, request, response);
  }

  /** Any other name (a format we do not offer, a misspelt dataset) gets the open-data 404 rather than the generic one. */
  @Get(':file')
  @ApiExcludeEndpoint()
  unknown(): never {
    throw new ApiException('unknown_dataset');
  }
}
