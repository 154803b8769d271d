import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'op_session';
/** Readable by the web app's script, which copies it into the X-CSRF-Token header (double submit). */
export const CSRF_COOKIE = 'op_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Max-Age for browsers that know it, Expires for those that do not (as Express's res.cookie wrote them). */
const baseOptions = (secure: boolean, expires: Date): CookieSerializeOptions => ({
  sameSite: 'lax',
  secure,
  path: '/',
  expires,
  maxAge: Math.max(0, Math.floor((expires.getTime() - Date.now()) / 1000)),
});

/** Secure only in production: local development and tests run on plain http. */
export const setSessionCookies = (
  res: FastifyReply,
  session: { token: string; csrfToken: string; expiresAt: Date },
  secure: boolean,
): void => {
  res.setCookie(SESSION_COOKIE, session.token, { ...baseOptions(secure, session.expiresAt), httpOnly: true });
  res.setCookie(CSRF_COOKIE, session.csrfToken, { ...baseOptions(secure, session.expiresAt), httpOnly: false });
};

export const clearSessionCookies = (res: FastifyReply, secure: boolean): void => {
  res.clearCookie(SESSION_COOKIE, { sameSite: 'lax', secure, path: '/', httpOnly: true });
  res.clearCookie(CSRF_COOKIE, { sameSite: 'lax', secure, path: '/' });
};

/** The raw session token of a request, if its cookie is present and non-empty. */
export const sessionTokenOf = (cookies: unknown): string | null => {
  if (typeof cookies !== 'object' || cookies === null) return null;
  const value = (cookies as Record<string, unknown>)[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : null;
};
