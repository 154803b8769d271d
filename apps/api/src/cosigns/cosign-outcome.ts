import type { Cosign, Proposal } from '@open-proposals/domain';
import { DomainException } from '../common/errors/domain.exception';
import type { StoredCosign } from './cosigns.repository';

/** `created` false: this person had already co-signed, and the existing co-sign is answered. */
export interface CosignOutcome {
  readonly cosign: Cosign;
  readonly created: boolean;
}

/**
 * What a co-sign's write stored, counted exactly once it committed; `reached` is the proposal as
 * it crossed its threshold with this co-sign.
 */
export interface StoredOutcome extends CosignOutcome {
  readonly reached?: Proposal;
}

/**
 * The answer to a repeat: the co-sign this person already made. An invalidated co-sign is
 * refused instead, since its unique key keeps the person from co-signing again (as the UK
 * service does). No co-sign of this account (`null`) while a key was taken: the phone key, by a
 * co-sign made with the same number from an account since erased (or one that gave it up).
 */
export const answerExisting = (existing: StoredCosign | null): CosignOutcome => {
  if (existing === null) throw new DomainException({ code: 'cosign.phone_already_used' });
  if (existing.invalidatedAt !== null) throw new DomainException({ code: 'cosign.invalidated' });
  const { invalidatedAt: _, ...cosign } = existing;
  return { cosign, created: false };
};
