import type { IncomingMessage, ServerResponse } from 'node:http';
import { json } from 'body-parser';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiException } from './api.exception';
import type { ErrorCode } from './error-codes';

const BODY_ERRORS: Readonly<Record<string, ErrorCode>> = {
  'entity.parse.failed': 'malformed_body',
  'entity.too.large': 'payload_too_large',
  'encoding.unsupported': 'unsupported_media_type',
  'charset.unsupported': 'unsupported_media_type',
  'request.aborted': 'bad_request',
  'request.size.invalid': 'bad_request',
};

/**
 * body-parser's JSON reader, kept from the Express days because it already does what an API that
 * takes public input must: a size limit counted while reading, gzip and deflate, charset checks,
 * and strict mode (an object or an array, never a bare string or null).
 */
const readJson = json({ limit: '100kb' });

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

/** Fastify also asks for a body that a Content-Type announces and a zero Content-Length denies. */
const hasBody = ({ headers }: FastifyRequest): boolean =>
  headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0');

/**
 * The REST API reads JSON only. A body of another type would otherwise be skipped by the parser and
 * reach validation as "no body", so a form or text/plain post (which a cross-site page can send
 * without a preflight) could act on defaults.
 */
const isUnreadableMediaType = (request: FastifyRequest): boolean =>
  request.url.startsWith('/api/v1/') && hasBody(request) && !JSON_MEDIA_TYPE.test(request.headers['content-type'] ?? '');

/** Reads a request body as JSON, turning the reader's failures into the API's own codes. */
const parseBody = (request: FastifyRequest, done: (error: Error | null, body?: unknown) => void): void => {
  if (isUnreadableMediaType(request)) return done(new ApiException('unsupported_media_type'));
  const raw = request.raw as IncomingMessage & { body?: unknown };
  // body-parser never writes to the response; it only needs the request stream.
  readJson(raw, undefined as unknown as ServerResponse, (error?: unknown) => {
    if (error === undefined || error === null) return done(null, raw.body);
    const type = (error as { type?: unknown }).type;
    done(new ApiException(typeof type === 'string' ? (BODY_ERRORS[type] ?? 'bad_request') : 'bad_request'));
  });
};

/**
 * Replaces Fastify's body parsers with one for every request that has a body (any content type,
 * or none): Fastify calls it only then, and it refuses what is not JSON on the API's paths.
 */
export const useJsonBodies = (fastify: FastifyInstance): void => {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', (request, _payload, done) => parseBody(request, done));
};
