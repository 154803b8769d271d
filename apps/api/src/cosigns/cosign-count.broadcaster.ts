import { Injectable } from '@nestjs/common';
import { realtimeRooms } from '@open-proposals/domain';
import { AdaptiveBatcher, batchedReads, sharedReads } from '../common/batching/adaptive-batcher';
import { EmitCoalescer } from '../common/realtime/emit-coalescer.service';
import { RealtimePublisher } from '../common/realtime/realtime-publisher';
import { CosignReadsRepository, type CosigningTotals } from './cosign-reads.repository';

/**
 * Tells the sockets watching a proposal its co-sign count, at most once a second per proposal
 * across every API node (a popular proposal takes hundreds of co-signs a second). Each emit reads
 * the stored count, so the last one a watcher sees equals the database.
 */
@Injectable()
export class CountBroadcaster {
  /**
   * Every co-sign announces its change: the calls of one proposal that arrive together go to the
   * coalescer (four Redis commands) once, in a call that starts after all of them were made, so
   * after all of their commits.
   */
  private readonly announcements: AdaptiveBatcher<string, void>;
  /**
   * The counts the emits tell, read in one statement for the proposals announced together: with
   * co-signs spread over many proposals nearly every co-sign leads an emit of its own proposal
   * (BENCHMARKS.md, G1b), and a read per emit cost as much as the co-sign.
   */
  private readonly totals: AdaptiveBatcher<string, CosigningTotals | null>;

  constructor(
    private readonly coalescer: EmitCoalescer,
    private readonly publisher: RealtimePublisher,
    private readonly reads: CosignReadsRepository,
  ) {
    this.announcements = sharedReads((proposalId: string) => this.announce(proposalId), { maxBatch: 1000, maxInFlight: 1 });
    this.totals = batchedReads((proposalIds: readonly string[]) => this.reads.publicTotalsOf(proposalIds), null, { maxBatch: 1000, maxInFlight: 1 });
  }

  /** Call after the co-sign's transaction committed; resolves once the leading emit (if any) is sent. Never rejects. */
  changed(proposalId: string): Promise<void> {
    return this.announcements.submit(proposalId);
  }

  private announce(proposalId: string): Promise<void> {
    return this.coalescer.changed(`proposal-count:${proposalId}`, async () => {
      const totals = await this.totals.submit(proposalId);
      // Not public (any more): nothing to tell the room.
      if (totals === null) return;
      this.publisher.publish('proposal.count', { proposalId, count: totals.count, threshold: totals.threshold }, realtimeRooms.proposal(proposalId));
    });
  }
}
