import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../config/app-config';

type Count = () => Promise<number>;

/**
 * How many proposals match a public list's filters, kept per node for a few seconds.
 * The page itself comes from an index in well under a millisecond, but an exact count reads
 * every matching index entry (100k proposals: ~20 ms; a common search word: ~50 ms), and the
 * browse page asks for it on every visit and page turn. The list is already public with
 * `max-age=5`, so a total that old tells readers nothing a shared cache would not.
 * Concurrent misses for one key share a single count (lru-cache's fetch); a failed count is
 * not kept.
 */
@Injectable()
export class ProposalListTotalsCache {
  private readonly totals: LRUCache<string, number, Count> | null;

  constructor(config: AppConfig) {
    const ttl = config.PUBLIC_LIST_TOTAL_TTL_MS;
    this.totals =
      ttl === 0 ? null : new LRUCache<string, number, Count>({ max: 1_000, ttl, fetchMethod: (_key, _stale, { context }) => context() });
  }

  async total(filtersKey: string, count: Count): Promise<number> {
    if (this.totals === null) return count();
    const total = await this.totals.fetch(filtersKey, { context: count });
    if (total === undefined) throw new Error('the list total could not be counted');
    return total;
  }
}
