/**
 * Finds the API calls in a feature's api/*.ts source: `client.get<T>(path, …)` and
 * `client.request<T>(path, { method: 'POST', … })`, where path is a string, a template literal, or
 * a call to a path helper defined in the same file as `const helper = (…) => \`…\``.
 * Used by the OpenAPI contract test; plain text scanning, so keep api files in this simple form.
 */
export interface ApiCall {
  readonly method: string;
  /** e.g. /api/v1/proposals/{}/cosigns: no query string, every parameter as {}. */
  readonly path: string;
}

/** The text from `start` (an opening bracket) to its matching closing bracket, exclusive. */
const balanced = (source: string, start: number, open: string, close: string): string => {
  let depth = 0;
  for (let i = start; i < source.length; i += 1) {
    if (source[i] === open) depth += 1;
    else if (source[i] === close) {
      depth -= 1;
      if (depth === 0) return source.slice(start + 1, i);
    }
  }
  throw new Error(`unbalanced ${open}${close} at ${start}`);
};

/** Splits call arguments at top-level commas; commas inside strings and brackets stay. */
const splitArguments = (text: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const char of text) {
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth += 1;
    else if (')]}'.includes(char)) depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
};

const HELPER = /const (\w+) = \([^)]*\)(?::\s*\w+)?\s*=>\s*`([^`]*)`/g;
/** `const PATH = '/api/v1/…';`: a path named once and used by several calls. */
const CONSTANT = /const (\w+) = '(\/api\/[^']*)';/g;

/** Replaces each `${…}` with {} (or with a helper's own path), then drops the query string. */
const normalise = (template: string, helpers: ReadonlyMap<string, string>): string => {
  let out = '';
  for (let i = 0; i < template.length; i += 1) {
    if (template[i] === '$' && template[i + 1] === '{') {
      const expression = balanced(template, i + 1, '{', '}');
      const helper = /^(\w+)\(/.exec(expression.trim())?.[1];
      out += helper !== undefined && helpers.has(helper) ? (helpers.get(helper) ?? '') : '{}';
      i += expression.length + 2;
    } else out += template[i];
  }
  return out.split('?')[0] ?? out;
};

const pathOf = (argument: string, helpers: ReadonlyMap<string, string>): string | null => {
  const quoted = /^(['"`])([\s\S]*)\1$/.exec(argument);
  if (quoted?.[2] !== undefined) return normalise(quoted[2], helpers);
  const helper = /^(\w+)\(/.exec(argument)?.[1];
  if (helper !== undefined) return helpers.get(helper) ?? null;
  return /^\w+$/.test(argument) ? (helpers.get(argument) ?? null) : null;
};


export const findApiCalls = (source: string): { calls: ApiCall[]; unreadable: string[] } => {
  const helpers = new Map<string, string>();
  for (const match of source.matchAll(HELPER)) helpers.set(match[1] ?? '', '');
  for (const match of source.matchAll(HELPER)) helpers.set(match[1] ?? '', normalise(match[2] ?? '', helpers));
  for (const match of source.matchAll(CONSTANT)) helpers.set(match[1] ?? '', normalise(match[2] ?? '', helpers));

  const calls: ApiCall[] = [];
  const unreadable: string[] = [];
  for (const match of source.matchAll(/client\.(get|request)\s*</g)) {
    const genericStart = (match.index ?? 0) + match[0].length - 1;
    const generic = balanced(source, genericStart, '<', '>');
    const argsStart = genericStart + generic.length + 2;
    const args = splitArguments(balanced(source, argsStart, '(', ')'));
    const path = pathOf(args[0] ?? '', helpers);
    if (path === null) {
      unreadable.push(args[0] ?? '');
      continue;
    }
    const method = match[1] === 'get' ? 'GET' : (/method:\s*'(\w+)'/.exec(args[1] ?? '')?.[1] ?? 'GET');
    calls.push({ method, path });
  }
  return { calls, unreadable };
};

/**
 * Whether a documented route (parameters as {}) serves a call; a {} in the call (a value chosen at
 * run time, such as a decision's kind) stands for any one segment.
 */
export const routeServes = (documented: string, call: string): boolean => {
  const [documentedMethod, documentedPath = ''] = documented.split(' ');
  const [callMethod, callPath = ''] = call.split(' ');
  if (documentedMethod !== callMethod) return false;
  const a = documentedPath.split('/');
  const b = callPath.split('/');
  return a.length === b.length && a.every((segment, i) => segment === b[i] || segment === '{}' || b[i] === '{}');
};

/** An OpenAPI path such as /api/v1/proposals/{id} in the same form: parameters as {}. */
export const normaliseOpenApiPath = (path: string): string => path.replace(/\{[^}]*\}/g, '{}');
