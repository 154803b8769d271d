import { Injectable } from '@nestjs/common';
import { proposalAuditEntries, recordCosign, type ParticipationRules, type Proposal } from '@open-proposals/domain';
import { WriteTransactions, type WriteTransaction } from '../common/persistence/write-transaction';
import { ProposalStatusBroadcaster } from '../common/realtime/proposal-status.broadcaster';
import { ParticipationCyclesRepository } from '../proposals/participation-cycles.repository';
import { CountBroadcaster } from './cosign-count.broadcaster';
import { CosignCountFlushRepository } from './cosign-count-flush.repository';
import { CosignRulesCache } from './cosign-rules.cache';
import { ProposalCosigningRepository } from './proposal-cosigning.repository';

export interface FoldOutcome {
  /** Co-signs taken from the shards. */
  readonly folded: number;
  /** The count with them, before anything was removed. */
  readonly countBefore: number;
  readonly newCount: number;
  readonly reached?: Proposal;
  /** The cycle's threshold, when it was read. */
  readonly threshold?: number;
}

/**
 * Folds a proposal's counter shards (what nodes of the release before still count there; see
 * CosignCountFlusher) and a bulk invalidation's removals into proposals.cosign_count, and
 * decides the threshold crossing there: under the flush's lock on the proposal row the count is exact, and the
 * conditional open → threshold_reached update lets exactly one flush (on any node) win, so the
 * routing outbox event is written once, as it was when every co-sign updated the row.
 */
@Injectable()
export class FlushCosignCountService {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly flushes: CosignCountFlushRepository,
    private readonly cosigning: ProposalCosigningRepository,
    private readonly cycles: ParticipationCyclesRepository,
    private readonly rulesCache: CosignRulesCache,
    private readonly counts: CountBroadcaster,
    private readonly statuses: ProposalStatusBroadcaster,
  ) {}

  /** Answers how many co-signs it folded in (0: nothing was pending). */
  async flush(proposalId: string): Promise<number> {
    const outcome = await this.transactions.run(async (tx) => {
      const current = await this.flushes.lockProposalForFlush(proposalId, tx.manager);
      if (current === null) return null;
      const folded = await this.foldLocked(tx, current, 0);
      return folded.folded === 0 ? null : folded;
    });
    if (outcome === null) return 0;
    this.announce(proposalId, outcome.reached);
    return outcome.folded;
  }

  /**
   * The flush proper, inside a transaction that already holds the proposal row (lockProposal):
   * folds the pending shards in, takes `removed` invalidated co-signs off, stores the count and
   * crosses the threshold if the count now reaches it. A bulk invalidation calls it after marking
   * its rows, so every co-sign it marked has its +1 either in cosign_count or in a shard taken
   * here (it committed before the marking statement), and the stored count never goes negative.
   */
  async foldLocked(tx: WriteTransaction, current: Proposal, removed: number): Promise<FoldOutcome> {
    const proposalId = current.id;
    const stored = await this.flushes.foldPending(proposalId, removed, tx.manager);
    if (stored === null) return { folded: 0, countBefore: current.cosignCount, newCount: current.cosignCount };
    const { folded, newCount, lastCosignAt } = stored;
    const rules = await this.rulesOf(current.cycleId, tx);

    let reached: Proposal | undefined;
    if (current.status === 'open' && newCount >= rules.threshold && lastCosignAt !== null) {
      // The crossing belongs to the co-sign that made the count equal the threshold, even when
      // one flush folds in several: the event says so (cosignCount = threshold), as before.
      const before: Proposal = { ...current, cosignCount: Math.min(current.cosignCount, rules.threshold - 1) };
      const transition = recordCosign(before, { newCount: rules.threshold }, rules, lastCosignAt);
      if (transition.ok && transition.value.events.length > 0 && (await this.cosigning.markThresholdReached(transition.value.proposal, tx.manager))) {
        await tx.audit(proposalAuditEntries(before, transition.value));
        await tx.publish('proposal', proposalId, transition.value.events);
        reached = transition.value.proposal;
      }
    }
    return { folded, countBefore: newCount + removed, newCount, reached, threshold: rules.threshold };
  }

  /**
   * The rules the co-sign path holds already, else read on this transaction's connection. Never
   * a wait for another connection: while this transaction holds the shard rows, co-signs holding
   * every other pool connection may be waiting for them, so waiting here for another connection
   * (or a cache read queued for one) would deadlock the pool. A settled cache entry is no wait.
   */
  private async rulesOf(cycleId: string, tx: WriteTransaction): Promise<ParticipationRules> {
    return this.rulesCache.settled(cycleId) ?? (await this.cycles.byId(cycleId, tx.manager)).rules;
  }

  /** After the commit: the room hears the new count, and the status if the threshold was crossed. */
  announce(proposalId: string, reached: Proposal | undefined): void {
    void this.counts.changed(proposalId);
    if (reached !== undefined) this.statuses.changed({ proposalId: reached.id, proposerId: reached.proposerId, status: reached.status, public: true });
  }
}
