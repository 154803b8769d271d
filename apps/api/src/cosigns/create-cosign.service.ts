import { Injectable } from '@nestjs/common';
import {
  authorize,
  canCosign,
  proposalAuditEntries,
  recordCosign,
  validateCosignComment,
  type Actor,
  type ParticipationRules,
  type Proposal,
} from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed, orThrow } from '../common/errors/domain.exception';
import { WriteTransactions, type WriteTransaction } from '../common/persistence/write-transaction';
import { ProposalStatusBroadcaster } from '../common/realtime/proposal-status.broadcaster';
import { CosignProposalLoader } from './cosign-proposal.loader';
import { PUBLIC_STATUSES } from '../proposals/public-proposal';
import { CountBroadcaster } from './cosign-count.broadcaster';
import { CosignRulesCache } from './cosign-rules.cache';
import { CosignCounter } from './cosign-counter.repository';
import { CosignsRepository, type CosignSignals } from './cosigns.repository';
import { answerExisting, type CosignOutcome, type StoredOutcome } from './cosign-outcome';
import { CosignWriteBatcher } from './cosign-write.batcher';
import { CosignFingerprinter } from '../cosign-fraud/cosign-fingerprinter';
import { ProposalCosigningRepository } from './proposal-cosigning.repository';

const isPublic = (proposal: Proposal): boolean => (PUBLIC_STATUSES as readonly string[]).includes(proposal.status);

/**
 * Co-signs a proposal: checks early without a transaction, then stores and counts the co-sign,
 * re-checking eligibility against the proposal row as it then stands. On the hot path (co-signs
 * keep counting after the threshold) the write is shared with the co-signs arriving meanwhile
 * (CosignWriteBatcher), which count once per batch; where co-signing stops at the threshold the
 * co-sign has a transaction of its own, which refuses the co-sign past the threshold. Either way
 * the count is exact when the co-signer is answered, and the threshold crossing — moving the
 * proposal and writing its audit row and outbox event once — happens in the transaction whose
 * count reaches the threshold. A refused co-sign stores nothing.
 */
@Injectable()
export class CreateCosignService {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly proposalReads: CosignProposalLoader,
    private readonly rules: CosignRulesCache,
    private readonly cosigns: CosignsRepository,
    private readonly counter: CosignCounter,
    private readonly cosigning: ProposalCosigningRepository,
    private readonly counts: CountBroadcaster,
    private readonly statuses: ProposalStatusBroadcaster,
    private readonly batches: CosignWriteBatcher,
    private readonly fingerprints: CosignFingerprinter,
  ) {}

  /**
   * `clientIp`: the request's address, kept only as a keyed hash of its prefix (CosignFingerprinter).
   * `admitted`: the caller's rate-limit check, already under way; the proposal is read while it
   * runs (neither needs the other's answer, and under load each is a batch to wait for), and
   * nothing is written unless it passes.
   */
  async cosign(actor: Actor, proposalId: string, rawComment: string | undefined, clientIp?: string, admitted: Promise<void> = Promise.resolve()): Promise<CosignOutcome> {
    const [loaded] = await Promise.all([this.proposalReads.load(proposalId), admitted]);
    // Unpublished proposals belong to their proposer; the public cannot tell they exist.
    if (loaded === null || !isPublic(loaded.proposal)) throw new ApiException('not_found');
    const { proposal } = loaded;
    assertAllowed(authorize(actor, 'cosign.create', { proposerId: proposal.proposerId }));

    const comment = validateCosignComment(rawComment);
    if (!comment.ok) throw commentTooLong();
    const rules = await this.rules.of(proposal.cycleId);
    // Refuse early without opening a transaction; the decisive check is repeated under the lock.
    const eligible = canCosign(proposal, rules, new Date(), actor);
    if (!eligible.ok) {
      // A retry (a double click, a lost response) answers the co-sign already made, even if the
      // window closed in between: it asks for nothing new. Only looked up here: on the common
      // path the insert's unique key finds a repeat without a round trip of its own.
      const existing = await this.cosigns.find(proposalId, actor.id);
      if (existing !== null) return answerExisting(existing);
      orThrow(eligible);
    }

    const signals = this.fingerprints.signals(clientIp);
    const { reached, ...outcome } = rules.cosignsAccumulateAfterThreshold
      ? await this.batches.write({ actor, proposalId: proposal.id, comment: comment.value, rules, signals, seen: loaded })
      : await this.transactions.run((tx) => this.storeCountedExactly(tx, actor, proposal.id, comment.value, rules, signals));
    // Realtime only after the commit, so no socket hears of a co-sign that rolled back. Not awaited:
    // the co-signer's answer does not wait for Redis, and CountBroadcaster never rejects.
    if (outcome.created) void this.counts.changed(proposal.id);
    if (reached !== undefined) this.statuses.changed({ proposalId: reached.id, proposerId: reached.proposerId, status: reached.status, public: true });
    return outcome;
  }

  /**
   * Cycles where co-signing stops at the threshold need the exact count before the co-sign
   * commits, so here co-signers still serialise on the proposal row (the old path), one
   * transaction each: insert under the unique keys, count, and re-check against the locked row.
   */
  private async storeCountedExactly(
    tx: WriteTransaction,
    actor: Actor,
    proposalId: string,
    comment: string | null,
    rules: ParticipationRules,
    signals: CosignSignals,
  ): Promise<StoredOutcome> {
    const stored = await this.cosigns.insertIfAbsent(
      { proposalId, cosignerId: actor.id, verificationTier: actor.verificationTier, comment, createdAt: new Date() },
      signals,
      tx.manager,
    );
    // A repeat: an earlier request of this person (or a parallel one that has just committed)
    // holds a unique key. It is answered as it stands.
    if (stored === null) return answerExisting(await this.cosigns.find(proposalId, actor.id, tx.manager));

    const newCount = await this.counter.increment(proposalId, tx.manager);
    const current = newCount === null ? null : await this.cosigning.lockedState(proposalId, tx.manager);
    if (newCount === null || current === null) throw new ApiException('not_found');

    // Decided on the row as it stands after our increment (locked), with the time after any wait
    // for that lock: a co-sign racing the deadline, a blackout or a close cannot slip in.
    const now = new Date();
    const before: Proposal = { ...current, cosignCount: newCount - 1 };
    orThrow(canCosign(before, rules, now, actor));
    const transition = orThrow(recordCosign(before, { newCount }, rules, now));

    if (transition.events.length > 0 && (await this.cosigning.markThresholdReached(transition.proposal, tx.manager))) {
      await tx.audit(proposalAuditEntries(before, transition));
      await tx.publish('proposal', proposalId, transition.events);
      return { cosign: stored, created: true, reached: transition.proposal };
    }
    return { cosign: stored, created: true };
  }
}

const commentTooLong = (): ApiException =>
  new ApiException('validation_failed', [
    {
      field: 'comment',
      code: 'too_long',
      message: { 'zh-TW': '附議留言最多 200 字。', en: 'A co-sign comment has at most 200 characters.' },
    },
  ]);
