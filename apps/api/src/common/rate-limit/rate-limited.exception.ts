import { HttpException, HttpStatus } from '@nestjs/common';
import type { Locale } from '@open-proposals/domain';
import type { RateLimitedAction } from './rate-limit-rules';

/** A request refused by a rate limit; the filter answers 429 with Retry-After and when to try again. */
export class RateLimitedException extends HttpException {
  readonly retryAfterSeconds: number;

  constructor(
    readonly action: RateLimitedAction,
    retryAfterMs: number,
  ) {
    super('rate_limited', HttpStatus.TOO_MANY_REQUESTS);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  }
}

const WAIT_UNITS = [
  { seconds: 86_400, 'zh-TW': '天', en: 'day' },
  { seconds: 3_600, 'zh-TW': '小時', en: 'hour' },
  { seconds: 60, 'zh-TW': '分鐘', en: 'minute' },
  { seconds: 1, 'zh-TW': '秒', en: 'second' },
] as const;

/** "try again in 3 minutes", rounded up so that trying at the time said always works. */
export const retryMessage = (retryAfterSeconds: number): Readonly<Record<Locale, string>> => {
  const unit = WAIT_UNITS.find((u) => retryAfterSeconds >= u.seconds * (u.seconds === 1 ? 1 : 2)) ?? WAIT_UNITS[3];
  const count = Math.ceil(retryAfterSeconds / unit.seconds);
  return {
    'zh-TW': `操作太頻繁，請在 ${count} ${unit['zh-TW']}後再試。`,
    en: `Too many attempts; try again in ${count} ${unit.en}${count === 1 ? '' : 's'}.`,
  };
};
