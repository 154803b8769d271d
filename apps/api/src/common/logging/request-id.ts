import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';

const WELL_FORMED = /^[A-Za-z0-9._-]{1,64}$/;

/** pino-http types the id loosely (string, number or object); ours is always a string. */
type WithId = IncomingMessage & { id?: unknown };

/**
 * A request's id, given once: a well-formed X-Request-Id from a proxy is kept, otherwise a new
 * one is made. Fastify asks first (its request.id, which error bodies quote); pino-http, which
 * puts it on every log line of the request, finds it on the raw request.
 */
export const requestIdOf = (req: WithId): string => {
  if (typeof req.id === 'string') return req.id;
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && WELL_FORMED.test(incoming) ? incoming : randomUUID();
  req.id = id;
  return id;
};

/** Echoes the request's id on every answer, errors included (an onRequest hook, registered first). */
export const requestIdHook = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
  reply.raw.setHeader('X-Request-Id', request.id);
  done();
};
