import fc from 'fast-check';
import type { Schema } from './openapi-operations';

/**
 * Strings that have broken web APIs before: NUL (PostgreSQL refuses it in text), lone surrogates
 * (not UTF-8), direction marks, emoji sequences, 10k characters, prototype keys, numbers and dates
 * in disguise, markup and injection attempts.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'nul\u0000inside',
  '\ud800',
  'lone\udc00low',
  '\u202eRTL override\u202c',
  '\u200f\u200e\u2066',
  '\ufeffBOM',
  '🏛️👩‍👩‍👧‍👦🇹🇼',
  '𠜎𠜱𡃁',
  'e\u0301\u0301\u0301\u0301',
  'x'.repeat(10_000),
  '界'.repeat(10_000),
  '__proto__',
  'constructor',
  'prototype',
  '1',
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x1F',
  '9007199254740993',
  'true',
  'null',
  'undefined',
  '2025-02-30',
  '2025-13-01T00:00:00Z',
  'not a date',
  '0000-00-00',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00.000Z',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ',
  '<script>window.__xss=1</script>',
  "'; DROP TABLE proposals; --",
  '%00',
  '../../../etc/passwd',
  '\r\nX-Injected: 1',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }) },
);

/** JSON-safe objects whose own keys are the ones that pollute prototypes when merged naively. */
const pollutingObject: fc.Arbitrary<unknown> = fc.constantFrom(
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
  { constructor: { prototype: { polluted: 'yes' } } },
  JSON.parse('{"__proto__":{"toString":"x","isAdmin":true}}') as unknown,
  { prototype: { polluted: 'yes' } },
);

const deeplyNested = fc.integer({ min: 20, max: 400 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
});

/** A value of the wrong kind for almost any field. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(-1, 0, -0, 0.5, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, true, false, null) },
  // NaN and ±Infinity travel as null in JSON; as numbers they still test the serialiser's side.
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.string(), { minLength: 200, maxLength: 1000 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: pollutingObject },
  { weight: 1, arbitrary: deeplyNested },
);

/** Wrong values that know the field: just past a limit, outside the enum, a date or id that is not one. */
const nearMisses = (schema: Schema): unknown[] => {
  const misses: unknown[] = [];
  if (schema.minimum !== undefined) misses.push(schema.minimum - 1, String(schema.minimum), schema.minimum + 0.5);
  if (schema.maximum !== undefined) misses.push(schema.maximum + 1, schema.maximum * 1000, String(schema.maximum));
  if (schema.maxLength !== undefined) misses.push('字'.repeat(schema.maxLength + 1), ' '.repeat(schema.maxLength + 1));
  if (schema.minLength !== undefined && schema.minLength > 0) misses.push('x'.repeat(schema.minLength - 1));
  if (schema.maxItems !== undefined) misses.push(Array.from({ length: schema.maxItems + 1 }, () => ({})));
  if (schema.enum !== undefined) {
    const first = String(schema.enum[0]);
    misses.push(first.toUpperCase(), ` ${first}`, `${first}\u0000`, 'not-in-the-list', schema.enum);
  }
  if (schema.format === 'uuid') misses.push('not-a-uuid', '00000000-0000-0000-0000-00000000000', 'g0000000-0000-4000-8000-000000000000', '{00000000-0000-4000-8000-000000000000}');
  if (schema.format === 'date-time') misses.push('2025-02-30T00:00:00.000Z', 'yesterday', '1e10', 1_700_000_000_000, '275761-01-01T00:00:00Z');
  if (schema.type === 'number' || schema.type === 'integer') misses.push('12', '1e3', 'NaN', 'Infinity', 1e21, -0.0001);
  if (schema.type === 'boolean') misses.push('true', 'false', 1, 0, 'yes');
  if (typeof schema.example === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(schema.example)) misses.push('2025-02-30', '2025-2-3', '99999-01-01', '2025-12-31T00:00:00Z');
  if (typeof schema.example === 'string' && schema.example.startsWith('http')) misses.push('javascript:alert(1)', 'ftp://example.org', 'http://', '//example.org');
  return misses;
};

/** A value the field would accept, or close to it, so that some requests get past validation. */
const plausibleValue = (schema: Schema, depth: number): fc.Arbitrary<unknown> => {
  if (schema.enum !== undefined && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  if (schema.properties !== undefined) return shapedObject(schema, depth + 1);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return fc.uuid({ version: 4 });
      if (schema.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      return fc.oneof(
        ...(schema.example === undefined ? [] : [fc.constant(schema.example)]),
        fc.string({ unit: 'grapheme', minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) }),
      );
    case 'number':
    case 'integer':
      return fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 200, (schema.minimum ?? 0) + 200) });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : fieldValue(schema.items, depth + 1), { maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case undefined:
    default:
      return fc.oneof(fc.constant(null), fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 1 }));
  }
};

/** For one field: mostly wrong, sometimes right, so both validation and what lies behind it are reached. */
export const fieldValue = (schema: Schema, depth = 0): fc.Arbitrary<unknown> => {
  const misses = nearMisses(schema);
  return fc.oneof(
    { weight: depth > 3 ? 5 : 3, arbitrary: plausibleValue(schema, depth) },
    { weight: 3, arbitrary: wrongValue },
    ...(misses.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...misses) }] : []),
  );
};

/** Keys no DTO declares: mass-assignment candidates and prototype keys. */
const UNKNOWN_KEYS = ['unknownField', 'id', 'status', 'role', 'isAdmin', 'proposerId', 'cosignCount', 'createdAt', '__proto__', 'constructor', 'prototype', ''];

/** An object shaped like the schema: each field present or not, right or wrong, plus now and then a field it does not declare. */
export const shapedObject = (schema: Schema, depth = 0): fc.Arbitrary<Record<string, unknown>> => {
  const fields = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, s]) => [name, fieldValue(s, depth)]));
  const required = schema.required ?? [];
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      // Usually keep the required fields, so the request is not refused for their absence alone.
      fc.boolean(),
      fc.option(fc.dictionary(fc.constantFrom(...UNKNOWN_KEYS), wrongValue, { minKeys: 1, maxKeys: 2 }), { freq: 4 }),
      fc.record(Object.fromEntries(required.map((name) => [name, plausibleValue(schema.properties?.[name] ?? {}, depth)]))),
    )
    .map(([drawn, keepRequired, extra, requiredValues]) => {
      const out: Record<string, unknown> = keepRequired ? { ...requiredValues } : {};
      for (const [key, value] of Object.entries(drawn)) out[key] = value;
      // defineProperty, so that '__proto__' becomes an own key that JSON.stringify writes out.
      for (const [key, value] of Object.entries(extra ?? {})) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      return out;
    });
};

/** A JSON body for a schema: shaped-but-wrong most of the time, anything at all otherwise. */
export const bodyFor = (schema: Schema): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: schema.properties === undefined ? fieldValue(schema) : shapedObject(schema) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: wrongValue },
  );

/** Keeps a URL within what the HTTP parser accepts (16 KiB of headers), so the app, not Node, answers. */
const MAX_URL_PART = 3000;
const MAX_QUERY = 8000;

const asQueryText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? 'undefined').slice(0, MAX_URL_PART);

/**
 * A query string for the declared parameters: values right or wrong, repeated (`page=1&page=2`
 * becomes an array in Express), bracketed (`q[a]=1` becomes an object), and undeclared parameters.
 */
export const queryFor = (params: readonly { readonly name: string; readonly schema: Schema }[]): fc.Arbitrary<string> => {
  const pair = (name: string, schema: Schema): fc.Arbitrary<[string, string][]> =>
    fc.oneof(
      { weight: 4, arbitrary: fieldValue(schema).map((v): [string, string][] => [[name, asQueryText(v)]]) },
      { weight: 1, arbitrary: fc.tuple(fieldValue(schema), fieldValue(schema)).map(([a, b]): [string, string][] => [[name, asQueryText(a)], [name, asQueryText(b)]]) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('[a]', '[]', '[__proto__]', '[constructor][prototype]', '[0]'), fieldValue(schema)).map(([suffix, v]): [string, string][] => [[`${name}${suffix}`, asQueryText(v)]]) },
    );
  const declared = params.map((p) => fc.option(pair(p.name, p.schema), { freq: 3 }));
  const undeclared = fc.option(fc.tuple(fc.constantFrom(...UNKNOWN_KEYS.filter((k) => k !== '')), wrongValue).map(([k, v]): [string, string][] => [[k, asQueryText(v)]]), { freq: 4 });
  return fc.tuple(fc.tuple(...declared), undeclared).map(([pairs, extra]) => {
    const search = new URLSearchParams();
    for (const entry of [...pairs, extra].flatMap((p) => p ?? [])) search.append(entry[0], entry[1]);
    // Cut, even mid-escape (itself a malformed input), so that Node's parser never answers 431 in the app's place.
    return search.toString().slice(0, MAX_QUERY);
  });
};

/** Percent-encodes, writing a lone surrogate as the invalid UTF-8 bytes a careless client would send. */
const percentEncode = (text: string): string =>
  [...text].map((ch) => (/[\ud800-\udfff]/.test(ch) && ch.length === 1 ? '%ED%A0%80' : encodeURIComponent(ch))).join('');

/** A path segment that is no valid id: wrong strings, percent-encoded junk, malformed percent escapes. */
export const badPathSegment: fc.Arbitrary<string> = fc.oneof(
  hostileString.map((s) => percentEncode(s.slice(0, MAX_URL_PART / 9)) || '%20'),
  fc.constantFrom('%', '%ZZ', '%E0%A4%A', '%C0%AE%C0%AE', '..', '%2e%2e', 'null', '-1', '1e9999', '0', '00000000-0000-0000-0000-000000000000', 'a'.repeat(2000)),
);
