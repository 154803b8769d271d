import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DatasetDefinition } from './dataset-definition';

/** Rows fetched per round trip: small enough to stream, large enough that round trips stay few. */
export const PAGE_SIZE = 500;

/** Runs the datasets' queries; the SQL itself lives beside each dataset's columns (datasets/*.dataset.ts). */
@Injectable()
export class OpenDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The dataset's rows, page after page in key order. Each page is its own short query, so a
   * download never holds a connection while the client reads; rows written meanwhile may or may
   * not appear, as in any export of live data.
   */
  async *pages(dataset: DatasetDefinition, now: Date, pageSize = PAGE_SIZE): AsyncGenerator<Record<string, unknown>[]> {
    let after: string | null = null;
    for (;;) {
      const keyQuery = dataset.keys(after, pageSize);
      const keys = (await this.dataSource.query<{ key: string }[]>(keyQuery.text, [...keyQuery.params])).map((r) => r.key);
      if (keys.length === 0) return;
      const rowQuery = dataset.rows(keys, now);
      yield await this.dataSource.query<Record<string, unknown>[]>(rowQuery.text, [...rowQuery.params]);
      after = keys[keys.length - 1] ?? null;
      if (keys.length < pageSize) return;
    }
  }

  async fingerprint(dataset: DatasetDefinition, now: Date): Promise<string> {
    const query = dataset.fingerprint(now);
    const [row] = await this.dataSource.query<{ fingerprint: string | null }[]>(query.text, [...query.params]);
    return row?.fingerprint ?? '';
  }
}
