import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { ApiException } from './api.exception';

/**
 * NUL, which PostgreSQL refuses in text, and an unpaired surrogate, which is not UTF-8 (validator.js
 * throws on it; the driver would quietly store U+FFFD). String.isWellFormed is ES2024, past our lib.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** No DTO nests deeper than a few levels; class-transformer recurses and overflows the stack long before 100 kB of brackets end. */
export const MAX_DEPTH = 16;

export type InputProblem = { readonly kind: 'text'; readonly field: string } | { readonly kind: 'depth'; readonly field: string };

const child = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`);

/**
 * The first problem in a parsed body or query that validation cannot be trusted with: text no
 * column can store (in a key or a value), or nesting past MAX_DEPTH. Iterative, so the walk itself
 * cannot exhaust the stack.
 */
export const findInputProblem = (root: unknown): InputProblem | undefined => {
  const pending: [unknown, string, number][] = [[root, '', 0]];
  while (pending.length > 0) {
    const [value, path, depth] = pending.pop() as [unknown, string, number];
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return { kind: 'text', field: path };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return { kind: 'depth', field: path };
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
    for (const [key, item] of entries) {
      if (typeof key === 'string' && UNSTORABLE.test(key)) return { kind: 'text', field: child(path, '(key)') };
      pending.push([item, child(path, key), depth + 1]);
    }
  }
  return undefined;
};

const MESSAGES = {
  text: {
    'zh-TW': '含有無法儲存的字元（NUL 控制字元或不成對的代理字元），請移除後再送出。',
    en: 'Holds characters that cannot be stored (a NUL control character or an unpaired surrogate); remove them and send again.',
  },
  depth: { 'zh-TW': `巢狀層級太深，最多 ${MAX_DEPTH} 層。`, en: `Nested too deeply: at most ${MAX_DEPTH} levels.` },
} as const;

/**
 * Refuses, before validation, body or query input that would otherwise end in a 500 from the
 * validator, class-transformer or the database, with a 400 that names the field. A preValidation
 * hook: it runs once the body is parsed.
 */
export const inputGuardHook = (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void => {
  const inBody = findInputProblem(request.body);
  const inQuery = inBody === undefined ? findInputProblem(request.query) : undefined;
  const problem = inBody ?? inQuery;
  if (problem === undefined) return done();
  const field = inBody !== undefined ? problem.field || '(body)' : `query.${problem.field}`;
  const code = problem.kind === 'text' ? 'invalid_text' : 'too_deeply_nested';
  done(new ApiException(code, [{ field, code, message: MESSAGES[problem.kind] }]));
};
