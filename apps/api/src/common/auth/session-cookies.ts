import type { CookieOptions, Response } from 'express';

export const SESSION_COOKIE = 'op_session';
/** Readable by the web app's script, which copies it into the X-CSRF-Token header (double submit). */
export const CSRF_COOKIE = 'op_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const baseOptions = (secure: boolean, maxAgeMs: number): CookieOptions => ({ sameSite: 'lax', secure, path: '/', maxAge: maxAgeMs });

/** Secure only in production: local development and tests run on plain http. */
export const setSessionCookies = (
  res: Response,
  session: { token: string; csrfToken: string; expiresAt: Date },
  secure: boolean,
): void => {
  const maxAge = Math.max(0, session.expiresAt.getTime() - Date.now());
  res.cookie(SESSION_COOKIE, session.token, { ...baseOptions(secure, maxAge), httpOnly: true });
  res.cookie(CSRF_COOKIE, session.csrfToken, { ...baseOptions(secure, maxAge), httpOnly: false });
};

export const clearSessionCookies = (res: Response, secure: boolean): void => {
  res.clearCookie(SESSION_COOKIE, { sameSite: 'lax', secure, path: '/', httpOnly: true });
  res.clearCookie(CSRF_COOKIE, { sameSite: 'lax', secure, path: '/' });
};

/** The raw session token of a request, if its cookie is present and non-empty. */
export const sessionTokenOf = (cookies: unknown): string | null => {
  if (typeof cookies !== 'object' || cookies === null) return null;
  const value = (cookies as Record<string, unknown>)[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : null;
};
