import etag from 'etag';
import type { FastifyReply, FastifyRequest, onSendHookHandler } from 'fastify';
import fresh from 'fresh';

const isCacheableRead = (request: FastifyRequest, reply: FastifyReply): boolean =>
  (request.method === 'GET' || request.method === 'HEAD') && reply.statusCode >= 200 && reply.statusCode < 300;

/**
 * A weak ETag on every successful read with a body, and 304 Not Modified when If-None-Match
 * still matches, as Express did (the same `etag` and `fresh`): public reads are revalidated by
 * browsers, nginx and CDNs (ARCHITECTURE.md) instead of downloaded again. An answer that set its
 * own ETag (open data, statistics) keeps it; writes and errors get none.
 */
export const responseEtagHook: onSendHookHandler = (request, reply, payload, done) => {
  if (!isCacheableRead(request, reply) || !(typeof payload === 'string' || Buffer.isBuffer(payload)) || reply.hasHeader('etag')) {
    return done(null, payload);
  }
  const tag = etag(payload, { weak: true });
  reply.header('ETag', tag);
  if (!fresh(request.headers, { etag: tag })) return done(null, payload);
  reply.code(304);
  done(null, '');
};
