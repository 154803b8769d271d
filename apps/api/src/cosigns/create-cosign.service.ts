import { Injectable } from '@nestjs/common';
import {
  authorize,
  canCosign,
  proposalAuditEntries,
  recordCosign,
  validateCosignComment,
  type Actor,
  type Cosign,
  type ParticipationRules,
  type Proposal,
} from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed, DomainException, orThrow } from '../common/errors/domain.exception';
import { WriteTransactions, type WriteTransaction } from '../common/persistence/write-transaction';
import { ProposalStatusBroadcaster } from '../common/realtime/proposal-status.broadcaster';
import { ProposalsRepository } from '../proposals/proposals.repository';
import { PUBLIC_STATUSES } from '../proposals/public-proposal';
import { CountBroadcaster } from './cosign-count.broadcaster';
import { CosignCountFlusher } from './cosign-count.flusher';
import { CosignRulesCache } from './cosign-rules.cache';
import { CosignCounter } from './cosign-counter.repository';
import { CosignsRepository, type CosignSignals, type StoredCosign } from './cosigns.repository';
import { CosignFingerprinter } from '../cosign-fraud/cosign-fingerprinter';
import { ProposalCosigningRepository } from './proposal-cosigning.repository';

/** `created` false: this person had already co-signed, and the existing co-sign is answered. */
export interface CosignOutcome {
  readonly cosign: Cosign;
  readonly created: boolean;
}

/** What the transaction stored; `reached` is the proposal as it crossed its threshold with this co-sign. */
interface Stored extends CosignOutcome {
  /** `shard`: the count shows it after a flush (CosignCountFlusher), which also decides the threshold. */
  readonly counted: 'exact' | 'shard';
  readonly reached?: Proposal;
}

const isPublic = (proposal: Proposal): boolean => (PUBLIC_STATUSES as readonly string[]).includes(proposal.status);

/**
 * Co-signs a proposal. One short transaction: insert the co-sign under its unique key, re-check
 * eligibility against the row as it now stands, and count it (in a shard, or exactly when
 * co-signing stops at the threshold). The threshold crossing — moving the proposal and writing
 * its audit row and outbox event once — happens where the count is exact: in the flush, or in
 * the exact path's transaction. A refusal rolls everything back, so nothing is stored for it.
 */
@Injectable()
export class CreateCosignService {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly proposals: ProposalsRepository,
    private readonly rules: CosignRulesCache,
    private readonly cosigns: CosignsRepository,
    private readonly counter: CosignCounter,
    private readonly cosigning: ProposalCosigningRepository,
    private readonly counts: CountBroadcaster,
    private readonly statuses: ProposalStatusBroadcaster,
    private readonly flusher: CosignCountFlusher,
    private readonly fingerprints: CosignFingerprinter,
  ) {}

  /** `clientIp`: the request's address, kept only as a keyed hash of its prefix (CosignFingerprinter). */
  async cosign(actor: Actor, proposalId: string, rawComment: string | undefined, clientIp?: string): Promise<CosignOutcome> {
    const loaded = await this.proposals.findById(proposalId);
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
    const { reached, counted, ...outcome } = await this.transactions.run((tx) => this.store(tx, actor, proposal.id, comment.value, rules, signals));
    // The answer waits for a flush that includes this co-sign (batched with every co-sign of the
    // proposal committed meanwhile), so the co-signer then reads a count that includes theirs.
    // The flush tells the room the new count.
    if (outcome.created && counted === 'shard') await this.flusher.flush(proposal.id);
    // Realtime only after the commit, so no socket hears of a co-sign that rolled back. Not awaited:
    // the co-signer's answer does not wait for Redis, and CountBroadcaster never rejects.
    if (outcome.created && counted === 'exact') void this.counts.changed(proposal.id);
    if (reached !== undefined) this.statuses.changed({ proposalId: reached.id, proposerId: reached.proposerId, status: reached.status, public: true });
    return outcome;
  }

  private async store(
    tx: WriteTransaction,
    actor: Actor,
    proposalId: string,
    comment: string | null,
    rules: ParticipationRules,
    signals: CosignSignals,
  ): Promise<Stored> {
    const stored = await this.cosigns.insertIfAbsent(
      { proposalId, cosignerId: actor.id, verificationTier: actor.verificationTier, comment, createdAt: new Date() },
      signals,
      tx.manager,
    );
    if (stored === null) {
      // A repeat: an earlier request of this person (or a parallel one that has just committed)
      // holds the unique key. It is answered as it stands; an invalidated co-sign is refused
      // instead, since the unique key keeps the person from co-signing again (as the UK service does).
      const winner = await this.cosigns.find(proposalId, actor.id, tx.manager);
      // No co-sign of this account: the phone key was taken, by a co-sign made with the same
      // number from an account since erased (or one that gave the number up).
      if (winner === null) throw new DomainException({ code: 'cosign.phone_already_used' });
      return { ...answerExisting(winner), counted: 'exact' };
    }
    return rules.cosignsAccumulateAfterThreshold ? this.countInShard(tx, actor, stored, rules) : this.countExactly(tx, actor, stored, rules);
  }

  /**
   * The hot path: the proposal row is only read (FOR KEY SHARE, which a close or a moderation
   * act waits for, but no other co-signer does), and the co-sign is counted in a shard. The
   * threshold crossing is left to the flush, where the count is exact.
   */
  private async countInShard(tx: WriteTransaction, actor: Actor, stored: Cosign, rules: ParticipationRules): Promise<Stored> {
    const now = new Date();
    const current = await this.cosigning.lockedStateCountingOne(stored.proposalId, now, tx.manager);
    if (current === null) throw new ApiException('not_found');
    orThrow(canCosign(current, rules, now, actor));
    return { cosign: stored, created: true, counted: 'shard' };
  }

  /**
   * Cycles where co-signing stops at the threshold need the exact count before the co-sign
   * commits, so here co-signers still serialise on the proposal row (the old path).
   */
  private async countExactly(tx: WriteTransaction, actor: Actor, stored: Cosign, rules: ParticipationRules): Promise<Stored> {
    const { proposalId } = stored;
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
      return { cosign: stored, created: true, counted: 'exact', reached: transition.proposal };
    }
    return { cosign: stored, created: true, counted: 'exact' };
  }
}

const answerExisting = (existing: StoredCosign): CosignOutcome => {
  if (existing.invalidatedAt !== null) throw new DomainException({ code: 'cosign.invalidated' });
  const { invalidatedAt: _, ...cosign } = existing;
  return { cosign, created: false };
};

const commentTooLong = (): ApiException =>
  new ApiException('validation_failed', [
    {
      field: 'comment',
      code: 'too_long',
      message: { 'zh-TW': '附議留言最多 200 字。', en: 'A co-sign comment has at most 200 characters.' },
    },
  ]);
