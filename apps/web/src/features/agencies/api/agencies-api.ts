import type { LocalizedText, Timeliness } from '@open-proposals/domain';
import type { ApiClient } from '../../../shared/api/api-client';
import type { Page } from '../../proposals/api/proposals-api';

export const AGENCY_REQUESTS_PAGE_SIZE = 20;

/** GET /api/v1/agencies (apps/api/src/agencies/agency-views.ts). */
export interface Agency {
  readonly id: string;
  readonly code: string;
  readonly name: LocalizedText;
}

/** A row of GET /api/v1/agencies/responsiveness. */
export interface ResponsivenessRow {
  readonly agency: Agency;
  readonly requests: number;
  readonly answered: number;
  readonly onTime: number;
  readonly late: number;
  readonly overdueNow: number;
  readonly pending: number;
  /** 0..1; null while no request's outcome is known. */
  readonly onTimeRate: number | null;
  readonly medianDaysToRespond: number | null;
}

/** A line of GET /api/v1/agencies/:id/requests. */
export interface AgencyRequest {
  readonly id: string;
  readonly proposalId: string;
  readonly proposalTitle: string;
  readonly agencyId: string;
  readonly requestedAt: string;
  readonly dueAt: string;
  readonly status: 'requested' | 'answered';
  readonly timeliness: Timeliness;
  readonly flaggedOverdue: boolean;
  readonly extensionCount: number;
}

export interface ResponsePoint {
  readonly heading: string | null;
  readonly body: string;
}

export interface Extension {
  readonly previousDueAt: string;
  readonly newDueAt: string;
  readonly reason: string;
  readonly grantedAt: string;
}

/** One item of GET /api/v1/proposals/:id/responses: a request to an agency and its point-by-point answer. */
export interface ProposalResponse {
  readonly requestId: string;
  readonly agencyId: string;
  readonly agency: Agency | null;
  readonly dueAt: string;
  readonly status: 'requested' | 'answered';
  readonly timeliness: Timeliness;
  readonly response: { readonly points: readonly ResponsePoint[]; readonly submittedAt: string } | null;
  readonly extensions: readonly Extension[];
}

export const agencyKeys = {
  all: ['agencies'] as const,
  list: () => [...agencyKeys.all, 'list'] as const,
  responsiveness: () => [...agencyKeys.all, 'responsiveness'] as const,
  requests: (id: string, page: number) => [...agencyKeys.all, 'requests', id, page] as const,
  ofProposal: (proposalId: string) => [...agencyKeys.all, 'of-proposal', proposalId] as const,
};

export const fetchAgencies = (client: ApiClient, signal?: AbortSignal) => client.get<Agency[]>('/api/v1/agencies', { signal });

export const fetchResponsiveness = (client: ApiClient, signal?: AbortSignal) =>
  client.get<ResponsivenessRow[]>('/api/v1/agencies/responsiveness', { signal });

export const fetchAgencyRequests = (client: ApiClient, id: string, page: number, signal?: AbortSignal) =>
  client.get<Page<AgencyRequest>>(
    `/api/v1/agencies/${encodeURIComponent(id)}/requests?page=${page}&pageSize=${AGENCY_REQUESTS_PAGE_SIZE}`,
    { signal },
  );

export const fetchProposalResponses = (client: ApiClient, proposalId: string, signal?: AbortSignal) =>
  client.get<ProposalResponse[]>(`/api/v1/proposals/${encodeURIComponent(proposalId)}/responses`, { signal });
