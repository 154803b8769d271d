import type { Account } from '../api/account-api';

export const ACCOUNT_ID = '7d1c1f4e-4a55-4c8e-9a57-0c9f3f0d2b11';

/** A signed-in citizen as GET /api/v1/session/me answers; override what a test is about. */
export const anAccount = (overrides: Partial<Account> = {}): Account => ({
  id: ACCOUNT_ID,
  email: 'citizen@example.tw',
  displayName: '陳小花',
  verificationTier: 'phone',
  roles: [{ kind: 'citizen' }],
  createdAt: '2026-04-01T02:00:00.000Z',
  ...overrides,
});

/** The readable CSRF cookie the API sets at sign-in; the app asks /session/me only when it exists. */
export const setSessionCookie = (token = 'csrf-abc'): void => {
  document.cookie = `op_csrf=${token}; path=/`;
};

export const clearSessionCookie = (): void => {
  document.cookie = 'op_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
};
