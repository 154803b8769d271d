import type { VerificationTier } from '@open-proposals/domain';
import type { ApiClient } from '../../../shared/api/api-client';
import { ApiError } from '../../../shared/api/api-error';

/** The signed-in person as GET /api/v1/session/me answers (apps/api/src/accounts/account.response.ts). */
export interface Account {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly verificationTier: VerificationTier;
  /** Task-force members carry their side and role; agency officers their agency. */
  readonly roles: readonly { readonly kind: string; readonly side?: 'government' | 'civil'; readonly role?: 'convener' | 'co_convener' | 'member'; readonly agencyId?: string }[];
  readonly createdAt: string;
}

export interface Registration {
  readonly id: string;
  readonly verificationEmailSent: boolean;
}

export interface Credentials {
  readonly email: string;
  readonly password: string;
}

export interface RegistrationInput extends Credentials {
  readonly displayName: string;
}

export interface PasswordResetInput {
  readonly email: string;
  readonly code: string;
  readonly newPassword: string;
}

export const sessionKeys = { me: ['session', 'me'] as const };

/** The signed-in person, or null for a visitor (401 is an answer here, not a failure). */
export const fetchSession = async (client: ApiClient, signal?: AbortSignal): Promise<Account | null> => {
  try {
    return await client.get<Account>('/api/v1/session/me', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
};

export const postLogin = (client: ApiClient, credentials: Credentials) =>
  client.request<Account>('/api/v1/session', { method: 'POST', body: credentials });

export const deleteSession = (client: ApiClient) =>
  client.request<undefined>('/api/v1/session', { method: 'DELETE' });

export const postRegistration = (client: ApiClient, input: RegistrationInput) =>
  client.request<Registration>('/api/v1/accounts', { method: 'POST', body: input });

export const postEmailCodeRequest = (client: ApiClient) =>
  client.request<undefined>('/api/v1/accounts/me/email-verification', { method: 'POST' });

export const postEmailCode = (client: ApiClient, code: string) =>
  client.request<Account>('/api/v1/accounts/me/email-verification/confirm', { method: 'POST', body: { code } });

export const postPhone = (client: ApiClient, phone: string) =>
  client.request<undefined>('/api/v1/accounts/me/phone', { method: 'POST', body: { phone } });

export const postPhoneCode = (client: ApiClient, code: string) =>
  client.request<Account>('/api/v1/accounts/me/phone/confirm', { method: 'POST', body: { code } });

export const postPasswordResetRequest = (client: ApiClient, email: string) =>
  client.request<undefined>('/api/v1/password-reset', { method: 'POST', body: { email } });

export const postPasswordReset = (client: ApiClient, input: PasswordResetInput) =>
  client.request<undefined>('/api/v1/password-reset/confirm', { method: 'POST', body: input });
