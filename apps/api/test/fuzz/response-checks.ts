import type { ClientResponse } from '../utils/cookie-client';
import type { RecordedWrite } from './write-watch';

/**
 * Tables a refused request may still write, and why. Every other write by a 4xx is a half-write.
 * '*' applies to every operation.
 */
const WRITES_ON_REFUSAL: Readonly<Record<string, readonly string[]>> = {
  // A signed-in request refreshes its session's last_seen_at before any validation runs.
  '*': ['sessions'],
  // A wrong code is a refusal that must be counted, or codes could be guessed without limit.
  'POST /api/v1/accounts/me/email-verification/confirm': ['verification_codes'],
  'POST /api/v1/accounts/me/phone/confirm': ['verification_codes'],
  'POST /api/v1/password-reset/confirm': ['verification_codes'],
};

const excerpt = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).slice(0, 300);

/** What is wrong with one answer: a 5xx, an error a person cannot read, or rows written by a refusal. */
export const problemsWith = (operationKey: string, response: ClientResponse, writes: readonly RecordedWrite[]): string[] => {
  const { status, body } = response;
  if (status >= 500) return [`answered ${status}: ${excerpt(body)}`];
  if (status < 400) return [];
  const problems: string[] = [];
  const error = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined;
  if (error === undefined) problems.push(`answered ${status} without a JSON body: ${excerpt(body)}`);
  else {
    const { message, code, statusCode } = error;
    if (typeof message !== 'string' || message.trim().length < 5 || message === code) problems.push(`answered ${status} without a readable message: ${excerpt(body)}`);
    if (typeof code !== 'string' || code === '') problems.push(`answered ${status} without an error code: ${excerpt(body)}`);
    if (statusCode !== status) problems.push(`answered ${status} but the body says ${String(statusCode)}`);
    // The reader asked for zh-TW (the default): class-validator's English fallback means a constraint has no translation.
    for (const fieldError of Array.isArray(error.errors) ? (error.errors as { field?: unknown; message?: unknown }[]) : []) {
      const text = fieldError.message;
      if (typeof text !== 'string' || text.trim() === '' || /\b(must|should)\b/.test(text)) problems.push(`field ${String(fieldError.field)} has no translated message: ${excerpt(text)}`);
    }
  }
  const allowed = new Set([...(WRITES_ON_REFUSAL['*'] ?? []), ...(WRITES_ON_REFUSAL[operationKey] ?? [])]);
  const stray = writes.filter((w) => !allowed.has(w.table));
  if (stray.length > 0) problems.push(`answered ${status} (${excerpt(error?.code)}) but wrote ${stray.map((w) => `${w.op} ${w.table}`).join(', ')}`);
  return problems;
};
