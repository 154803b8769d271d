import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
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

/** Security headers on every answer (helmet), registered before any route. */
export const useSecurityHeaders = (app: NestExpressApplication): void => {
  app.use((req: Request, res: Response, next: NextFunction) =>
    (TOOL_PATHS.some((path) => req.path === path || req.path.startsWith(`${path}/`) || req.path.startsWith(`${path}-`)) ? toolHeaders : appHeaders)(req, res, next),
  );
};
