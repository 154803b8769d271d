import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiException } from '../common/errors/api.exception';
import { Clock } from '../common/time/clock';
import type { DatasetDefinition } from './dataset-definition';
import { toCsvRecord, toJsonItem } from './dataset-values';
import { matchesIfNoneMatch, weakEtag } from './http-cache';
import { assertNoQueryParameters } from './no-query-parameters';
import { findDataset, OPEN_DATA_LICENCE, OPEN_DATA_VERSION, type OpenDataFormat } from './open-data-catalog';
import { OpenDataRepository } from './open-data.repository';

export const DATASET_CACHE_CONTROL = 'public, max-age=300';

/**
 * Answers one dataset download: 404 for an unknown dataset, 304 when the reader's copy is
 * current, else the rows streamed page by page with backpressure (pipeline), so memory stays
 * flat however large the dataset, and a reader who hangs up stops the paging.
 */
@Injectable()
export class DownloadDatasetService {
  constructor(
    private readonly repository: OpenDataRepository,
    private readonly clock: Clock,
  ) {}

  async send(id: string, format: OpenDataFormat, query: Readonly<Record<string, unknown>>, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const dataset = findDataset(id);
    if (dataset === undefined) throw new ApiException('unknown_dataset');
    assertNoQueryParameters(query);
    const now = this.clock.now();
    const etag = weakEtag(dataset.id, format, OPEN_DATA_VERSION, await this.repository.fingerprint(dataset, now));
    reply.header('ETag', etag);
    reply.header('Cache-Control', DATASET_CACHE_CONTROL);
    if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
      await reply.status(304).send();
      return;
    }
    if (format === 'csv') {
      reply.header('Content-Type', 'text/csv; charset=utf-8; header=present');
      reply.header('Content-Disposition', `attachment; filename="open-proposals-${dataset.id}.csv"`);
    } else {
      reply.header('Content-Type', 'application/json; charset=utf-8');
    }
    // A HEAD (a link checker, a harvester polling the ETag) gets the headers without paging through the data.
    if (request.method === 'HEAD') {
      await reply.status(200).send();
      return;
    }
    // The rows are written straight to the socket, so the pipeline's backpressure reaches the paging.
    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, reply.getHeaders() as OutgoingHttpHeaders);
    try {
      if (format === 'csv') await this.sendCsv(dataset, now, response);
      else await this.sendJson(dataset, now, response);
    } catch (error) {
      // A reader who hangs up mid-download is not a server error; the pipeline has already stopped paging.
      if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      throw error;
    }
  }

  private async sendCsv(dataset: DatasetDefinition, now: Date, response: ServerResponse): Promise<void> {
    const repository = this.repository;
    async function* records(): AsyncGenerator<(string | number)[]> {
      for await (const page of repository.pages(dataset, now)) {
        for (const row of page) yield toCsvRecord(dataset.columns, toJsonItem(dataset.columns, row));
      }
    }
    // bom: Excel reads UTF-8 (and so Chinese) only after a BOM. CRLF and quoting as RFC 4180 asks;
    // escape_formulas prefixes cells starting with = + - @ tab or CR with ' (OWASP CSV injection).
    const csv = stringify({
      bom: true,
      header: true,
      columns: dataset.columns.map((c) => c.name),
      record_delimiter: 'windows',
      escape_formulas: true,
    });
    await pipeline(Readable.from(records()), csv, response);
  }

  private async sendJson(dataset: DatasetDefinition, now: Date, response: ServerResponse): Promise<void> {
    const repository = this.repository;
    const head = { dataset: dataset.id, version: OPEN_DATA_VERSION, licence: OPEN_DATA_LICENCE, generatedAt: now.toISOString() };
    async function* chunks(): AsyncGenerator<string> {
      // The head is a complete object; its closing brace is reopened to append the streamed items.
      yield `${JSON.stringify(head).slice(0, -1)},"items":[`;
      // One chunk per item, not per page: small strings die young, where a page-sized one would
      // wait in the old generation for a major collection (measured: twice the peak heap).
      let separator = '';
      for await (const page of repository.pages(dataset, now)) {
        for (const row of page) {
          yield separator + JSON.stringify(toJsonItem(dataset.columns, row));
          separator = ',';
        }
      }
      yield ']}';
    }
    await pipeline(Readable.from(chunks(), { objectMode: false }), response);
  }
}
