/**
 * Personal data never reaches the logs (個人資料保護法; CONVENTIONS.md habit 9). Path-based
 * redaction only covers the keys someone thought of; errors carry personal data in places no
 * path names (a unique violation's detail "Key (email)=(…) already exists", a failed query's
 * parameters, a mail transport's "invalid recipient …"). So every log call's arguments pass
 * through here: sensitive keys are dropped and email addresses, phone numbers and password
 * hashes inside any string are masked.
 */
export const REDACTED = '[redacted]';

/** Also URL-encoded (%40 for @, %2B for +): a query string is logged as it arrived. */
const EMAIL = /[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gi;
/** E.164 (+886912345678) and Taiwanese mobile numbers written locally (0912-345-678). */
const PHONE = /(?:\+|%2B)[1-9]\d{7,14}\b|\b09\d{2}[- ]?\d{3}[- ]?\d{3}\b/gi;
const ARGON2 = /\$argon2(?:id|i|d)\$[^\s"',)]+/g;

/** Keys whose values are secrets or personal data whatever they hold (compared lowercased, without - and _). */
const SENSITIVE_KEYS = new Set([
  'password',
  'passwordhash',
  'codehash',
  'token',
  'csrftoken',
  'xcsrftoken',
  'cookie',
  'setcookie',
  'authorization',
  'email',
  'phone',
  'recipient',
  'target',
  'displayname',
  // A failed query's bound values: emails, hashes, anything.
  'parameters',
]);

const isSensitiveKey = (key: string): boolean => SENSITIVE_KEYS.has(key.toLowerCase().replace(/[-_]/g, ''));

export const scrubText = (text: string): string => text.replace(ARGON2, REDACTED).replace(EMAIL, REDACTED).replace(PHONE, REDACTED);

const MAX_DEPTH = 8;

const isPlainObject = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * A scrubbed copy of a log argument. Strings, arrays, plain objects and errors are walked;
 * other class instances (the request and response pino-http logs) are left to their serializers.
 */
export const scrubPersonalData = (value: unknown, depth = 0, seen = new WeakSet<object>()): unknown => {
  if (typeof value === 'string') return scrubText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value) || depth > MAX_DEPTH) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => scrubPersonalData(item, depth + 1, seen));
  if (value instanceof Error) {
    // Own enumerable properties (query, detail, driverError …) plus the non-enumerable basics.
    const copy: Record<string, unknown> = { type: value.name, message: scrubText(value.message), stack: value.stack === undefined ? undefined : scrubText(value.stack) };
    for (const [key, inner] of Object.entries(value)) copy[key] = isSensitiveKey(key) ? REDACTED : scrubPersonalData(inner, depth + 1, seen);
    if (value.cause !== undefined) copy.cause = scrubPersonalData(value.cause, depth + 1, seen);
    return copy;
  }
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, isSensitiveKey(key) ? REDACTED : scrubPersonalData(inner, depth + 1, seen)]),
  );
};
