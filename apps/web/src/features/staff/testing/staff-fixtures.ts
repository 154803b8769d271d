import type { Reply } from '../../proposals/testing/proposal-fixtures';
import { hasSessionCookie } from '../../../shared/api/csrf';
import { setSessionCookie } from '../../account/testing/account-fixtures';
import type { SessionAccount } from '../api/staff-api';

type SessionRole = SessionAccount['roles'][number];

/** GET /api/v1/session/me for a person holding `roles`; like the browser, they hold the session cookie. */
export const signedInAs = (...roles: SessionRole[]): Reply => {
  // A test that chose its own token keeps it.
  if (!hasSessionCookie()) setSessionCookie();
  return { body: { id: 'b3c1d2e4-0000-4000-8000-000000000001', email: 'staff@example.tw', displayName: '工作人員', verificationTier: 'phone', roles: [{ kind: 'citizen' }, ...roles], createdAt: '2026-04-01T02:00:00.000Z' } };
};

/** A field-level validation answer as the API's filter sends it. */
export const fieldErrorsReply = (status: number, code: string, errors: { field: string; code: string; message: string }[]): Reply => ({
  status,
  body: { statusCode: status, code, message: '送出的資料有誤，請依各欄位說明修正。', errors, requestId: 'req-fields' },
});

/** The JSON body a stubbed call sent. */
export const sentBody = (call: { init?: RequestInit } | undefined): unknown =>
  JSON.parse(typeof call?.init?.body === 'string' ? call.init.body : 'null');
