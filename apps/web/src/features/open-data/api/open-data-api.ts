import type { LocalizedText } from '@open-proposals/domain';
import type { ApiClient } from '../../../shared/api/api-client';

export interface DatasetColumn {
  readonly name: string;
  readonly type: string;
  readonly description: LocalizedText;
}

export interface Dataset {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  /** Download links of each format. */
  readonly formats: { readonly csv: string; readonly json: string };
  readonly columns: readonly DatasetColumn[];
}

/** GET /api/v1/open-data: the data dictionary (the endpoint is built on another branch against this contract). */
export interface OpenDataCatalogue {
  readonly version: string;
  readonly licence: { readonly name: LocalizedText; readonly url: string };
  readonly datasets: readonly Dataset[];
}

export const openDataKeys = { all: ['open-data'] as const };

export const fetchOpenData = (client: ApiClient, signal?: AbortSignal) => client.get<OpenDataCatalogue>('/api/v1/open-data', { signal });
