/**
 * What is rate limited, along which dimensions, and how the limits are written in the environment.
 * Pure: no Redis, no Nest; the limiter and the configuration both build on it.
 */

export const RATE_LIMITED_ACTIONS = ['login', 'register', 'send_code', 'cosign', 'proposal', 'comment'] as const;
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number];

/**
 * `ip` the client address (IPv6 by /64), `account` the signed-in person, `ip_account` an address
 * together with the email being logged into, `target` the address or number a code is sent to,
 * `domain` the domain of an email address.
 */
export const RATE_LIMIT_DIMENSIONS = ['ip', 'account', 'ip_account', 'target', 'domain'] as const;
export type RateLimitDimension = (typeof RATE_LIMIT_DIMENSIONS)[number];

/**
 * The dimensions each action may be limited by. Login is deliberately not limited by account
 * alone: anyone could then lock a victim out by failing passwords for them from elsewhere.
 */
export const ALLOWED_DIMENSIONS: Readonly<Record<RateLimitedAction, readonly RateLimitDimension[]>> = {
  login: ['ip', 'ip_account'],
  register: ['ip', 'domain'],
  send_code: ['ip', 'account', 'target', 'domain'],
  cosign: ['ip', 'account'],
  proposal: ['ip', 'account'],
  comment: ['ip', 'account'],
};

/** At most `limit` requests per `periodMs`, the whole limit usable at once (a burst) and refilled evenly. */
export interface RateRule {
  readonly limit: number;
  readonly periodMs: number;
}

export type RateLimitPolicy = Readonly<Partial<Record<RateLimitDimension, readonly RateRule[]>>>;

/** The environment variable holding each action's limits. */
export const RATE_LIMIT_ENV: Readonly<Record<RateLimitedAction, string>> = {
  login: 'RATE_LIMIT_LOGIN',
  register: 'RATE_LIMIT_REGISTER',
  send_code: 'RATE_LIMIT_SEND_CODE',
  cosign: 'RATE_LIMIT_COSIGN',
  proposal: 'RATE_LIMIT_PROPOSAL',
  comment: 'RATE_LIMIT_COMMENT',
};

/**
 * Defaults: a short rule against bursts and a long one for sustained traffic. Per-address limits
 * stay generous because a school, an office or a mobile carrier's NAT puts many people behind one
 * address; the per-account, per-pair and per-target limits are the tight ones.
 */
export const DEFAULT_RATE_LIMITS: Readonly<Record<RateLimitedAction, string>> = {
  login: 'ip=30/1m+300/1h,ip_account=5/1m+20/1h',
  register: 'ip=10/10m+50/1d,domain=20/10m+200/1d',
  send_code: 'ip=10/10m+50/1d,account=3/10m+10/1d,target=3/10m+10/1d,domain=30/10m+300/1d',
  cosign: 'ip=60/1m+1000/1h,account=10/1m+200/1d',
  proposal: 'ip=10/1h+30/1d,account=3/1h+10/1d',
  comment: 'ip=30/1m+300/1h,account=5/1m+60/1h',
};

/**
 * Large free mail providers: a per-domain limit on them would be reached by ordinary sign-ups,
 * so only the per-address, per-account and per-target limits apply to their addresses.
 */
export const DEFAULT_DOMAIN_EXEMPTIONS =
  'gmail.com,googlemail.com,yahoo.com,yahoo.com.tw,ymail.com,hotmail.com,hotmail.com.tw,outlook.com,live.com,msn.com,icloud.com,me.com,proton.me,protonmail.com,pchome.com.tw,hinet.net,msa.hinet.net';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const RULE = /^([1-9]\d{0,6})\/([1-9]\d{0,3})?([smhd])$/;
const MAX_PERIOD_MS = 7 * UNIT_MS.d;

const parseRule = (text: string): RateRule | string => {
  const match = RULE.exec(text);
  if (match === null) return `"${text}" is not a rule like 10/1m (count/period with s, m, h or d)`;
  const [, count, amount, unit] = match;
  const periodMs = Number(amount ?? '1') * UNIT_MS[unit as keyof typeof UNIT_MS];
  if (periodMs > MAX_PERIOD_MS) return `"${text}" is longer than 7 days`;
  return { limit: Number(count), periodMs };
};

const isDimension = (value: string): value is RateLimitDimension => (RATE_LIMIT_DIMENSIONS as readonly string[]).includes(value);

/**
 * Reads `dimension=rule+rule,dimension=rule`, e.g. `ip=30/1m+300/1h,ip_account=5/1m+20/1h`.
 * A dimension left out is not limited; `none` limits nothing. Answers the policy or the reasons it is refused.
 */
export const parseRateLimitPolicy = (action: RateLimitedAction, text: string): RateLimitPolicy | string[] => {
  if (text.trim().toLowerCase() === 'none') return {};
  const problems: string[] = [];
  const policy: Partial<Record<RateLimitDimension, RateRule[]>> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const [name = '', rules = '', ...rest] = part.split('=');
    const dimension = name.trim();
    if (rest.length > 0 || rules.trim() === '') {
      problems.push(`"${part}" must look like ip=10/1m+100/1h`);
      continue;
    }
    if (!isDimension(dimension) || !ALLOWED_DIMENSIONS[action].includes(dimension)) {
      problems.push(`"${dimension}" is not a dimension of ${action}; use ${ALLOWED_DIMENSIONS[action].join(', ')}`);
      continue;
    }
    if (policy[dimension] !== undefined) problems.push(`"${dimension}" is given twice`);
    const parsed = rules.split('+').map((rule) => parseRule(rule.trim()));
    problems.push(...parsed.filter((rule): rule is string => typeof rule === 'string'));
    policy[dimension] = parsed.filter((rule): rule is RateRule => typeof rule !== 'string');
  }
  return problems.length > 0 ? problems : policy;
};

/** The policy with every limit multiplied (the bench and the test suites raise them this way). */
export const scalePolicy = (policy: RateLimitPolicy, multiplier: number): RateLimitPolicy =>
  Object.fromEntries(Object.entries(policy).map(([dimension, rules]) => [dimension, rules.map((rule) => ({ ...rule, limit: rule.limit * multiplier }))]));
