import type { InvalidationReason, TrendSignalKind } from '@open-proposals/domain';
import type { ApiClient } from '../../../shared/api/api-client';

/** A trending co-sign source, as moderators see it: the domain or a masked prefix, never an address. */
export interface CosignAlert {
  readonly id: string;
  readonly proposalId: string;
  readonly proposalTitle: string;
  readonly kind: TrendSignalKind;
  readonly sourceKey: string;
  readonly sourceLabel: string;
  readonly windowCount: number;
  readonly windowTotal: number;
  readonly firstSeenAt: string;
  readonly lastSeenAt: string;
  readonly detectedAt: string;
}

/** An alert a moderator dismissed as legitimate: it left the list, with who and why on record. */
export interface DismissedCosignAlert extends CosignAlert {
  readonly resolvedAt: string;
  readonly dismissedBy: string;
  readonly dismissalNote: string;
}

export interface InvalidationCriterion {
  readonly emailDomain?: string;
  readonly ipPrefixHash?: string;
  readonly from?: string;
  readonly to?: string;
}

export interface InvalidationPreview {
  readonly matching: number;
  readonly cosignCount: number;
  readonly threshold: number;
  readonly thresholdReached: boolean;
  readonly countAfter: number;
}

export interface InvalidationResult {
  readonly id: string;
  readonly invalidated: number;
  readonly countBefore: number;
  readonly countAfter: number;
  readonly belowThresholdAfterReaching: boolean;
}

/** A line of the public log: no identities, no IPs; a domain only for disposable domains. */
export interface InvalidationLogItem {
  readonly id: string;
  readonly proposalId: string;
  readonly proposalTitle: string;
  readonly invalidatedAt: string;
  readonly invalidated: number;
  readonly reason: InvalidationReason;
  readonly note: string;
  readonly domain: string | null;
  readonly belowThresholdAfterReaching: boolean;
}

export interface InvalidationLogPage {
  readonly items: readonly InvalidationLogItem[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

export const INVALIDATION_LOG_PAGE_SIZE = 20;

export const cosignFraudKeys = {
  alerts: ['moderation', 'cosign-alerts'] as const,
  log: (proposalId: string | null, page: number) => ['cosign-invalidations', proposalId ?? 'all', page] as const,
  logs: ['cosign-invalidations'] as const,
};

export const fetchCosignAlerts = (client: ApiClient, signal?: AbortSignal) =>
  client.get<{ items: CosignAlert[] }>('/api/v1/moderation/cosign-alerts', { signal });

export const dismissCosignAlert = (client: ApiClient, alertId: string, note: string) =>
  client.request<DismissedCosignAlert>(`/api/v1/moderation/cosign-alerts/${encodeURIComponent(alertId)}/dismissal`, { method: 'POST', body: { note } });

export const previewInvalidation = (client: ApiClient, proposalId: string, criterion: InvalidationCriterion) =>
  client.request<InvalidationPreview>(`/api/v1/moderation/proposals/${encodeURIComponent(proposalId)}/invalidations/preview`, { method: 'POST', body: criterion });

export const invalidateCosigns = (client: ApiClient, proposalId: string, body: InvalidationCriterion & { reason: InvalidationReason; note: string }) =>
  client.request<InvalidationResult>(`/api/v1/moderation/proposals/${encodeURIComponent(proposalId)}/invalidations`, { method: 'POST', body });

// One call per route, so the client check against the OpenAPI document can read each path.
const fetchWholeInvalidationLog = (client: ApiClient, page: number, signal?: AbortSignal) =>
  client.get<InvalidationLogPage>(`/api/v1/cosign-invalidations?page=${page}&pageSize=${INVALIDATION_LOG_PAGE_SIZE}`, { signal });

const fetchProposalInvalidationLog = (client: ApiClient, proposalId: string, page: number, signal?: AbortSignal) =>
  client.get<InvalidationLogPage>(`/api/v1/proposals/${encodeURIComponent(proposalId)}/cosign-invalidations?page=${page}&pageSize=${INVALIDATION_LOG_PAGE_SIZE}`, {
    signal,
  });

export const fetchInvalidationLog = (client: ApiClient, proposalId: string | null, page: number, signal?: AbortSignal) =>
  proposalId === null ? fetchWholeInvalidationLog(client, page, signal) : fetchProposalInvalidationLog(client, proposalId, page, signal);
