import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const WELL_FORMED = /^[A-Za-z0-9._-]{1,64}$/;

/** pino-http types the id loosely (string, number or object); ours is always a string. */
type WithId = IncomingMessage & { id?: unknown };

/**
 * Gives a request its id once: a well-formed X-Request-Id from a proxy is kept, otherwise a new
 * one is made. It is echoed back, so a person reporting a problem can quote it.
 */
export const assignRequestId = (req: WithId, res: ServerResponse): string => {
  if (typeof req.id === 'string') return req.id;
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && WELL_FORMED.test(incoming) ? incoming : randomUUID();
  req.id = id;
  res.setHeader('X-Request-Id', id);
  return id;
};

/** Runs first, before body parsing, so that even an unreadable request has an id in its error. */
export const requestIdMiddleware = (req: WithId, res: ServerResponse, next: () => void): void => {
  assignRequestId(req, res);
  next();
};
