import type { LocalizedText, RejectReasonCode } from '@open-proposals/domain';
import type { ApiClient } from '../../../shared/api/api-client';

export const REJECTIONS_PAGE_SIZE = 20;

/** A line of the public rejection log: no personal data, the reason labelled in both languages by the API. */
export interface RejectionLogItem {
  readonly proposalId: string;
  readonly title: string;
  readonly code: RejectReasonCode;
  readonly label: LocalizedText;
  readonly note: string | null;
  readonly duplicateOfId: string | null;
  readonly rejectedAt: string;
}

export interface RejectionLogPage {
  readonly items: readonly RejectionLogItem[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

export const rejectionKeys = {
  all: ['rejections'] as const,
  page: (page: number) => [...rejectionKeys.all, 'page', page] as const,
};

export const fetchRejections = (client: ApiClient, page: number, signal?: AbortSignal) =>
  client.get<RejectionLogPage>(`/api/v1/rejections?page=${page}&pageSize=${REJECTIONS_PAGE_SIZE}`, { signal });
