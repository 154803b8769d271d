import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * The web app's policy: its own scripts only (no inline script, so a stored XSS that slips past
 * React's escaping still cannot run), inline style attributes (progress bars and charts set
 * widths), the socket.io connection to this origin, and never framed (clickjacking).
 */
const appHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", 'ws:', 'wss:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  // The API is same-origin with the app; the app embeds nothing from elsewhere.
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
});

/** Swagger UI and Bull Board ship inline scripts and styles of their own: every header but the CSP. */
const toolHeaders = helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });

const TOOL_PATHS = ['/api/docs', '/api/admin/queues'];

const isToolPath = (url: string): boolean => {
  const path = url.split('?', 1)[0] ?? url;
  return TOOL_PATHS.some((tool) => path === tool || path.startsWith(`${tool}/`) || path.startsWith(`${tool}-`));
};

type Headers = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * Security headers on every answer, errors and 404s included: helmet writes them onto the raw
 * response as the request arrives (an onRequest hook), and Fastify keeps them when it answers.
 */
export const useSecurityHeaders = (fastify: FastifyInstance): void => {
  fastify.addHook('onRequest', (request, reply, done) => {
    const headers: Headers = isToolPath(request.url) ? toolHeaders : appHeaders;
    headers(request.raw, reply.raw, (error) => done(error instanceof Error ? error : undefined));
  });
};
