import { Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../config/app-config';

type Count = () => Promise<number>;

interface Counted {
  readonly total: number;
  readonly countedAt: number;
}

/** A total older than the TTL is still answered (while it is counted again) up to this many TTLs; past that, the reader waits for a count. */
export const STALE_LIMIT_TTLS = 12;

/**
 * How many proposals match a public list's filters, kept per node for a few seconds.
 * The page itself comes from an index in well under a millisecond, but an exact count reads
 * every matching index entry (100k proposals: ~20–80 ms; a common search word: ~50 ms), and the
 * browse page asks for it on every visit and page turn. The list is already public with
 * `max-age=5`, so a total that old tells readers nothing a shared cache would not.
 * Concurrent misses for one key share a single count (lru-cache's fetch); a failed count is
 * not kept.
 * Once a total is older than the TTL, the reader still gets it at once and the total is counted
 * again in the background, one count per key at a time: otherwise every reader arriving during
 * that count waited for it, which was the p95 of a busy list (BENCHMARKS.md, G6). A total is
 * never answered once STALE_LIMIT_TTLS have passed (a list nobody read for a while).
 */
@Injectable()
export class ProposalListTotalsCache {
  private readonly logger = new Logger(ProposalListTotalsCache.name);
  private readonly totals: LRUCache<string, Counted, Count> | null;
  private readonly recounting = new Set<string>();
  private readonly ttl: number;

  constructor(config: AppConfig) {
    this.ttl = config.PUBLIC_LIST_TOTAL_TTL_MS;
    this.totals =
      this.ttl === 0
        ? null
        : new LRUCache<string, Counted, Count>({
            max: 1_000,
            ttl: this.ttl * STALE_LIMIT_TTLS,
            fetchMethod: async (_key, _stale, { context }) => ({ total: await context(), countedAt: Date.now() }),
          });
  }

  async total(filtersKey: string, count: Count): Promise<number> {
    if (this.totals === null) return count();
    const counted = await this.totals.fetch(filtersKey, { context: count });
    if (counted === undefined) throw new Error('the list total could not be counted');
    if (Date.now() - counted.countedAt > this.ttl) this.recount(this.totals, filtersKey, count);
    return counted.total;
  }

  private recount(totals: LRUCache<string, Counted, Count>, filtersKey: string, count: Count): void {
    if (this.recounting.has(filtersKey)) return;
    this.recounting.add(filtersKey);
    count()
      .then(
        (total) => void totals.set(filtersKey, { total, countedAt: Date.now() }),
        // The older total stays until its limit, and the next reader tries again.
        (error: unknown) => this.logger.warn({ err: error, filtersKey }, 'a list total could not be counted again'),
      )
      .finally(() => this.recounting.delete(filtersKey));
  }
}
