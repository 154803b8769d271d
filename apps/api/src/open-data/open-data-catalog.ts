import type { LocalizedText } from '@open-proposals/domain';
import type { ColumnType, DatasetDefinition } from './dataset-definition';
import { AGENCY_RESPONSES_DATASET } from './datasets/agency-responses.dataset';
import { COMMITMENT_MILESTONES_DATASET } from './datasets/commitment-milestones.dataset';
import { COMMITMENTS_DATASET } from './datasets/commitments.dataset';
import { COSIGN_DAILY_COUNTS_DATASET } from './datasets/cosign-daily-counts.dataset';
import { MODERATION_OUTCOMES_DATASET } from './datasets/moderation-outcomes.dataset';
import { PROPOSALS_DATASET } from './datasets/proposals.dataset';
import { TASKFORCE_DECISIONS_DATASET } from './datasets/taskforce-decisions.dataset';

/** The version of the datasets' columns: a column removed or redefined means a new version (and URL prefix). */
export const OPEN_DATA_VERSION = '1';

export const OPEN_DATA_LICENCE = {
  name: { 'zh-TW': '政府資料開放授權條款－第1版', en: 'Open Government Data License, version 1.0' },
  url: 'https://data.gov.tw/license',
} as const;

/** Said in the OpenAPI description of every open-data and statistics route. */
export const LICENCE_NOTICE =
  'Released under the Open Government Data License, version 1.0 (政府資料開放授權條款－第1版, https://data.gov.tw/license): free to use, adapt and redistribute with attribution.';

export const OPEN_DATA_FORMATS = ['csv', 'json'] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

export const DATASETS: readonly DatasetDefinition[] = [
  PROPOSALS_DATASET,
  COSIGN_DAILY_COUNTS_DATASET,
  MODERATION_OUTCOMES_DATASET,
  AGENCY_RESPONSES_DATASET,
  TASKFORCE_DECISIONS_DATASET,
  COMMITMENTS_DATASET,
  COMMITMENT_MILESTONES_DATASET,
];

export const findDataset = (id: string): DatasetDefinition | undefined => DATASETS.find((dataset) => dataset.id === id);

export const datasetPath = (id: string, format: OpenDataFormat): string => `/api/v1/open-data/${id}.${format}`;

/** The data dictionary as GET /api/v1/open-data answers it (the web data-dictionary page reads exactly this). */
export interface OpenDataCatalogue {
  version: string;
  licence: { name: LocalizedText; url: string };
  datasets: {
    id: string;
    title: LocalizedText;
    description: LocalizedText;
    formats: Record<OpenDataFormat, string>;
    columns: { name: string; type: ColumnType; description: LocalizedText }[];
  }[];
}

export const openDataCatalogue = (): OpenDataCatalogue => ({
  version: OPEN_DATA_VERSION,
  licence: { name: { ...OPEN_DATA_LICENCE.name }, url: OPEN_DATA_LICENCE.url },
  datasets: DATASETS.map((dataset) => ({
    id: dataset.id,
    title: { ...dataset.title },
    description: { ...dataset.description },
    formats: { csv: datasetPath(dataset.id, 'csv'), json: datasetPath(dataset.id, 'json') },
    columns: dataset.columns.map((c) => ({ name: c.name, type: c.type, description: { ...c.description } })),
  })),
});
