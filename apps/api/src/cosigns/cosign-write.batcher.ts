import { Injectable } from '@nestjs/common';
import { canCosign, proposalAuditEntries, recordCosign, type Actor, type ParticipationRules, type Proposal } from '@open-proposals/domain';
import { AdaptiveBatcher, type BatchAnswers } from '../common/batching/adaptive-batcher';
import { ApiException } from '../common/errors/api.exception';
import { DomainException } from '../common/errors/domain.exception';
import { WriteTransactions, type WriteTransaction } from '../common/persistence/write-transaction';
import { answerExisting, type StoredOutcome } from './cosign-outcome';
import { CosignsRepository, type CosignSignals, type CountedCosign, type NewCosign } from './cosigns.repository';
import { ProposalCosigningRepository } from './proposal-cosigning.repository';

/** One person's co-sign, checked early by CreateCosignService, to store and count. */
export interface BatchedCosign {
  readonly actor: Actor;
  readonly proposalId: string;
  readonly comment: string | null;
  readonly rules: ParticipationRules;
  readonly signals: CosignSignals;
  /** The proposal as the early check read it, and its version then. */
  readonly seen: { readonly proposal: Proposal; readonly version: number };
}

/** What one item of a batch came to, before repeats are looked up. */
type Decided = { readonly refusal: Error } | { readonly stored: StoredOutcome } | { readonly repeat: true };

/** Items written alone at once after a failed batch: fewer than the pool's connections. */
const ALONE_AT_ONCE = 4;

const keyOf = (proposalId: string, actorId: string): string => `${proposalId}:${actorId}`;

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * The hot path of co-signing (cycles where co-signs keep counting after the threshold), as a
 * group commit: the co-signs that arrive while earlier batches are being written are written
 * together, and counted on the proposal row once per batch rather than once per co-sign (the
 * batching that ended the UK petitions service's queue on its count row). So the count is exact
 * when a co-signer is answered.
 *
 * Usually one statement: the co-signs still eligible now on the proposal as the early check
 * read it are inserted under their unique keys and added to the count, provided the proposal,
 * locked by the statement, is still at the version read and cannot cross its threshold with
 * this batch. The rest — a proposal changed since, a refusal, a key taken, a batch that may
 * cross the threshold — go the long way: one transaction that locks the proposals, checks each
 * co-sign against its row as it now stands, inserts and counts the eligible ones and, where the
 * count reaches the threshold, moves the proposal and writes its audit row and outbox event once.
 *
 * Each item is answered on its own: a refusal refuses only its item, and if a batch's statement
 * fails, each item is written again alone, so one bad item never fails the others and nothing
 * is half-written (a statement or transaction stores all of its items or none). Every co-sign
 * is answered only after the commit that stored it.
 */
@Injectable()
export class CosignWriteBatcher {
  private readonly batcher = new AdaptiveBatcher<BatchedCosign, StoredOutcome>((items) => this.writeBatch(items), { maxBatch: 500, maxInFlight: 3 });

  constructor(
    private readonly transactions: WriteTransactions,
    private readonly cosigning: ProposalCosigningRepository,
    private readonly cosigns: CosignsRepository,
  ) {}

  write(cosign: BatchedCosign): Promise<StoredOutcome> {
    return this.batcher.submit(cosign);
  }

  private async writeBatch(items: readonly BatchedCosign[]): Promise<BatchAnswers<StoredOutcome>> {
    try {
      return await this.writeTogether(items);
    } catch (error) {
      if (items.length === 1) throw error;
      return this.writeEachAlone(items);
    }
  }

  /**
   * After a failed batch: each item alone, a few at a time, so that a batch of hundreds does not
   * queue every one of them for the pool's connections at once.
   */
  private async writeEachAlone(items: readonly BatchedCosign[]): Promise<(StoredOutcome | Error)[]> {
    const answers: (StoredOutcome | Error)[] = [];
    for (let start = 0; start < items.length; start += ALONE_AT_ONCE) {
      const chunk = items.slice(start, start + ALONE_AT_ONCE);
      answers.push(...(await Promise.all(chunk.map((item) => this.writeTogether([item]).then(([answer]) => answer ?? new Error('no answer'), asError)))));
    }
    return answers;
  }

  private async writeTogether(items: readonly BatchedCosign[]): Promise<BatchAnswers<StoredOutcome>> {
    // A person's parallel requests (a double click) can meet in one batch: the first is
    // written, the others are its repeats (refused alike if it is refused).
    const firstOf = new Map<string, number>();
    const firsts: number[] = [];
    items.forEach((item, index) => {
      const key = keyOf(item.proposalId, item.actor.id);
      if (firstOf.has(key)) return;
      firstOf.set(key, index);
      firsts.push(index);
    });
    const decided = new Map<number, Decided>();

    const now = new Date();
    const quick = firsts.filter((index) => {
      const { seen, rules, actor } = items[index];
      return canCosign(seen.proposal, rules, now, actor).ok;
    });
    if (quick.length > 0) {
      const stored = await this.cosigns.insertCountedIfUnchanged(
        quick.map((index) => ({ ...toNewCosign(items[index]), version: (items[index]).seen.version })),
        now,
      );
      markStored(items, quick, stored, new Map(), decided);
    }
    const slow = firsts.filter((index) => !decided.has(index));
    if (slow.length > 0) {
      const slowItems = slow.map((index) => items[index]);
      try {
        const locked = await this.transactions.run((tx) => this.writeLocked(tx, slowItems));
        slow.forEach((index, i) => decided.set(index, locked[i]));
      } catch (error) {
        // Nothing of this call committed: the caller writes every item again alone.
        if (slow.length === firsts.length) throw error;
        // The one statement's co-signs have committed and are answered as stored; only the
        // items of the failed transaction are written again, alone.
        const alone = await this.writeEachAlone(slowItems);
        slow.forEach((index, i) => {
          const answer = alone[i];
          decided.set(index, answer instanceof Error || answer === undefined ? { refusal: answer ?? new Error('no answer') } : { stored: answer });
        });
      }
    }

    // Repeats are answered with what is stored, read after the commit (the winner has committed:
    // ON CONFLICT waited for it, or it is this batch).
    return Promise.all(
      items.map(async (item, index): Promise<StoredOutcome | Error> => {
        const firstIndex = firstOf.get(keyOf(item.proposalId, item.actor.id)) ?? index;
        const first = decided.get(firstIndex);
        if (first !== undefined && 'refusal' in first) return first.refusal;
        if (first !== undefined && 'stored' in first && firstIndex === index) return first.stored;
        try {
          return answerExisting(await this.cosigns.find(item.proposalId, item.actor.id));
        } catch (error) {
          return asError(error);
        }
      }),
    );
  }

  /**
   * The long way, for the items the one statement left out: lock, check against the rows as
   * they stand, insert and count, and cross the threshold where the count reaches it.
   */
  private async writeLocked(tx: WriteTransaction, items: readonly BatchedCosign[]): Promise<Decided[]> {
    // Decided on the rows as they stand under the lock, with the time after any wait for it:
    // a co-sign racing the deadline, a blackout or a close cannot slip in.
    const states = await this.cosigning.lockedForCounting([...new Set(items.map((item) => item.proposalId))], tx.manager);
    const now = new Date();
    const decided = new Map<number, Decided>();
    const eligible = items.flatMap((item, index) => {
      const state = states.get(item.proposalId);
      const verdict = state === undefined ? undefined : canCosign(state, item.rules, now, item.actor);
      if (verdict === undefined) decided.set(index, { refusal: new ApiException('not_found') });
      else if (!verdict.ok) decided.set(index, { refusal: new DomainException(verdict.error) });
      return verdict?.ok === true ? [index] : [];
    });
    if (eligible.length > 0) {
      const stored = await this.cosigns.insertCounted(
        eligible.map((index) => toNewCosign(items[index])),
        now,
        tx.manager,
      );
      const reached = await this.crossThresholds(tx, items, stored, states, now);
      markStored(items, eligible, stored, reached, decided);
    }
    // Not stored: a key was taken by a request that committed before this one.
    return items.map((_, index) => decided.get(index) ?? { repeat: true });
  }

  /**
   * Moves each proposal whose count this batch brought to its threshold, once: the conditional
   * update lets exactly one writer win on any node. The crossing belongs to the co-sign that
   * made the count equal the threshold, even when the batch adds several: the event says so
   * (cosignCount = threshold), as when every co-sign updated the row on its own.
   */
  private async crossThresholds(
    tx: WriteTransaction,
    items: readonly BatchedCosign[],
    stored: readonly CountedCosign[],
    states: ReadonlyMap<string, Proposal>,
    now: Date,
  ): Promise<Map<string, Proposal>> {
    const reached = new Map<string, Proposal>();
    const newCounts = new Map(stored.map((cosign) => [cosign.proposalId, cosign.newCount]));
    for (const [proposalId, newCount] of newCounts) {
      const current = states.get(proposalId);
      const rules = items.find((item) => item.proposalId === proposalId)?.rules;
      if (current === undefined || rules === undefined || current.status !== 'open' || newCount < rules.threshold) continue;
      const before: Proposal = { ...current, cosignCount: Math.min(current.cosignCount, rules.threshold - 1) };
      const transition = recordCosign(before, { newCount: rules.threshold }, rules, now);
      if (transition.ok && transition.value.events.length > 0 && (await this.cosigning.markThresholdReached(transition.value.proposal, tx.manager))) {
        await tx.audit(proposalAuditEntries(before, transition.value));
        await tx.publish('proposal', proposalId, transition.value.events);
        reached.set(proposalId, transition.value.proposal);
      }
    }
    return reached;
  }
}

/** Marks the items whose co-sign the statement stored; the one that crossed a threshold carries the proposal it moved. */
const markStored = (
  items: readonly BatchedCosign[],
  indexes: readonly number[],
  stored: readonly CountedCosign[],
  reached: ReadonlyMap<string, Proposal>,
  decided: Map<number, Decided>,
): void => {
  const byKey = new Map(stored.map(({ invalidatedAt: _, newCount: __, ...cosign }) => [keyOf(cosign.proposalId, cosign.cosignerId), cosign]));
  const announced = new Set<string>();
  for (const index of indexes) {
    const item = items[index];
    const cosign = byKey.get(keyOf(item.proposalId, item.actor.id));
    if (cosign === undefined) continue;
    const moved = announced.has(item.proposalId) ? undefined : reached.get(item.proposalId);
    if (moved !== undefined) announced.add(item.proposalId);
    decided.set(index, { stored: { cosign, created: true, ...(moved === undefined ? {} : { reached: moved }) } });
  }
};

const toNewCosign = ({ actor, proposalId, comment, signals }: BatchedCosign): NewCosign => ({
  proposalId,
  cosignerId: actor.id,
  verificationTier: actor.verificationTier,
  comment,
  ...signals,
});
