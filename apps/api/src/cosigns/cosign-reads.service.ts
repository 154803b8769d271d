import { Injectable } from '@nestjs/common';
import { ApiException } from '../common/errors/api.exception';
import { AdaptiveBatcher, batchedReads } from '../common/batching/adaptive-batcher';
import { PublicReadCache } from '../common/http/public-read.cache';
import { CosignReadsRepository, type CosigningTotals } from './cosign-reads.repository';
import type { CosignCommentPageResponse, CosignStatsResponse, MyCosignPageResponse } from './cosign.response';

/** The read side of co-signing: public statistics and comments, and one's own list. */
@Injectable()
export class CosignReadsService {
  /** The count of a viral proposal is read hundreds of times a second: reads arriving together share one statement (batchedReads). */
  private readonly totals: AdaptiveBatcher<string, CosigningTotals | null>;

  constructor(
    private readonly reads: CosignReadsRepository,
    private readonly cache: PublicReadCache,
  ) {
    this.totals = batchedReads((proposalIds: readonly string[]) => this.reads.publicTotalsOf(proposalIds), null, { maxBatch: 500, maxInFlight: 1 });
  }

  /**
   * The count and threshold are read fresh for every request (one indexed row, shared by the
   * requests that arrive together, in a read that starts after they asked): a page that
   * refetches after its own co-sign must never be handed a count older than the live event it
   * already showed. Only the aggregates that scan every co-sign (the per-day curve and the
   * per-tier counts) come from the per-node cache.
   */
  async stats(proposalId: string): Promise<CosignStatsResponse> {
    const totals = await this.totals.submit(proposalId);
    if (totals === null) throw new ApiException('not_found');
    const { perDay, perTier } = await this.cache.read(`cosign-aggregates:${proposalId}`, () => this.aggregates(proposalId));
    return { count: totals.count, threshold: totals.threshold, perDay, perTier };
  }

  private async aggregates(proposalId: string): Promise<Pick<CosignStatsResponse, 'perDay' | 'perTier'>> {
    const [days, perTier] = await Promise.all([this.reads.perTaipeiDay(proposalId), this.reads.perTier(proposalId)]);
    let cumulative = 0;
    const perDay = days.map((day) => {
      cumulative += day.count;
      return { date: day.date, count: day.count, cumulative };
    });
    return { perDay, perTier: [...perTier] };
  }

  async comments(proposalId: string, page: number, pageSize: number): Promise<CosignCommentPageResponse> {
    if ((await this.totals.submit(proposalId)) === null) throw new ApiException('not_found');
    const { items, total } = await this.reads.comments(proposalId, page, pageSize);
    return { items: [...items], page, pageSize, total };
  }

  async mine(userId: string, page: number, pageSize: number): Promise<MyCosignPageResponse> {
    const { items, total } = await this.reads.ofPerson(userId, page, pageSize);
    return { items: [...items], page, pageSize, total };
  }
}
