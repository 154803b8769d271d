/** Only a path of this site: "//evil.example" or "https://…" would turn the login page into an open redirect. */
export const safeNext = (next: string | null): string => (next !== null && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export const loginPathFor = (path: string): string => `/login?next=${encodeURIComponent(path)}`;
