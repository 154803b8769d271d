import type { ApiClient } from '../../../shared/api/api-client';

/** The downloadable copy of my data (apps/api/src/privacy/privacy.responses.ts). */
export interface PersonalDataExport {
  readonly format: string;
  readonly generatedAt: string;
  readonly data: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}

/** What deleting the account did, in counts. */
export interface AccountErasure {
  readonly cosignsAnonymised: number;
  readonly commentsKept: number;
  readonly proposalsKept: number;
  readonly proposalsWithdrawn: number;
}

export const fetchMyData = (client: ApiClient) => client.get<PersonalDataExport>('/api/v1/me/data-export');

export const postAccountDeletion = (client: ApiClient, password: string) =>
  client.request<AccountErasure>('/api/v1/me/account-deletion', { method: 'POST', body: { password } });
