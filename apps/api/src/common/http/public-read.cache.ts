import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../../config/app-config';

type Load = () => Promise<object>;

/**
 * Public aggregates that cost a scan per read (a proposal's co-sign statistics: a per-day curve
 * and per-tier counts over all its co-signs), kept per node for PUBLIC_READ_CACHE_MS. When a
 * proposal goes viral, thousands of people refresh its page every second (the UK petitions
 * service went down from exactly that in 2019); with this, each node aggregates at most once
 * per period however many ask, so the refresh storm does not take connections and CPU from the
 * co-signs. Concurrent misses share one read; a failed read (including "not found") is not kept.
 * Never for what a live event also carries (a count, a status): a page that reads again after an
 * event must not be handed something older than the event. Those are indexed lookups anyway.
 */
@Injectable()
export class PublicReadCache {
  private readonly entries: LRUCache<string, object, Load> | null;

  constructor(config: AppConfig) {
    const ttl = config.PUBLIC_READ_CACHE_MS;
    this.entries = ttl === 0 ? null : new LRUCache<string, object, Load>({ max: 5_000, ttl, fetchMethod: (_key, _stale, { context }) => context() });
  }

  async read<T extends object>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.entries === null) return load();
    const value = await this.entries.fetch(key, { context: load });
    if (value === undefined) throw new Error(`the public read ${key} gave nothing`);
    return value as T;
  }
}
