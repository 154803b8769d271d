import type { AppConfig } from '../../config/app-config';
import { PublicReadCache } from './public-read.cache';

const cacheWithTtl = (ms: number): PublicReadCache => new PublicReadCache({ PUBLIC_READ_CACHE_MS: ms } as AppConfig);
const later = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('PublicReadCache', () => {
  it('reads once for a storm of concurrent requests, and again after the period', async () => {
    const cache = cacheWithTtl(30);
    let reads = 0;
    const load = async (): Promise<{ read: number }> => {
      reads += 1;
      await later(5);
      return { read: reads };
    };
    const storm = await Promise.all(Array.from({ length: 50 }, () => cache.read('stats:a', load)));
    expect(new Set(storm.map((s) => s.read))).toEqual(new Set([1]));
    await later(50);
    expect(await cache.read('stats:a', load)).toEqual({ read: 2 });
  });

  it('does not keep a failed read, so a proposal published a moment later is found', async () => {
    const cache = cacheWithTtl(60_000);
    await expect(cache.read('stats:b', () => Promise.reject(new Error('not found')))).rejects.toThrow('not found');
    expect(await cache.read('stats:b', () => Promise.resolve({ count: 1 }))).toEqual({ count: 1 });
  });

  it('with a period of 0 reads every time', async () => {
    const cache = cacheWithTtl(0);
    let reads = 0;
    const load = (): Promise<{ read: number }> => Promise.resolve({ read: ++reads });
    await cache.read('stats:c', load);
    expect(await cache.read('stats:c', load)).toEqual({ read: 2 });
  });
});
