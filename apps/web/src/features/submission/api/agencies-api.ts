import type { LocalizedText } from '@open-proposals/domain';
import type { ApiClient } from '../../../shared/api/api-client';

/** A responsible agency as GET /api/v1/agencies lists it. */
export interface AgencyOption {
  readonly id: string;
  readonly code: string;
  readonly name: LocalizedText;
}

export const agencyKeys = { all: ['agencies'] as const };

export const fetchAgencies = (client: ApiClient, signal?: AbortSignal) => client.get<readonly AgencyOption[]>('/api/v1/agencies', { signal });
