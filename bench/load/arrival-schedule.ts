/**
 * How many of a stream's requests are due `elapsedMs` into a run: request k is due at k / rate,
 * the first at once, and a run of `durationMs` sends rate × duration of them. Latency is measured
 * from these times. Counting only whole intervals elapsed sent each request one interval after
 * its due time, which added 1/rate to every answer (+50 ms on a 20/s stream).
 */
export const requestsDue = (elapsedMs: number, durationMs: number, ratePerSecond: number): number => {
  const total = Math.floor((durationMs * ratePerSecond) / 1000);
  return Math.min(total, Math.floor((Math.min(elapsedMs, durationMs) * ratePerSecond) / 1000) + 1);
};

/** When request `index` of a stream is due, in ms after the run's start. */
export const dueAtMs = (index: number, ratePerSecond: number): number => (index * 1000) / ratePerSecond;
