import type { Reply } from '../../proposals/testing/proposal-fixtures';
import type { SessionRole } from '../api/staff-api';

/** GET /api/v1/session/me for a person holding `roles`. */
export const signedInAs = (...roles: SessionRole[]): Reply => ({
  body: { id: 'b3c1d2e4-0000-4000-8000-000000000001', email: 'staff@example.tw', displayName: '工作人員', verificationTier: 'phone', roles: [{ kind: 'citizen' }, ...roles] },
});

/** A field-level validation answer as the API's filter sends it. */
export const fieldErrorsReply = (status: number, code: string, errors: { field: string; code: string; message: string }[]): Reply => ({
  status,
  body: { statusCode: status, code, message: '送出的資料有誤，請依各欄位說明修正。', errors, requestId: 'req-fields' },
});

/** The JSON body a stubbed call sent. */
export const sentBody = (call: { init?: RequestInit } | undefined): unknown =>
  JSON.parse(typeof call?.init?.body === 'string' ? call.init.body : 'null');
