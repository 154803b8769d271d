import type { AppConfig } from '../config/app-config';
import { ProposalListTotalsCache, STALE_LIMIT_TTLS } from './proposal-list-totals.cache';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const cacheWithTtl = (ms: number): ProposalListTotalsCache => new ProposalListTotalsCache({ PUBLIC_LIST_TOTAL_TTL_MS: ms } as AppConfig);

/** A count that answers `values` in turn, slowly enough for calls to overlap, and records its calls. */
const countingSource = (...values: number[]): { count: () => Promise<number>; calls: () => number } => {
  let calls = 0;
  return {
    count: async () => {
      const value = values[Math.min(calls, values.length - 1)] ?? 0;
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return value;
    },
    calls: () => calls,
  };
};

describe('ProposalListTotalsCache', () => {
  it('counts once for concurrent requests with the same filters, and reuses the total within the TTL', async () => {
    const cache = cacheWithTtl(60_000);
    const source = countingSource(7, 8);
    expect(await Promise.all([cache.total('a', source.count), cache.total('a', source.count), cache.total('a', source.count)])).toEqual([7, 7, 7]);
    expect(await cache.total('a', source.count)).toBe(7);
    expect(source.calls()).toBe(1);
  });

  it('keeps totals of different filters apart', async () => {
    const cache = cacheWithTtl(60_000);
    expect(await cache.total('a', countingSource(1).count)).toBe(1);
    expect(await cache.total('b', countingSource(2).count)).toBe(2);
  });

  it('once the TTL has passed, answers the older total at once and counts again in the background, once', async () => {
    const cache = cacheWithTtl(200);
    const source = countingSource(1, 2);
    expect(await cache.total('a', source.count)).toBe(1);
    await sleep(250);
    // Nobody waits for the recount: both readers get the total as it was, and one count starts.
    expect(await Promise.all([cache.total('a', source.count), cache.total('a', source.count)])).toEqual([1, 1]);
    expect(source.calls()).toBe(2);
    await sleep(60);
    expect(await cache.total('a', source.count)).toBe(2);
    expect(source.calls()).toBe(2);
  });

  it(`waits for a fresh count once a total is older than ${STALE_LIMIT_TTLS} TTLs`, async () => {
    const cache = cacheWithTtl(10);
    const source = countingSource(1, 2);
    expect(await cache.total('a', source.count)).toBe(1);
    await sleep(10 * STALE_LIMIT_TTLS + 30);
    expect(await cache.total('a', source.count)).toBe(2);
  });

  it('keeps the older total when a background recount fails, and counts again for the next reader', async () => {
    const cache = cacheWithTtl(200);
    expect(await cache.total('a', countingSource(1).count)).toBe(1);
    await sleep(250);
    expect(await cache.total('a', () => Promise.reject(new Error('connection lost')))).toBe(1);
    await sleep(10);
    const source = countingSource(3);
    expect(await cache.total('a', source.count)).toBe(1);
    await sleep(60);
    expect(await cache.total('a', source.count)).toBe(3);
  });

  it('with a TTL of 0 counts on every request', async () => {
    const cache = cacheWithTtl(0);
    const source = countingSource(1, 2, 3);
    expect([await cache.total('a', source.count), await cache.total('a', source.count)]).toEqual([1, 2]);
  });

  it('does not keep a failed count', async () => {
    const cache = cacheWithTtl(60_000);
    await expect(cache.total('a', () => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
    expect(await cache.total('a', countingSource(5).count)).toBe(5);
  });
});
