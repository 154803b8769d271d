import { createHash } from 'node:crypto';

/**
 * A weak validator: equal tags mean the same data, not byte-identical bodies (a JSON document
 * carries its generatedAt). `parts` name what the body depends on.
 */
export const weakEtag = (...parts: readonly string[]): string => `W/"${createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 27)}"`;

/** RFC 9110 If-None-Match with weak comparison: `*`, or any listed tag equal to ours once W/ is dropped. */
export const matchesIfNoneMatch = (header: string | undefined, etag: string): boolean => {
  if (header === undefined) return false;
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
  const ours = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === ours);
};
