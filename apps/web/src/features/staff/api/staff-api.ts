import type { ApiClient } from '../../../shared/api/api-client';
import { readCsrfToken } from '../../proposals/api/proposals-api';

export type StaffRoleKind = 'moderator' | 'task_force_member' | 'agency_officer' | 'admin';

export interface SessionRole {
  readonly kind: string;
  readonly side?: 'government' | 'civil';
  readonly role?: 'convener' | 'co_convener' | 'member';
  readonly agencyId?: string;
}

export interface SessionAccount {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly verificationTier: 'none' | 'email' | 'phone';
  readonly roles: readonly SessionRole[];
}

export const staffKeys = { me: ['staff', 'session', 'me'] as const };

export const fetchSessionAccount = (client: ApiClient, signal?: AbortSignal) =>
  client.get<SessionAccount>('/api/v1/session/me', { signal });

/** An unsafe staff request: JSON body and the double-submit CSRF header. */
export const sendStaffCommand = <T>(client: ApiClient, method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown) =>
  client.request<T>(path, { method, body, headers: { 'X-CSRF-Token': readCsrfToken() } });
