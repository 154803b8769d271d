/**
 * The cookies of a raw `Cookie` header. socket.io's handshake does not go through Fastify's
 * cookie plugin, so the gateway reads the header itself; a malformed value is skipped, not thrown.
 */
export const parseCookieHeader = (header: string | undefined): Record<string, string> => {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    const raw = part.slice(at + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      // The first occurrence wins, as in the cookie package the HTTP side parses with.
      if (!(name in cookies)) cookies[name] = decodeURIComponent(raw);
    } catch {
      continue;
    }
  }
  return cookies;
};
