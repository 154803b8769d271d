/**
 * Trending co-sign sources (the UK petitions service's "trending IPs and domains"): within a
 * recent window, one email domain or one IP prefix giving a proposal many co-signs, or a large
 * share of them, is worth a moderator's look. Not proof of fraud: a company's staff may back a
 * proposal together, which is why this only raises an alert and never invalidates by itself.
 */
export type TrendSignalKind = 'email_domain' | 'ip_prefix';

export interface TrendThresholds {
  /** At least this many co-signs from the source in the window. */
  readonly minCount: number;
  /** And at least this share (percent) of the proposal's co-signs in the window. */
  readonly minSharePercent: number;
}

export interface SourceWindowCount {
  /** Co-signs from this source in the window. */
  readonly count: number;
  /** All the proposal's co-signs in the window. */
  readonly total: number;
}

export const isTrending = ({ count, total }: SourceWindowCount, thresholds: TrendThresholds): boolean =>
  total > 0 && count >= thresholds.minCount && count * 100 >= thresholds.minSharePercent * total;
