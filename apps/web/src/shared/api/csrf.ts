/** Double-submit CSRF: the API sets the readable op_csrf cookie at sign-in and expects it back as a header. */
export const readCsrfToken = (): string => {
  const entry = document.cookie.split('; ').find((part) => part.startsWith('op_csrf='));
  return entry === undefined ? '' : decodeURIComponent(entry.slice('op_csrf='.length));
};

/** The header every POST/PUT/PATCH/DELETE of a signed-in person carries. */

/** Both session cookies share one lifetime, so without op_csrf nobody is signed in and /session/me need not be asked. */
export const hasSessionCookie = (): boolean => readCsrfToken() !== '';
