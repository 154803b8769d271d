import { dueAtMs, requestsDue } from './arrival-schedule';

describe('the open-model arrival schedule', () => {
  it('sends the first request at once', () => {
    expect(requestsDue(0, 2000, 20)).toBe(1);
  });

  it('has request k due at k / rate: the 2nd of a 20/s stream at 50 ms, not before', () => {
    expect(requestsDue(49.9, 2000, 20)).toBe(1);
    expect(requestsDue(50, 2000, 20)).toBe(2);
    expect(dueAtMs(1, 20)).toBe(50);
  });

  it('schedules every request before it is sent: request k is counted due no earlier than its due time', () => {
    for (const rate of [1, 20, 160, 1000]) {
      for (let elapsed = 0; elapsed <= 3000; elapsed += 7) {
        const due = requestsDue(elapsed, 3000, rate);
        expect(dueAtMs(due - 1, rate)).toBeLessThanOrEqual(elapsed);
        if (due < 3 * rate) expect(dueAtMs(due, rate)).toBeGreaterThan(elapsed);
      }
    }
  });

  it('sends rate × duration requests in all, however late the clock runs', () => {
    expect(requestsDue(2000, 2000, 20)).toBe(40);
    expect(requestsDue(60_000, 2000, 20)).toBe(40);
    expect(requestsDue(1_999, 2000, 20)).toBe(40);
  });
});
