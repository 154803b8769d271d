import { ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';
import { parseRateLimitPolicy, RATE_LIMITED_ACTIONS, type RateLimitedAction } from '../common/rate-limit/rate-limit-rules';
import { parseTrustProxy } from '../common/rate-limit/trust-proxy';

const isAction = (value: unknown): value is RateLimitedAction => (RATE_LIMITED_ACTIONS as readonly unknown[]).includes(value);

/** A RATE_LIMIT_* value; the message lists every problem, so one boot names them all. */
@ValidatorConstraint({ name: 'rateLimitSpec' })
export class RateLimitSpec implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const [action] = args.constraints as unknown[];
    return typeof value === 'string' && isAction(action) && !Array.isArray(parseRateLimitPolicy(action, value));
  }

  defaultMessage(args: ValidationArguments): string {
    const [action] = args.constraints as unknown[];
    if (typeof args.value !== 'string' || !isAction(action)) return 'must be a string of rate limits';
    const parsed = parseRateLimitPolicy(action, args.value);
    return Array.isArray(parsed) ? parsed.join('; ') : 'is invalid';
  }
}

@ValidatorConstraint({ name: 'trustProxy' })
export class TrustProxySpec implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && typeof parseTrustProxy(value) !== 'string';
  }

  defaultMessage(args: ValidationArguments): string {
    const parsed = typeof args.value === 'string' ? parseTrustProxy(args.value) : 'must be a string';
    return typeof parsed === 'string' ? parsed : 'is invalid';
  }
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

@ValidatorConstraint({ name: 'domainList' })
export class DomainList implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    if (value.trim().toLowerCase() === 'none') return true;
    const domains = value.split(',').map((d) => d.trim()).filter((d) => d !== '');
    return domains.every((d) => DOMAIN.test(d));
  }

  defaultMessage(): string {
    return 'must be comma-separated domain names, e.g. gmail.com,yahoo.com.tw, or none';
  }
}
