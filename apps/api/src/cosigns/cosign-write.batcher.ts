import { Injectable } from '@nestjs/common';
import { canCosign, type Actor, type ParticipationRules, type Proposal } from '@open-proposals/domain';
import { AdaptiveBatcher, type BatchAnswers } from '../common/batching/adaptive-batcher';
import { ApiException } from '../common/errors/api.exception';
import { DomainException } from '../common/errors/domain.exception';
import { WriteTransactions } from '../common/persistence/write-transaction';
import { answerExisting, type StoredOutcome } from './cosign-outcome';
import { randomShard } from './cosign-counter.repository';
import { CosignsRepository, type CosignSignals, type NewCosign, type StoredCosign } from './cosigns.repository';
import { ProposalCosigningRepository } from './proposal-cosigning.repository';

/** One person's co-sign, checked early by CreateCosignService, to store and count in a shard. */
export interface ShardedCosign {
  readonly actor: Actor;
  readonly proposalId: string;
  readonly comment: string | null;
  readonly rules: ParticipationRules;
  readonly signals: CosignSignals;
  /** The proposal as the early check read it, and its version then. */
  readonly seen: { readonly proposal: Proposal; readonly version: number };
}

/** What one item of a batch's transaction came to, before repeats are looked up. */
type Decided = { readonly refusal: Error } | { readonly stored: StoredOutcome } | { readonly repeat: true };

const keyOf = (proposalId: string, actorId: string): string => `${proposalId}:${actorId}`;

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * The hot path of co-signing (cycles where co-signs keep counting after the threshold), as a
 * group commit: the co-signs that arrive while earlier batches are being written are written
 * together. Usually in one statement: the co-signs still eligible now on the proposal as the
 * early check read it are inserted under their unique keys and counted in one counter shard
 * per proposal, provided the proposal row, taken FOR KEY SHARE by the statement (a close or a
 * moderation act waits for that, no other co-signer does), is still at the version read. The
 * rest — a proposal changed since, a refusal, a key taken — go the long way: one transaction
 * that locks the proposals, checks each co-sign against its row as it now stands and inserts
 * the eligible ones. The threshold crossing is left to the flush, where the count is exact.
 *
 * Each item is answered on its own: a refusal refuses only its item, and if a batch's statement
 * fails, each item is written again alone, so one bad item never fails the others and nothing
 * is half-written (a statement or transaction stores all of its items or none). Every co-sign
 * is answered only after the commit that stored it.
 */
@Injectable()
export class CosignWriteBatcher {
  private readonly batcher = new AdaptiveBatcher<ShardedCosign, StoredOutcome>((items) => this.writeBatch(items), { maxBatch: 500, maxInFlight: 3 });

  constructor(
    private readonly transactions: WriteTransactions,
    private readonly cosigning: ProposalCosigningRepository,
    private readonly cosigns: CosignsRepository,
  ) {}

  write(cosign: ShardedCosign): Promise<StoredOutcome> {
    return this.batcher.submit(cosign);
  }

  private async writeBatch(items: readonly ShardedCosign[]): Promise<BatchAnswers<StoredOutcome>> {
    try {
      return await this.writeTogether(items);
    } catch (error) {
      if (items.length === 1) throw error;
      return Promise.all(items.map((item) => this.writeTogether([item]).then(([answer]) => answer ?? new Error('no answer'), asError)));
    }
  }

  private async writeTogether(items: readonly ShardedCosign[]): Promise<BatchAnswers<StoredOutcome>> {
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
      const stored = await this.cosigns.insertCountedInShardIfUnchanged(
        quick.map((index) => ({ ...toNewCosign(items[index]), version: (items[index]).seen.version })),
        now,
        randomShard(),
      );
      this.markStored(items, quick, stored, decided);
    }
    const slow = firsts.filter((index) => !decided.has(index));
    if (slow.length > 0) {
      const locked = await this.writeLocked(slow.map((index) => items[index]));
      slow.forEach((index, i) => decided.set(index, locked[i]));
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
          return { ...answerExisting(await this.cosigns.find(item.proposalId, item.actor.id)), counted: 'exact' };
        } catch (error) {
          return asError(error);
        }
      }),
    );
  }

  /** The long way, for the items the one statement left out: lock, check against the rows as they stand, insert. */
  private writeLocked(items: readonly ShardedCosign[]): Promise<Decided[]> {
    return this.transactions.run(async (tx) => {
      // Decided on the rows as they stand under the lock, with the time after any wait for it:
      // a co-sign racing the deadline, a blackout or a close cannot slip in.
      const states = await this.cosigning.lockedStates([...new Set(items.map((item) => item.proposalId))], tx.manager);
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
        const stored = await this.cosigns.insertCountedInShard(
          eligible.map((index) => toNewCosign(items[index])),
          now,
          randomShard(),
          tx.manager,
        );
        this.markStored(items, eligible, stored, decided);
      }
      // Not stored: a key was taken by a request that committed before this one.
      return items.map((_, index) => decided.get(index) ?? { repeat: true });
    });
  }

  private markStored(items: readonly ShardedCosign[], indexes: readonly number[], stored: readonly StoredCosign[], decided: Map<number, Decided>): void {
    const byKey = new Map(stored.map(({ invalidatedAt: _, ...cosign }) => [keyOf(cosign.proposalId, cosign.cosignerId), cosign]));
    for (const index of indexes) {
      const item = items[index];
      const cosign = byKey.get(keyOf(item.proposalId, item.actor.id));
      if (cosign !== undefined) decided.set(index, { stored: { cosign, created: true, counted: 'shard' } });
    }
  }
}

const toNewCosign = ({ actor, proposalId, comment, signals }: ShardedCosign): NewCosign => ({
  proposalId,
  cosignerId: actor.id,
  verificationTier: actor.verificationTier,
  comment,
  ...signals,
});
