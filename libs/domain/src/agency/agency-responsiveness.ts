const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How a request stands against its current (possibly extended) due date. An extension granted
 * in time with a public reason is the rule working, so it moves the yardstick.
 */
export type Timeliness = 'on_time' | 'late' | 'overdue' | 'pending';

export interface TimedRequest {
  readonly requestedAt: Date;
  readonly dueAt: Date;
  /** null while unanswered. */
  readonly answeredAt: Date | null;
}

export const timeliness = (request: TimedRequest, now: Date): Timeliness => {
  const due = request.dueAt.getTime();
  if (request.answeredAt !== null) return request.answeredAt.getTime() <= due ? 'on_time' : 'late';
  return now.getTime() > due ? 'overdue' : 'pending';
};

export interface Responsiveness {
  readonly requests: number;
  readonly answered: number;
  readonly onTime: number;
  readonly late: number;
  readonly overdueNow: number;
  readonly pending: number;
  /**
   * On-time answers over the requests whose outcome is known (answered, or unanswered past
   * due), 0..1 rounded to 3 places; null when none is known yet. Pending requests are left
   * out: counting them either way would judge an agency before its time is up.
   */
  readonly onTimeRate: number | null;
  /** Median calendar days from request to answer over answered requests, 1 decimal; null when none. */
  readonly medianDaysToRespond: number | null;
}

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;

export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number): number => sorted[index] ?? 0;
  return sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
};

/** The public responsiveness figures of one agency over its requests. */
export const responsiveness = (requests: readonly TimedRequest[], now: Date): Responsiveness => {
  const counts: Record<Timeliness, number> = { on_time: 0, late: 0, overdue: 0, pending: 0 };
  const days: number[] = [];
  for (const request of requests) {
    counts[timeliness(request, now)] += 1;
    if (request.answeredAt !== null) days.push((request.answeredAt.getTime() - request.requestedAt.getTime()) / DAY_MS);
  }
  const known = counts.on_time + counts.late + counts.overdue;
  const middle = median(days);
  return {
    requests: requests.length,
    answered: counts.on_time + counts.late,
    onTime: counts.on_time,
    late: counts.late,
    overdueNow: counts.overdue,
    pending: counts.pending,
    onTimeRate: known === 0 ? null : round(counts.on_time / known, 3),
    medianDaysToRespond: middle === null ? null : round(middle, 1),
  };
};
